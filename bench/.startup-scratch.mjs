import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LanguageServerClient } from './lsp-client.mjs';
const dir = '/tmp/ws-1000';
const t = performance.now();
const client = await LanguageServerClient.start(dir);
const r = await client.timed('textDocument/references', { textDocument: { uri: pathToFileURL(dir + '/corporate-it.sla').href }, position: { line: 5, character: 11 }, context: { includeDeclaration: false } });
console.log('refs', r.result.length, 'ms', Math.round(performance.now() - t), 'cpu', client.cpuMs());
await client.stop();
