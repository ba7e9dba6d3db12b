/**
 * Stress run of the bundled language server over stdio: random edits to open agreements, interleaved with
 * completion, hover, code-action and `sla/render` requests, some of them cancelled right after they are sent. The
 * server must stay up, answer every request within 2 s (a cancelled one may answer "cancelled"), and write nothing
 * to standard error (no unhandled rejection, no stack trace).
 *
 *   node test/robustness/stress-server.mjs [--edits 1000] [--seed S]     (also: npm run stress -- --edits N)
 *
 * test/robustness/stress-server.test.ts runs a bounded version in the normal suite.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    CancellationTokenSource, createProtocolConnection, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = path.join(root, 'packages/language/bin/sla-language-server.cjs');
/** The bound for an answer; the bounded run in the suite, sharing the CPU with other tests, allows more. */
const ANSWER_WITHIN_MS = 2000;
/** LSP's RequestCancelled and ServerCancelled: what a cancelled request may answer. */
const CANCELLED_CODES = new Set([-32800, -32802]);
const SNIPPETS = ['agreement', 'level', 'metric', '{', '}', '"', '"text"', '>=', '99.5', '%', 'hours', 'obliged', 'Acme',
    'credits for', 'when <', '\n', '    ', '//', '/*', '*/', 'refines', ',', 'per month', '-', '\u00e9', '\uFFFD'];

/** A small seeded generator (mulberry32), so that a run can be repeated. */
function random(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

function exampleTexts() {
    const dir = path.join(root, 'examples');
    return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.sla')).sort()
        .map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** Whether the server offers `sla/render` (the preview's request); the stress run covers it when present. */
function renderMethod() {
    const protocol = fs.readFileSync(path.join(root, 'packages/language/src/sla-protocol.ts'), 'utf8');
    return /method: 'sla\/render'/.test(protocol) ? 'sla/render' : undefined;
}

/**
 * Runs the stress and resolves to its figures; `failures` lists every broken promise (empty when the run passed).
 */
export async function stressServer({ edits = 1000, seed = 1, answerWithinMs = ANSWER_WITHIN_MS, log = () => undefined } = {}) {
    const next = random(seed);
    const pick = list => list[Math.floor(next() * list.length)];
    const render = renderMethod();
    const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let exited;
    server.stderr.on('data', chunk => stderr += chunk);
    server.on('exit', code => exited = code);
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const diagnostics = new Map();
    connection.onNotification(PublishDiagnosticsNotification.type, params => diagnostics.set(params.uri, params.diagnostics));
    connection.listen();

    const figures = { seed, edits: 0, requests: 0, byMethod: {}, cancelled: 0, slowest: 0, failures: [] };
    const timed = async (method, params, cancel) => {
        const source = new CancellationTokenSource();
        const started = Date.now();
        const answer = connection.sendRequest(method, params, source.token);
        if (cancel) {
            figures.cancelled++;
            setTimeout(() => source.cancel(), Math.floor(next() * 5));
        }
        let timer;
        const deadline = new Promise(resolve => timer = setTimeout(() => resolve('timeout'), answerWithinMs));
        const outcome = await Promise.race([answer.then(() => 'answered', error => error), deadline]);
        clearTimeout(timer);
        figures.requests++;
        figures.byMethod[method] = (figures.byMethod[method] ?? 0) + 1;
        figures.slowest = Math.max(figures.slowest, Date.now() - started);
        const what = `${method} ${JSON.stringify(params?.format ?? params?.position ?? '')} after edit ${figures.edits}`;
        if (outcome === 'timeout') figures.failures.push(`${what} not answered within ${answerWithinMs} ms`);
        else if (outcome !== 'answered' && !(cancel && CANCELLED_CODES.has(outcome.code))) {
            figures.failures.push(`${what} failed: ${outcome.message}`);
        }
    };

    try {
        await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
        await connection.sendNotification('initialized', {});
        const texts = exampleTexts();
        const documents = texts.slice(0, 3).map((text, i) => TextDocument.create(`file:///stress/agreement-${i}.sla`, 'sla', 1, text));
        for (const document of documents) {
            await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: document.uri, languageId: 'sla', version: 1, text: document.getText() } });
        }
        const pending = [];
        for (let i = 0; i < edits && exited === undefined; i++) {
            const index = Math.floor(next() * documents.length);
            let document = documents[index];
            const text = document.getText();
            // Now and then the editor's text starts over from an agreement, as after an undo-all or a paste.
            const change = next() < 0.01 ? { text: pick(texts) } : randomChange(document, text, next, pick);
            document = documents[index] = TextDocument.update(document, [change], document.version + 1);
            await connection.sendNotification('textDocument/didChange', { textDocument: { uri: document.uri, version: document.version }, contentChanges: [change] });
            figures.edits++;
            const textDocument = { uri: document.uri };
            const position = document.positionAt(Math.floor(next() * (document.getText().length + 1)));
            const cancel = next() < 0.2;
            const roll = next();
            if (roll < 0.35) pending.push(timed('textDocument/completion', { textDocument, position }, cancel));
            else if (roll < 0.6) pending.push(timed('textDocument/hover', { textDocument, position }, cancel));
            else if (roll < 0.85) {
                const published = diagnostics.get(document.uri) ?? [];
                const range = published.length ? pick(published).range : { start: position, end: position };
                pending.push(timed('textDocument/codeAction', { textDocument, range, context: { diagnostics: published.slice(0, 20) } }, cancel));
            } else if (render) pending.push(timed(render, { uri: document.uri, format: pick(['html', 'markdown', 'docx']) }, cancel));
            // An editor sends keystrokes faster than the server validates; pause only now and then.
            if (i % 10 === 9) {
                await Promise.all(pending.splice(0));
                log(`${figures.edits} edits, ${figures.requests} requests, slowest ${figures.slowest} ms`);
            }
        }
        await Promise.all(pending);
        await timed('shutdown', undefined, false);
    } catch (error) {
        figures.failures.push(`the connection failed: ${error.message}`);
    } finally {
        connection.dispose();
        server.kill();
    }
    if (exited !== undefined && exited !== null) figures.failures.push(`the server exited with code ${exited}`);
    if (stderr.trim()) figures.failures.push(`the server wrote to standard error:\n${stderr.trim().slice(0, 2000)}`);
    return figures;
}

/** Replaces a random short range with a snippet, random characters or nothing: typing, deleting, pasting. */
function randomChange(document, text, next, pick) {
    const start = Math.floor(next() * (text.length + 1));
    const end = Math.min(text.length, start + (next() < 0.5 ? 0 : Math.floor(next() * 12)));
    const kind = next();
    const insert = kind < 0.5 ? pick(SNIPPETS) : kind < 0.7 ? String.fromCharCode(32 + Math.floor(next() * 95)) : kind < 0.8 ? text.slice(start, end) + text.slice(start, end) : '';
    return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: insert };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
    const args = process.argv.slice(2);
    const option = (name, fallback) => {
        const at = args.indexOf(`--${name}`);
        return at >= 0 ? Number(args[at + 1]) : fallback;
    };
    const seed = option('seed', Math.floor(Math.random() * 2 ** 31));
    console.log(`stress: seed ${seed}`);
    const figures = await stressServer({ edits: option('edits', 1000), seed, log: line => console.log(`stress: ${line}`) });
    console.log(`stress: ${figures.edits} edits, ${figures.requests} requests (${figures.cancelled} cancelled), slowest answer ${figures.slowest} ms, ${figures.failures.length} failures`);
    console.log(`stress: requests by method ${JSON.stringify(figures.byMethod)}`);
    for (const failure of figures.failures) console.log(`stress: FAILURE ${failure}`);
    process.exit(figures.failures.length ? 1 : 0);
}
