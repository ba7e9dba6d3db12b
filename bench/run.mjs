/**
 * `npm run bench`: the speed of the language server and the CLI at scale. Needs `npm run build` first (it
 * drives the bundled server and CLI and imports the compiled language package). Prints a table, writes
 * bench/results.json and the figures in docs/performance.md. Progress goes to stderr.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repo = new URL('..', import.meta.url).pathname;
const required = ['packages/language/out/index.js', 'packages/language/out/server.cjs', 'packages/cli/out/sla.cjs'];
const missing = required.filter(file => !fs.existsSync(path.join(repo, file)));
if (missing.length) {
    console.error(`bench: ${missing.join(', ')} missing; run 'npm run build' first.`);
    process.exit(2);
}

const { benchCheck, benchRender, cliStartup } = await import('./cli.mjs');
const { benchEvaluate } = await import('./evaluate.mjs');
const { generateAgreement, generateWorkspace } = await import('./generate.mjs');
const { evaluateGoals } = await import('./goals.mjs');
const { tokenize } = await import('./language.mjs');
const { timeSync } = await import('./measure.mjs');
const { performanceMarkdown, printReport } = await import('./report.mjs');
const { benchDocument, EDITS, REQUESTS } = await import('./server-document.mjs');
const { benchWorkspace } = await import('./server-workspace.mjs');
const { benchWeb, webAvailable } = await import('./web.mjs');

const DOCUMENT_LINES = [1000, 5000, 20000];
const WORKSPACE_FILES = [10, 100, 1000];

const began = performance.now();
const loadAtStart = os.loadavg()[0];
const progress = message => console.error(`[${Math.round((performance.now() - began) / 1000)} s] ${message}`);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-bench-'));
const notes = [];

try {
    const documents = [];
    for (const target of DOCUMENT_LINES) {
        const text = generateAgreement(target);
        const file = path.join(scratch, `agreement-${target}.sla`);
        fs.writeFileSync(file, text);
        progress(`${target} lines: tokenize, then the language server`);
        const tokenizeTime = timeSync(() => tokenize(text), 30, 5);
        const server = await benchDocument(file, text);
        documents.push({ target, lines: server.lines, tokenize: tokenizeTime, server, render: benchRender(file) });
    }

    const workspaces = [];
    const check = [];
    const startup = cliStartup();
    for (const files of WORKSPACE_FILES) {
        const folder = path.join(scratch, `workspace-${files}`);
        const workspace = generateWorkspace(folder, files);
        progress(`${files} files: the language server, then sla check`);
        workspaces.push(await benchWorkspace(folder, workspace));
        check.push(benchCheck(folder, startup));
    }

    progress('sla evaluate: a year of per-minute samples (bench/evaluate.mjs)');
    const evaluation = await benchEvaluate();

    let web;
    const webMissing = webAvailable();
    if (webMissing) notes.push(`The web editor was not measured: ${webMissing}.`);
    else {
        progress('the web editor in Chromium (bench/web.mjs)');
        web = await benchWeb(generateAgreement(DOCUMENT_LINES[0]));
    }

    for (const { server, lines } of documents) {
        if (server.errors) notes.push(`The ${lines}-line agreement has ${server.errors} errors: the generator no longer matches the checks.`);
    }
    for (const run of [...documents.map(d => d.server), ...workspaces]) {
        if (run.serverStderr) notes.push(`The server wrote to stderr: ${run.serverStderr.split('\n')[0]}`);
    }
    for (const c of check) {
        if (c.errors) notes.push(`sla check found ${c.errors} errors in the ${c.files}-file workspace.`);
    }

    const results = {
        date: new Date().toISOString().slice(0, 10),
        machine: {
            cpus: os.availableParallelism(),
            cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
            memoryGiB: Math.round(os.totalmem() / 2 ** 30),
            node: process.versions.node,
            loadAverage: Number(loadAtStart.toFixed(2))
        },
        settings: { edits: EDITS, requests: REQUESTS },
        documents,
        workspaces,
        cli: { startup, check },
        evaluation,
        web,
        notes
    };
    results.goals = evaluateGoals(results);
    results.elapsedSeconds = (performance.now() - began) / 1000;

    fs.writeFileSync(path.join(repo, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
    const docFile = path.join(repo, 'docs/performance.md');
    const previous = fs.existsSync(docFile) ? fs.readFileSync(docFile, 'utf8') : undefined;
    fs.writeFileSync(docFile, performanceMarkdown(results, previous));
    console.log(printReport(results));
} finally {
    fs.rmSync(scratch, { recursive: true, force: true });
}
