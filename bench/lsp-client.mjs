/**
 * A minimal LSP client for the bundled language server, started over stdio exactly as an editor starts it.
 * It timestamps every `publishDiagnostics` as it arrives, so that the benchmark can time an edit to the
 * diagnostics it causes and count how many documents a change re-validated.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
    StreamMessageReader, StreamMessageWriter
} from 'vscode-languageserver-protocol/node';

const SERVER = new URL('../packages/language/bin/sla-language-server.cjs', import.meta.url);
/** Extra Node options for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/profiles` to profile what it does. */
const SERVER_NODE_OPTIONS = (process.env.SLA_BENCH_SERVER_NODE_OPTIONS ?? '').split(' ').filter(Boolean);

/** The unit of the CPU times in /proc/<pid>/stat (USER_HZ), 100 on Linux. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * What VS Code announces for completion, through vscode-languageclient 11 (its completion feature's
 * fillClientCapabilities): resolve for documentation and detail, list defaults for the edit range, insert and
 * replace ranges. The web editor's client (no resolve, no defaults) is measured by bench/web.mjs.
 */
export const VS_CODE_COMPLETION = {
    contextSupport: true,
    completionItem: {
        snippetSupport: true,
        commitCharactersSupport: true,
        documentationFormat: ['markdown', 'plaintext'],
        deprecatedSupport: true,
        preselectSupport: true,
        tagSupport: { valueSet: [1] },
        insertReplaceSupport: true,
        resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] },
        insertTextModeSupport: { valueSet: [1, 2] },
        labelDetailsSupport: true
    },
    insertTextMode: 2,
    completionItemKind: { valueSet: Array.from({ length: 25 }, (_, i) => i + 1) },
    completionList: {
        itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'],
        applyKindSupport: true
    }
};

/** What this client can do: enough for the server to answer every request the benchmark sends, completion as VS Code asks for it. */
const CAPABILITIES = {
    textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true },
        completion: VS_CODE_COMPLETION,
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } }
    },
    workspace: { workspaceFolders: true }
};

export class LanguageServerClient {

    /** Starts the server; with `folder`, the server indexes every agreement in it as its workspace. */
    static async start(folder) {
        const client = new LanguageServerClient();
        await client.initialize(folder);
        return client;
    }

    constructor() {
        this.process = spawn(process.execPath, [...SERVER_NODE_OPTIONS, SERVER.pathname, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.stderr = '';
        this.process.stderr.on('data', chunk => this.stderr += chunk);
        this.exited = new Promise(resolve => this.process.on('exit', resolve));
        /** Every diagnostics notification, in arrival order, with its arrival time. */
        this.published = [];
        this.waiters = [];
        this.connection = createProtocolConnection(
            new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            const entry = { at: performance.now(), uri: params.uri, diagnostics: params.diagnostics };
            this.published.push(entry);
            this.waiters = this.waiters.filter(waiter => !waiter(entry));
        });
        this.connection.listen();
    }

    async initialize(folder) {
        const workspaceFolders = folder ? [{ uri: pathToFileURL(folder).href, name: 'bench' }] : null;
        await this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: workspaceFolders?.[0].uri ?? null, workspaceFolders, capabilities: CAPABILITIES
        });
        await this.connection.sendNotification(InitializedNotification.type, {});
    }

    /** Resolves with the arrival time of the next diagnostics published for `uri`. */
    nextDiagnostics(uri) {
        return new Promise(resolve => this.waiters.push(entry => entry.uri === uri && (resolve(entry.at), true)));
    }

    /**
     * Resolves once diagnostics for at least `documents` distinct documents have arrived since `since` (an index
     * into `published`) and then none for `quietMs`, or after two minutes; returns what arrived since `since`.
     */
    async settle(since, documents = 1, quietMs = 300) {
        const deadline = performance.now() + 120_000;
        for (;;) {
            const count = this.published.length;
            await new Promise(resolve => setTimeout(resolve, quietMs));
            const arrived = this.published.slice(since);
            const enough = new Set(arrived.map(p => p.uri)).size >= documents;
            if ((this.published.length === count && enough) || performance.now() > deadline) return arrived;
        }
    }

    /** Opens a document and returns the milliseconds until its first diagnostics. */
    async open(uri, text) {
        const published = this.nextDiagnostics(uri);
        const start = performance.now();
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'sla', version: 1, text }
        });
        return await published - start;
    }

    /** Applies one incremental change and returns the milliseconds until the document's next diagnostics. */
    async change(uri, version, range, text) {
        const published = this.nextDiagnostics(uri);
        const start = performance.now();
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version }, contentChanges: [{ range, text }]
        });
        return await published - start;
    }

    /** Sends a request and returns its answer and the milliseconds it took. */
    async timed(method, params) {
        const start = performance.now();
        const result = await this.connection.sendRequest(method, params);
        return { ms: performance.now() - start, result };
    }

    /**
     * The CPU time the server has used so far (user and system, all its threads), in milliseconds. Unlike the
     * time until an answer arrives, it does not grow when other programs keep the machine busy.
     */
    cpuMs() {
        const stat = fs.readFileSync(`/proc/${this.process.pid}/stat`, 'utf8');
        const [utime, stime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number);
        return (utime + stime) * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    /** The server's peak resident set size (VmHWM) in MiB, as the kernel reports it. */
    peakRssMiB() {
        const status = fs.readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
        return Number(/VmHWM:\s*(\d+) kB/.exec(status)[1]) / 1024;
    }

    async stop() {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
        await this.exited;
        this.connection.dispose();
    }
}
