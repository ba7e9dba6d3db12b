/**
 * The bundled server over stdio: a client that announces resolve support for documentation gets completion lists
 * without it and the documentation on `completionItem/resolve`; one that resolves detail too and takes list defaults
 * (VS Code) gets names without their detail and the range the items replace once; one that does not (as the web
 * editor's @codemirror/lsp-client does) gets it all in the list.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
    createProtocolConnection, InitializeRequest, StreamMessageReader, StreamMessageWriter, type ClientCapabilities, type CompletionItem,
    type CompletionList, type InitializeResult, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import { VS_CODE_COMPLETION } from '../../bench/lsp-client.mjs';
import { MINIMAL, repoRoot } from '../helpers.js';

const uri = 'file:///tmp/completion-resolve/minimal.sla';
const lines = MINIMAL.split('\n');
const line = lines.findIndex(text => text.includes('obliged Acme'));
/** Right after `obliged `: the parties' names. */
const position = { line, character: lines[line].indexOf('Acme') };

const servers: ChildProcess[] = [];
afterEach(() => servers.splice(0).forEach(server => server.kill()));

async function start(capabilities: ClientCapabilities): Promise<{ connection: ProtocolConnection, initialized: InitializeResult }> {
    const server = spawn(process.execPath, [path.join(repoRoot, 'packages/language/bin/sla-language-server.cjs'), '--stdio']);
    servers.push(server);
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    const initialized = await connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sla', version: 1, text: MINIMAL } });
    return { connection, initialized };
}

async function partyItem(connection: ProtocolConnection): Promise<CompletionItem> {
    return (await partyList(connection)).items.find(item => item.label === 'Acme')!;
}

function partyList(connection: ProtocolConnection): Promise<CompletionList> {
    return connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
}

describe('completion documentation over stdio', () => {
    test('a client that resolves documentation gets it on completionItem/resolve', async () => {
        const { connection, initialized } = await start({
            textDocument: { completion: { completionItem: { resolveSupport: { properties: ['documentation'] } } } }
        });
        expect(initialized.capabilities.completionProvider?.resolveProvider).toBe(true);
        const item = await partyItem(connection);
        expect(item).toMatchObject({ label: 'Acme', detail: 'Provider' });
        expect(item.documentation).toBeUndefined();
        const resolved = await connection.sendRequest<CompletionItem>('completionItem/resolve', item);
        expect(resolved.documentation).toEqual({ kind: 'markdown', value: '**Acme** — Provider\n\n*Acme Ltd.*' });
        connection.dispose();
    });

    test('VS Code gets labels first, and the detail and documentation of the item it shows on completionItem/resolve', async () => {
        const { connection } = await start({ textDocument: { completion: VS_CODE_COMPLETION as NonNullable<ClientCapabilities['textDocument']>['completion'] } });
        const list = await partyList(connection);
        expect(list.itemDefaults?.editRange).toEqual({ insert: { start: position, end: position }, replace: { start: position, end: position } });
        const item = list.items.find(candidate => candidate.label === 'Acme')!;
        expect(item).toEqual({ label: 'Acme', kind: expect.any(Number), sortText: '0', data: expect.anything() });
        const resolved = await connection.sendRequest<CompletionItem>('completionItem/resolve', item);
        expect(resolved).toMatchObject({ label: 'Acme', detail: 'Provider', documentation: { kind: 'markdown', value: '**Acme** — Provider\n\n*Acme Ltd.*' } });
        connection.dispose();
    });

    test('a client without resolve support gets the documentation in the list', async () => {
        const { connection } = await start({ textDocument: { completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } } } });
        const item = await partyItem(connection);
        expect(item.documentation).toEqual({ kind: 'markdown', value: '**Acme** — Provider\n\n*Acme Ltd.*' });
        expect(item.data).toBeUndefined();
        connection.dispose();
    });
});
