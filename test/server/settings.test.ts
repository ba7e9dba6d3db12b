/**
 * Settings reach the bundled server whichever way a client gives them: only `initializationOptions` (clients
 * without `workspace/configuration`), only answers to `workspace/configuration` (Neovim 0.7-0.10 without
 * `settings` sent on change), a change notification with `settings: null` (the pull model), or a change with the
 * settings. Agreements already open are checked again with the new settings.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
    ConfigurationRequest, createProtocolConnection, InitializeRequest, PublishDiagnosticsNotification, StreamMessageReader,
    StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { MINIMAL, repoRoot } from '../helpers.js';

const uri = 'file:///tmp/settings/no-review.sla';
const text = MINIMAL.replace(/    review \{[\s\S]*?\n    \}\n/, '').replace('obliged Acme', 'obliged Acmee');

interface Client {
    connection: ProtocolConnection;
    published: PublishDiagnosticsParams[];
    /** What the client answers to `workspace/configuration`, per section. */
    answer: Record<string, unknown>;
    asked: number;
}

let server: ChildProcess | undefined;
afterEach(() => server?.kill());

async function start(initializationOptions: unknown, configurationCapability: boolean, answer: Record<string, unknown> = {}): Promise<Client> {
    server = spawn(process.execPath, [path.join(repoRoot, 'packages/language/bin/sla-language-server.cjs'), '--stdio']);
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const client: Client = { connection, published: [], answer, asked: 0 };
    connection.onNotification(PublishDiagnosticsNotification.type, params => client.published.push(params));
    connection.onRequest(ConfigurationRequest.type, params => {
        client.asked++;
        return params.items.map(item => client.answer[item.section ?? ''] ?? null);
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
        processId: null, rootUri: null, initializationOptions,
        capabilities: configurationCapability ? { workspace: { configuration: true } } : {}
    });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sla', version: 1, text } });
    return client;
}

/** The codes of the latest diagnostics once they satisfy `expected`. */
async function codesUntil(client: Client, expected: (codes: unknown[]) => boolean): Promise<unknown[]> {
    const deadline = Date.now() + 15_000;
    for (;;) {
        const codes = client.published.filter(p => p.uri === uri).at(-1)?.diagnostics.map(d => d.code);
        if (codes && expected(codes)) return codes;
        if (Date.now() > deadline) throw new Error(`timed out; last codes: ${JSON.stringify(codes)}`);
        await new Promise(resolve => setTimeout(resolve, 20));
    }
}

const missingReview = (codes: unknown[]) => codes.includes('sla-missing-review');
const noMissingReview = (codes: unknown[]) => !codes.includes('sla-missing-review');
const severityOfMissingReview = (client: Client) => client.published.filter(p => p.uri === uri).at(-1)?.diagnostics.find(d => d.code === 'sla-missing-review')?.severity;

describe('settings reach the server', () => {
    test('by default a missing required section is an error', async () => {
        const client = await start(undefined, false);
        await codesUntil(client, missingReview);
        expect(severityOfMissingReview(client)).toBe(1);
    });

    test.each([
        ['{ sla: {...} }', { sla: { validation: { missingSections: 'off' } } }],
        ['{ settings: { sla: {...} } }', { settings: { sla: { validation: { missingSections: 'off' } } } }],
        ['the section itself', { validation: { missingSections: 'off' } }]
    ])('from initializationOptions alone, as %s', async (_, options) => {
        const client = await start(options, false);
        expect(await codesUntil(client, noMissingReview)).toContain('sla-unresolved-reference');
    });

    test('from answers to workspace/configuration alone, without any change notification', async () => {
        const client = await start(undefined, true, { sla: { validation: { missingSections: 'off' } } });
        await codesUntil(client, noMissingReview);
        expect(client.asked).toBeGreaterThan(0);
    });

    test('a change notification without settings makes the server ask again, and re-checks what is open', async () => {
        const client = await start(undefined, true, {});
        await codesUntil(client, missingReview);
        client.answer.sla = { validation: { missingSections: 'warning' } };
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        await codesUntil(client, codes => missingReview(codes) && severityOfMissingReview(client) === 2);
    });

    test('a change notification with the settings applies them to the open agreements', async () => {
        const client = await start({ sla: { validation: { missingSections: 'off' } } }, false);
        await codesUntil(client, noMissingReview);
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sla: { validation: { missingSections: 'error' } } } });
        await codesUntil(client, missingReview);
        expect(severityOfMissingReview(client)).toBe(1);
    });
});
