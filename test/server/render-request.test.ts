import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    createProtocolConnection, InitializeRequest, StreamMessageReader, StreamMessageWriter, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import {
    DocumentsValidatedNotification, RenderRequest, type DocumentsValidatedParams, type RenderParams, type RenderResult
} from '../../packages/language/src/sla-protocol.js';
import { MINIMAL, repoRoot } from '../helpers.js';
import { waitFor } from './wait-for.js';

/** `sla/render` and `sla/documentsValidated`, on the bundled server, as the preview and export use them. */
describe('sla/render on the language server', () => {
    let server: ChildProcess;
    let connection: ProtocolConnection;
    let stderr = '';
    const validated: string[][] = [];
    const uri = 'file:///tmp/render/minimal.sla';

    beforeAll(async () => {
        server = spawn(process.execPath, [path.join(repoRoot, 'packages/language/bin/sla-language-server.cjs'), '--stdio']);
        server.stderr!.on('data', chunk => stderr += chunk);
        connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification(DocumentsValidatedNotification.method, (params: DocumentsValidatedParams) => validated.push([...params.uris]));
        connection.listen();
        await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sla', version: 1, text: MINIMAL } });
    });

    afterAll(() => {
        connection.dispose();
        server.kill();
    });

    const render = (params: RenderParams) => connection.sendRequest<RenderResult>(RenderRequest.method, params);

    test('answers with the page, its title and no problems for a clean agreement', async () => {
        const result = await render({ uri, format: 'html', html: { nonce: 'n0nce', scripts: ['https://webview.example/preview.js'] } });
        expect(result).toMatchObject({ format: 'html', encoding: 'utf8', title: 'Minimal agreement', problems: { errors: 0, warnings: 0 } });
        expect(result.content).toContain('script-src &#39;nonce-n0nce&#39;');
        expect(result.content).toContain('<script nonce="n0nce" src="https://webview.example/preview.js" defer></script>');
        expect(result.content).toMatch(/<section class="clause" id="clause-levels" data-line="\d+">/);
    });

    test('tells the client which documents were validated', async () => {
        await waitFor(() => validated.flat().includes(uri) || undefined);
    });

    test('renders the edited text, with the problem count, while the agreement has errors', async () => {
        const broken = MINIMAL.replace('"Keep the shop online."', '"Keep the shop online, always."').replace(/    review \{[\s\S]*?\n    \}\n/, '');
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: broken }] });
        await waitFor(() => validated.length >= 2 || undefined);
        const result = await render({ uri, format: 'markdown' });
        expect(result.problems.errors).toBe(1);
        expect(result.content).toContain('- (A) Keep the shop online, always.');
        expect(result.content).toContain('> **Errors:** This agreement has 1 error.');
    });

    test('answers DOCX in base64', async () => {
        const result = await render({ uri, format: 'docx' });
        expect(result.encoding).toBe('base64');
        expect(Buffer.from(result.content, 'base64').subarray(0, 2).toString()).toBe('PK');
    });

    test('refuses an unknown format and an unknown document with an error, and keeps running', async () => {
        await expect(render({ uri, format: 'pdf' as never })).rejects.toThrow(/sla\/render needs a document uri and a format/);
        await expect(render({ uri: 'file:///tmp/render/unknown.sla', format: 'html' })).rejects.toThrow(/No document found/);
        expect((await render({ uri, format: 'html' })).title).toBe('Minimal agreement');
        expect(stderr).toBe('');
    });
});
