import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { DocumentState, EmptyFileSystem, TextDocument, URI } from 'langium';
import { createSlaServices } from '../packages/language/out/index.js';
import { tokenize } from './language.mjs';
import { generateAgreement } from './generate.mjs';
const lines = 5000, rounds = Number(process.argv[2] ?? 20);
const text = generateAgreement(lines);
const { shared } = createSlaServices(EmptyFileSystem);
const builder = shared.workspace.DocumentBuilder;
const uri = URI.file(`/bench/agreement-${lines}.sla`);
const middle = tokenize(text).tokens.find(t => t.tokenType.name === 'STRING' && t.startOffset >= text.length / 2).startOffset + 1;
const edited = text.slice(0, middle) + 'X' + text.slice(middle + 1);
const open = version => shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'sla', version, version % 2 ? edited : text));
open(0); await builder.update([uri], []);
for (let i = 1; i < 10; i++) { open(i); await builder.update([uri], []); }
const session = new Session(); session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (let i = 10; i < 10 + rounds; i++) { open(i); await builder.update([uri], []); }
const { profile } = await session.post('HeapProfiler.stopSampling');
const self = new Map(); let total = 0;
const walk = (n, stack) => {
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) || 0) + n.selfSize); total += n.selfSize;
  for (const c of n.children) walk(c, stack);
};
walk(profile.head, []);
// total (inclusive)
const incl = new Map();
const walk2 = (n, anc) => { const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; let sum = n.selfSize; for (const c of n.children) sum += walk2(c, [...anc, k]); return sum; };
const inclusive = (n) => { let s = n.selfSize; for (const c of n.children) s += inclusive(c); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; incl.set(k, (incl.get(k)||0) + s); return s; };
inclusive(profile.head);
console.log('MiB per update', (total / rounds / 1048576).toFixed(1));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / rounds / 1048576).toFixed(2).padStart(7), k);
console.log('--- inclusive');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 50)) console.log((v / rounds / 1048576).toFixed(2).padStart(7), k);
