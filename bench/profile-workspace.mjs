/**
 * What a keystroke costs the language server in a large workspace, where every other agreement is closed:
 *   node bench/profile-workspace.mjs [files] [edits] [--cpu-prof DIR]
 * writes a generated workspace of `files` agreements (default 1000; see generate.mjs) into a temporary folder,
 * starts the bundled server on it over stdio, opens one refining agreement and types and undoes one character in
 * a string in its middle `edits` times (default 40), each timed to its diagnostics. Prints the server's CPU per edit
 * (and per block of ten edits, as the JIT compiler warms up) and its peak RSS; with `--cpu-prof DIR` writes its
 * CPU profile into DIR when it exits. Compare with 10 files: what grows with the workspace is the work per
 * keystroke for the agreements the edit does not touch. Needs `npm run build`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateWorkspace } from './generate.mjs';
import { tokenize } from './language.mjs';
import { LineIndex, round } from './measure.mjs';

const options = process.argv.slice(2);
const profileAt = options.indexOf('--cpu-prof');
const profileDir = profileAt < 0 ? undefined : options.splice(profileAt, 2)[1];
const fileCount = Number(options[0] ?? 1000);
const editCount = Number(options[1] ?? 40);
if (profileDir) {
    process.env.SLA_BENCH_SERVER_NODE_OPTIONS = `${process.env.SLA_BENCH_SERVER_NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${path.resolve(profileDir)}`;
}
// Read by lsp-client.mjs when it is loaded.
const { LanguageServerClient } = await import('./lsp-client.mjs');

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-workspace-'));
try {
    const workspace = generateWorkspace(folder, fileCount);
    const file = workspace.leaves[Math.floor(workspace.leaves.length / 2)];
    const text = fs.readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).href;
    const target = tokenize(text).tokens.find(t => t.tokenType.name === 'STRING' && t.startOffset >= text.length / 2);
    const range = new LineIndex(text).range(target.startOffset + 1, target.startOffset + 2);
    const original = text[target.startOffset + 1];

    const client = await LanguageServerClient.start(folder);
    await client.open(uri, text);
    await client.settle(0, 1, 1000);
    const start = client.cpuMs();
    const blocks = [];
    let blockStart = start;
    for (let i = 0; i < editCount; i++) {
        await client.change(uri, i + 2, range, i % 2 === 0 ? (original === 'X' ? 'Y' : 'X') : original);
        if (i % 10 === 9) {
            blocks.push(round((client.cpuMs() - blockStart) / 10));
            blockStart = client.cpuMs();
        }
    }
    const cpuPerEdit = round((client.cpuMs() - start) / editCount);
    const peakRssMiB = round(client.peakRssMiB());
    await client.stop();
    console.log(JSON.stringify({ files: fileCount, edits: editCount, cpuPerEdit, cpuPerTenEdits: blocks.join(' '), peakRssMiB }));
} finally {
    fs.rmSync(folder, { recursive: true, force: true });
}
