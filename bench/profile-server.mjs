/**
 * What the language server costs around the document build, and what it keeps in memory, for one large agreement:
 *   node bench/profile-server.mjs [lines] [edits] [--cpu-prof DIR] [--heap-snapshot FILE]
 * starts the bundled server over stdio as `npm run bench` does, opens a generated agreement of `lines` lines
 * (default 5000), and types and undoes one character in a string in its middle `edits` times (default 200), each
 * timed to its diagnostics. Prints the server's CPU per edit, the size of what it published, and its resident memory
 * (now and peak) after the open, after the edits and after 30 completions where a name is expected. `--cpu-prof DIR` writes the server's CPU profile into DIR when
 * it exits; `--heap-snapshot FILE` writes a V8 heap snapshot of the server after the edits (for Chrome DevTools'
 * Memory tab: what one open agreement keeps). Needs `npm run build`. Compare the CPU per edit with
 * `node bench/profile-build.mjs`, which times the same update inside one process, without the protocol around it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { pathToFileURL } from 'node:url';
import { generateAgreement } from './generate.mjs';
import { tokenize } from './language.mjs';
import { LineIndex, round, spread, summarize } from './measure.mjs';

const options = process.argv.slice(2);
const option = name => {
    const at = options.indexOf(name);
    return at < 0 ? undefined : options.splice(at, 2)[1];
};
const profileDir = option('--cpu-prof');
const snapshotFile = option('--heap-snapshot');
const lines = Number(options[0] ?? 5000);
const editCount = Number(options[1] ?? 200);

// Read by lsp-client.mjs when it is loaded: the Node options the server is started with.
const nodeOptions = [];
if (profileDir) nodeOptions.push('--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`);
if (snapshotFile) nodeOptions.push('--heapsnapshot-signal=SIGUSR2');
process.env.SLA_BENCH_SERVER_NODE_OPTIONS = [process.env.SLA_BENCH_SERVER_NODE_OPTIONS ?? '', ...nodeOptions].join(' ');
const { LanguageServerClient } = await import('./lsp-client.mjs');

const memory = client => {
    const status = fs.readFileSync(`/proc/${client.process.pid}/status`, 'utf8');
    const mib = field => round(Number(new RegExp(`${field}:\\s*(\\d+) kB`).exec(status)[1]) / 1024);
    return { rssMiB: mib('VmRSS'), peakRssMiB: mib('VmHWM') };
};

const text = generateAgreement(lines);
const file = path.join(os.tmpdir(), `profile-server-${lines}.sla`);
const uri = pathToFileURL(file).href;
const index = new LineIndex(text);
const COMPLETIONS = 30;
/** Keywords followed by a cross-reference (as in server-document.mjs). */
const BEFORE_REFERENCE = new Set(['obliged', 'maintenance', 'covers', 'during', 'from', 'excuses', 'pauses']);
const target = tokenize(text).tokens.find(t => t.tokenType.name === 'STRING' && t.startOffset >= text.length / 2);
const offset = target.startOffset + 1;
const range = index.range(offset, offset + 1);
const original = text[offset];

const client = await LanguageServerClient.start();
const idle = memory(client);
const openMs = await client.open(uri, text);
await client.settle(0, 1, 500);
const opened = memory(client);
const published = client.published.length;
const times = [];
const cpuBefore = client.cpuMs();
// CPU per edit in blocks of ten edits: how it falls while the JIT compiler optimizes the code the edits run.
const blocks = [];
let blockStart = cpuBefore;
for (let i = 0; i < editCount; i++) {
    times.push(await client.change(uri, i + 2, range, i % 2 === 0 ? (original === 'X' ? 'Y' : 'X') : original));
    if (i % 10 === 9) {
        blocks.push(round((client.cpuMs() - blockStart) / 10));
        blockStart = client.cpuMs();
    }
}
const cpuPerEdit = (client.cpuMs() - cpuBefore) / editCount;
const afterEdits = memory(client);
const notifications = client.published.slice(published);

// Completion where a name is expected, at places spread over the document, as `npm run bench` asks for it.
const tokens = tokenize(text).tokens;
const references = spread(tokens.filter((t, i) => t.tokenType.name === 'ID' && BEFORE_REFERENCE.has(tokens[i - 1]?.image)), COMPLETIONS);
const completionCpuBefore = client.cpuMs();
for (const token of references) {
    await client.timed('textDocument/completion', { textDocument: { uri }, position: index.position(token.startOffset) });
}
const completionCpu = (client.cpuMs() - completionCpuBefore) / references.length;
const afterCompletions = memory(client);
const diagnostics = notifications.at(-1).diagnostics;

if (snapshotFile) {
    // Node writes Heap.<date>.<pid>...heapsnapshot into the server's working directory (this one) on SIGUSR2.
    const before = new Set(fs.readdirSync('.'));
    process.kill(client.process.pid, 'SIGUSR2');
    let written;
    for (let tries = 0; !written && tries < 600; tries++) {
        await new Promise(resolve => setTimeout(resolve, 500));
        written = fs.readdirSync('.').find(name => name.endsWith('.heapsnapshot') && !before.has(name));
        // The file exists while it is written; it is complete when its size stops changing.
        if (written) {
            let size = -1;
            while (size !== fs.statSync(written).size) {
                size = fs.statSync(written).size;
                await new Promise(resolve => setTimeout(resolve, 1000));
            }
        }
    }
    fs.renameSync(written, snapshotFile);
}
await client.stop();

console.log(JSON.stringify({
    lines: index.starts.length - 1,
    openMs: Math.round(openMs),
    edits: editCount,
    edit: { ...summarize(times), cpu: round(cpuPerEdit), cpuPerTenEdits: blocks.join(' ') },
    publishedPerEdit: round(notifications.length / editCount, 2),
    diagnosticsPerPublish: diagnostics.length,
    publishBytes: JSON.stringify({ uri, diagnostics }).length,
    completion: { requests: COMPLETIONS, cpu: round(completionCpu) },
    memory: { idle, opened, afterEdits, afterCompletions },
    serverStderr: client.stderr.trim() || undefined
}, null, 2));
