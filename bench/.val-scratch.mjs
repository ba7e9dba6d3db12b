import { AstUtils, DefaultDocumentValidator, EmptyFileSystem, URI } from 'langium'; const streamAst = AstUtils.streamAst;
import { createSlaServices } from '../packages/language/out/index.js';
import { generateAgreement } from './generate.mjs';
const lines = +process.argv[2]; const patch = process.argv[3] === 'patch';
const text = generateAgreement(lines);
if (patch) {
  DefaultDocumentValidator.prototype.validateAstNodes = async function (rootNode, options, acceptor, cancelToken) {
    const cache = new Map();
    for (const node of streamAst(rootNode)) {
      let checks = cache.get(node.$type);
      if (!checks) { checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray(); cache.set(node.$type, checks); }
      for (const check of checks) { const r = check(node, acceptor, cancelToken); if (r) await r; }
    }
  };
}
const { shared, Sla } = createSlaServices(EmptyFileSystem);
const doc = shared.workspace.LangiumDocuments.createDocument(URI.file('/x.sla'), text);
await shared.workspace.DocumentBuilder.build([doc], { validation: false });
const v = Sla.validation.DocumentValidator;
const r = [];
for (let i = 0; i < 12; i++) { const c = process.cpuUsage(); const d = await v.validateDocument(doc, { categories: ['built-in', 'fast'] }); const u = process.cpuUsage(c); r.push((u.user + u.system) / 1000); if (i===0) console.log('diags', d.length); }
r.sort((a, b) => a - b); console.log(patch ? 'patched' : 'default', 'validate CPU median', r[6].toFixed(1), 'min', r[0].toFixed(1));
