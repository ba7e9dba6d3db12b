/**
 * The extension's browser entry (extension-web.ts) as VS Code for the Web starts it. Its web worker extension host
 * replaces the Worker constructor with one that refuses a script URL of an extension installed on a remote
 * (code-server, a codespace in the browser: "Creating workers from remote extensions is currently not supported"),
 * so there the server must be started from a Blob of its script. When it was not, the extension failed to activate
 * and no file got diagnostics, symbols or completion (the e2e suite's web host, test/e2e).
 */
import { resolveObjectURL } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const SERVER_SCRIPT = 'self.onmessage = () => undefined; // server-web.js';

/** The URIs VS Code gives an extension: a scheme, an authority and a path. */
class FakeUri {
    constructor(readonly scheme: string, readonly authority: string, readonly path: string) { }
    static joinPath(base: FakeUri, ...segments: string[]): FakeUri {
        return new FakeUri(base.scheme, base.authority, [base.path, ...segments].join('/'));
    }
    toString(): string {
        return `${this.scheme}://${this.authority}${this.path}`;
    }
}

const read: string[] = [];
vi.mock('vscode', () => ({
    Uri: FakeUri,
    workspace: {
        fs: {
            readFile: async (uri: FakeUri) => {
                read.push(uri.toString());
                return new TextEncoder().encode(SERVER_SCRIPT);
            }
        }
    }
}));

/** What the entry hands to the language client: how to start the server. */
let startServer: (() => Promise<unknown>) | undefined;
vi.mock('vscode-languageclient/browser', () => ({
    // The client's own reader and writer load only under the `browser` export condition; these note their worker.
    BrowserMessageReader: class { constructor(readonly worker: unknown) { } },
    BrowserMessageWriter: class { constructor(readonly worker: unknown) { } },
    LanguageClient: class {
        constructor(_id: string, _name: string, serverOptions: () => Promise<unknown>) {
            startServer = serverOptions;
        }
        async stop(): Promise<void> { }
    }
}));
vi.mock('../../packages/extension/src/activation.js', () => ({
    activateWith: async (_context: unknown, setup: { createClient(options: object): unknown }) => setup.createClient({})
}));

/** The web worker extension host's Worker: scripts of a remote extension are refused, Blobs are not. */
class HostWorker {
    static started: HostWorker[] = [];
    terminated = false;
    constructor(readonly url: string) {
        if (url.startsWith('vscode-remote:')) {
            throw new Error('Creating workers from remote extensions is currently not supported.');
        }
        HostWorker.started.push(this);
    }
    terminate(): void {
        this.terminated = true;
    }
}

async function activateFrom(extensionUri: FakeUri): Promise<void> {
    const entry = await import('../../packages/extension/src/extension-web.js');
    await entry.activate({ extensionUri, subscriptions: [] } as never);
}

describe('the extension in VS Code for the Web', () => {
    beforeEach(() => {
        vi.stubGlobal('Worker', HostWorker);
        HostWorker.started = [];
        read.length = 0;
        startServer = undefined;
    });
    afterEach(async () => {
        (await import('../../packages/extension/src/extension-web.js')).deactivate();
        vi.unstubAllGlobals();
    });

    test('installed on a remote (code-server), starts the server from a Blob of its script', async () => {
        await activateFrom(new FakeUri('vscode-remote', '127.0.0.1:8080', '/home/user/.extensions/sla'));
        const transports = await startServer!() as { reader: { worker: unknown }, writer: { worker: unknown } };
        expect(read).toEqual(['vscode-remote://127.0.0.1:8080/home/user/.extensions/sla/out/server-web.js']);
        const [worker] = HostWorker.started;
        expect(worker.url).toMatch(/^blob:/);
        expect(await resolveObjectURL(worker.url)!.text()).toBe(SERVER_SCRIPT);
        expect([transports.reader.worker, transports.writer.worker]).toEqual([worker, worker]);
    });

    test('served from the web (an extension gallery), starts the server from its URL', async () => {
        await activateFrom(new FakeUri('https', 'extensions.example', '/sla'));
        await startServer!();
        expect(read).toEqual([]);
        expect(HostWorker.started.map(worker => worker.url)).toEqual(['https://extensions.example/sla/out/server-web.js']);
    });

    test('a restart starts a fresh worker and stops the old one', async () => {
        await activateFrom(new FakeUri('vscode-remote', '127.0.0.1:8080', '/ext'));
        await startServer!();
        await startServer!();
        expect(HostWorker.started).toHaveLength(2);
        expect(HostWorker.started.map(worker => worker.terminated)).toEqual([true, false]);
    });
});
