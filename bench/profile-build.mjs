/**
 * What the server does on every keystroke, in a loop, for a CPU profile:
 *   node bench/profile-build.mjs [lines] [rounds] [profile.cpuprofile]
 * builds a generated agreement of `lines` lines (default 5000) `rounds` times (default 20) the way an edit
 * does: parse, index, scopes, linking, reference index and the checks that run while typing. Prints the CPU
 * time of each phase and of a whole update (median and minimum: on a busy machine the minimum is the better
 * estimate). With a file name, writes a CPU profile of the rounds only (not of generating the agreement), for
 * Chrome DevTools or VS Code. Needs `npm run build`.
 */
import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { DocumentState, EmptyFileSystem, TextDocument, URI } from 'langium';
import { createSlaServices } from '../packages/language/out/index.js';
import { tokenize } from './language.mjs';
import { generateAgreement } from './generate.mjs';
import { round, summarize } from './measure.mjs';

const lines = Number(process.argv[2] ?? 5000);
const rounds = Number(process.argv[3] ?? 20);
const profileFile = process.argv[4];
const text = generateAgreement(lines);
const { shared } = createSlaServices(EmptyFileSystem);
const builder = shared.workspace.DocumentBuilder;
const uri = URI.file(`/bench/agreement-${lines}.sla`);
// As in the server, the text comes from the open text document; each round types one character in the middle.
const middle = tokenize(text).tokens.find(t => t.tokenType.name === 'STRING' && t.startOffset >= text.length / 2).startOffset + 1;
const edited = text.slice(0, middle) + 'X' + text.slice(middle + 1);
const open = version => shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'sla', version, version % 2 ? edited : text));

const PHASES = [DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.ComputedScopes,
    DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated];
const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
};
const samples = new Map([...PHASES.map(phase => [DocumentState[phase], []]), ['whole update', []]]);
let last = 0;
for (const phase of PHASES) {
    builder.onBuildPhase(phase, () => {
        const now = cpuMs();
        samples.get(DocumentState[phase]).push(now - last);
        last = now;
    });
}
const session = new Session();
if (profileFile) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
}
for (let i = 0; i < rounds; i++) {
    open(i);
    const start = last = cpuMs();
    await builder.update([uri], []);
    samples.get('whole update').push(cpuMs() - start);
}
if (profileFile) {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(profileFile, JSON.stringify(profile));
}
console.log(`CPU ms per update of ${lines} lines, ${rounds} rounds`);
for (const [phase, times] of samples) {
    console.log(`${phase.padEnd(18)} median ${summarize(times).median}, min ${round(Math.min(...times))}`);
}
