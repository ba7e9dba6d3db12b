/**
 * What the server does on every keystroke, in a loop, for a CPU profile:
 *   node bench/profile-build.mjs [lines] [rounds] [profile.cpuprofile | allocations.heapprofile]
 * builds a generated agreement of `lines` lines (default 5000) `rounds` times (default 20) the way an edit
 * does: parse, index, scopes, linking, reference index and the checks that run while typing. Prints the CPU
 * time of each phase and of a whole update (median and minimum: on a busy machine the minimum is the better
 * estimate). With a file name, writes a CPU profile of the rounds only (not of generating the agreement), for
 * Chrome DevTools or VS Code. With a name ending in `.heapprofile`, samples what the rounds allocate instead (every
 * allocation, also those the collector freed again: what makes the garbage collector work and the heap grow),
 * writes that profile and prints the MiB allocated per update by the functions that allocate the most.
 * Needs `npm run build`.
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
const allocations = profileFile?.endsWith('.heapprofile');
if (profileFile) session.connect();
if (allocations) {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
        samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true
    });
} else if (profileFile) {
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
    const { profile } = await session.post(allocations ? 'HeapProfiler.stopSampling' : 'Profiler.stop');
    fs.writeFileSync(profileFile, JSON.stringify(profile));
    if (allocations) printAllocations(profile);
}
console.log(`CPU ms per update of ${lines} lines, ${rounds} rounds`);
for (const [phase, times] of samples) {
    console.log(`${phase.padEnd(18)} median ${summarize(times).median}, min ${round(Math.min(...times))}`);
}

/** The MiB allocated per update in all, and by the functions that allocate the most (with what they call). */
function printAllocations(profile) {
    const own = new Map();
    const inclusive = new Map();
    const visit = (node, callers) => {
        const frame = node.callFrame;
        const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
        own.set(name, (own.get(name) ?? 0) + node.selfSize);
        let size = node.selfSize;
        for (const child of node.children) size += visit(child, [...callers, name]);
        // A recursive function counts once on each path.
        if (!callers.includes(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + size);
        return size;
    };
    const total = visit(profile.head, []);
    const mib = bytes => round(bytes / rounds / 1048576, 2);
    console.log(`\nMiB allocated per update: ${mib(total)}; by the functions that allocate the most (own, with callees):`);
    const top = [...inclusive].filter(([, size]) => size < total).sort((a, b) => b[1] - a[1]).slice(0, 30);
    for (const [name, size] of top) console.log(`${String(mib(own.get(name))).padStart(7)} ${String(mib(size)).padStart(7)}  ${name}`);
}
