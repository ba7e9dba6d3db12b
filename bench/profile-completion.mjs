/**
 * What one completion costs, in one process, for a CPU profile:
 *   node bench/profile-completion.mjs [lines] [rounds] [profile.cpuprofile]
 * builds a generated agreement of `lines` lines (default 5000) and asks for completion `rounds` times (default 5)
 * at the 30 places `npm run bench` asks (the names after `obliged`, `covers`, `excuses`...), as a client without
 * resolve support (documentation in the list) or, with `--resolve`, as VS Code announces itself (documentation and
 * names' details on resolve, the edit range once per list: bench/lsp-client.mjs).
 * Prints the milliseconds per completion (median and p95, after one unmeasured round), the items and kilobytes of
 * JSON per list and the time to tokenize the whole text (the floor the goal is set against). With a file name, writes a CPU profile
 * of the measured rounds. Needs `npm run build`.
 */
import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { EmptyFileSystem, URI } from 'langium';
import { createSlaServices } from '../packages/language/out/index.js';
import { generateAgreement } from './generate.mjs';
import { VS_CODE_COMPLETION } from './lsp-client.mjs';
import { tokenize } from './language.mjs';
import { LineIndex, spread, summarize } from './measure.mjs';
import { BEFORE_REFERENCE, REQUESTS } from './server-document.mjs';

const [lines = 5000, rounds = 5, profileFile] = process.argv.slice(2).filter(arg => !arg.startsWith('--'));
const text = generateAgreement(Number(lines));
const { shared, Sla } = createSlaServices(EmptyFileSystem);
const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/agreement-${lines}.sla`));
shared.workspace.LangiumDocuments.addDocument(document);
await shared.workspace.DocumentBuilder.build([document], { validation: true });
const provider = Sla.lsp.CompletionProvider;
if (process.argv.includes('--resolve')) {
    provider.initialize({ capabilities: { textDocument: { completion: VS_CODE_COMPLETION } } });
}

const index = new LineIndex(text);
const { tokens } = tokenize(text);
const places = spread(tokens.filter((token, i) => token.tokenType.name === 'ID' && BEFORE_REFERENCE.has(tokens[i - 1]?.image)), REQUESTS)
    .map(token => ({ textDocument: { uri: document.uri.toString() }, position: index.position(token.startOffset) }));
const complete = params => provider.getCompletion(document, params);

for (const params of places) await complete(params);
const session = new Session();
if (profileFile) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
}
const samples = [];
let items = 0;
let bytes = 0;
for (let round = 0; round < Number(rounds); round++) {
    for (const params of places) {
        const start = performance.now();
        const list = await complete(params);
        items += list.items.length;
        bytes += JSON.stringify(list).length;
        samples.push(performance.now() - start);
    }
}
if (profileFile) {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(profileFile, JSON.stringify(profile));
}
const floor = [];
for (let i = 0; i < 20; i++) {
    const start = performance.now();
    tokenize(text);
    floor.push(performance.now() - start);
}
console.log(`${index.starts.length - 1} lines: completion median / p95 ${Object.values(summarize(samples)).slice(1).join(' / ')} ms, `
    + `${Math.round(items / samples.length)} items and ${Math.round(bytes / samples.length / 1024)} KB of JSON per list; tokenize median ${summarize(floor).median} ms`);
