import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { createSlaServices } from '../packages/language/out/index.js';
import { tokenize } from './language.mjs';
import { generateAgreement } from './generate.mjs';
const lines = 5000, rounds = Number(process.argv[2] ?? 60);
const text = generateAgreement(lines);
const { shared } = createSlaServices(EmptyFileSystem);
const builder = shared.workspace.DocumentBuilder;
const uri = URI.file(`/bench/agreement-${lines}.sla`);
const middle = tokenize(text).tokens.find(t => t.tokenType.name === 'STRING' && t.startOffset >= text.length / 2).startOffset + 1;
const edited = text.slice(0, middle) + 'X' + text.slice(middle + 1);
const open = version => shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'sla', version, version % 2 ? edited : text));
for (let i = 0; i < 10; i++) { open(i); await builder.update([uri], []); }
const c0 = process.cpuUsage();
for (let i = 10; i < 10 + rounds; i++) { open(i); await builder.update([uri], []); }
const c = process.cpuUsage(c0);
console.log('mean cpu', ((c.user + c.system) / 1000 / rounds).toFixed(1), 'maxRSS MiB', (process.resourceUsage().maxRSS / 1024).toFixed(0));
