// A/B of the scope provider: Linked-phase CPU with the committed (per-reference) scopes and with the cached ones.
import { AstUtils, DocumentState, EMPTY_SCOPE, EmptyFileSystem, TextDocument, URI, stream } from 'langium';
import { createSlaServices, agreementOf, ancestors } from '../packages/language/out/index.js';
import { SlaScopeProvider } from '../packages/language/out/references/sla-scope-provider.js';
import { generateAgreement } from './generate.mjs';
const variant = process.argv[3];
if (variant === 'old') {
  const asDecl = n => ['Party','Service','Package','Metric','Level','Calendar','Segment','Report'].includes(n.$type) ? n : undefined;
  const declarations = a => AstUtils.streamAllContents(a).map(asDecl).nonNullable().toArray();
  SlaScopeProvider.prototype.getScope = function (context) {
    const referenceType = this.reflection.getReferenceType(context);
    if (referenceType === 'Agreement') return this.getGlobalScope(referenceType, context);
    const agreement = agreementOf(context.container);
    if (!agreement) return EMPTY_SCOPE;
    const isWanted = type => this.reflection.isSubtype(type, referenceType);
    const inherited = ancestors(agreement).reverse().reduce((outer, ancestor) => this.createScopeForNodes(declarations(ancestor).filter(d => isWanted(d.$type)), outer), EMPTY_SCOPE);
    const localSymbols = AstUtils.getDocument(agreement).localSymbols;
    const local = localSymbols?.has(agreement) ? localSymbols.getStream(agreement) : stream([]);
    return this.createScope(local.filter(desc => isWanted(desc.type)), inherited);
  };
}
if (process.argv[2] === 'ws') {
  const fs = await import('node:fs'); const path = await import('node:path');
  const { shared } = createSlaServices(EmptyFileSystem);
  const dir = '/tmp/ws-1000/departments';
  const files = ['/tmp/ws-1000/corporate-it.sla', ...fs.readdirSync(dir).map(f => path.join(dir, f))];
  const docs = files.map(f => shared.workspace.LangiumDocuments.createDocument(URI.file(f), fs.readFileSync(f, 'utf8')));
  let start = 0, linked = 0;
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.ComputedScopes, () => { start = cpu(); });
  shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Linked, () => { linked = cpu() - start; });
  await shared.workspace.DocumentBuilder.build(docs, { validation: false });
  console.log(`${docs.length} files, ${variant ?? 'cached'} scopes: linking CPU ${linked.toFixed(0)} ms`);
  process.exit(0);
}
const lines = +process.argv[2];
const text = generateAgreement(lines);
const { shared } = createSlaServices(EmptyFileSystem);
const uri = URI.file('/ab.sla'); const b = shared.workspace.DocumentBuilder;
let last = 0; const link = [];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
b.onBuildPhase(DocumentState.ComputedScopes, () => { last = cpu(); });
b.onBuildPhase(DocumentState.Linked, () => { link.push(cpu() - last); });
for (let i = 0; i < 12; i++) { shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'sla', i, text + ' '.repeat(i % 2))); await b.update([uri], []); }
link.sort((a, b) => a - b);
console.log(`${lines} lines, ${variant ?? 'cached'} scopes: linking CPU min ${link[0].toFixed(1)} ms, median ${link[6].toFixed(1)} ms`);
