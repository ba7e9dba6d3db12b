import '/work/main/packages/language/out/node-compat.js';
import { createSlaServices } from '/work/main/packages/language/out/sla-module.js';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'langium';
import * as fs from 'fs';
const { shared, Sla } = createSlaServices(NodeFileSystem);
const docs = process.argv.slice(2).map(f => shared.workspace.LangiumDocuments.createDocument(URI.file(f), fs.readFileSync(f, 'utf8')));
await shared.workspace.DocumentBuilder.build(docs, { validation: true });
for (const d of docs) { console.log(d.uri.path, d.parseResult.lexerErrors.length, d.parseResult.parserErrors.length); for (const x of d.diagnostics ?? []) console.log(' ', x.range.start.line+1, x.severity, x.code, x.message); }
