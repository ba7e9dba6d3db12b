/**
 * The bundled server under hostile and odd input (issue 17): a workspace with a file the parser cannot finish, a
 * named pipe and a huge file, protocol-invalid but plausible messages (a didOpen without text, a header without
 * Content-Length, a nonce that would rewrite the page's policy), and requests right after opening. It keeps
 * publishing, answering and rendering for the other documents.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CompletionRequest, createProtocolConnection, DocumentFormattingRequest, InitializeRequest, PublishDiagnosticsNotification,
    StreamMessageReader, StreamMessageWriter, type CompletionList, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { RenderRequest, type RenderResult } from '../../packages/language/src/sla-protocol.js';
import { MINIMAL, repoRoot } from '../helpers.js';
import { waitFor } from './wait-for.js';

/** How long the server may take here: its workspace holds a 17 MiB file and thousands of broken items. */
const SLOW_WORKSPACE_MS = 45_000;

describe('the language server with hostile files and messages', () => {
    let server: ChildProcess;
    let connection: ProtocolConnection;
    let folder: string;
    const published: PublishDiagnosticsParams[] = [];
    const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).toString();
    const latest = (uri: string) => published.filter(p => p.uri === uri).at(-1);

    beforeAll(async () => {
        folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-hostile-'));
        fs.writeFileSync(path.join(folder, 'good.sla'), MINIMAL);
        fs.writeFileSync(path.join(folder, 'broken.sla'), `agreement Broken "b" {\n    definitions {\n${'        term "T" means "M",\n'.repeat(5_000)}    }\n}\n`);
        fs.writeFileSync(path.join(folder, 'UPPER.SLA'), MINIMAL.replace('agreement Minimal', 'agreement Upper'));
        fs.writeFileSync(path.join(folder, 'huge.sla'), Buffer.alloc(17 * 1024 * 1024, ' '));
        spawnSync('mkfifo', [path.join(folder, 'pipe.sla')]);
        server = spawn(process.execPath, [path.join(repoRoot, 'packages/language/bin/sla-language-server.cjs'), '--stdio']);
        connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification(PublishDiagnosticsNotification.type, params => published.push(params));
        connection.listen();
        const root = pathToFileURL(folder).toString();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: [{ uri: root, name: 'hostile' }]
        });
        await connection.sendNotification('initialized', {});
    }, 60_000);

    afterAll(() => {
        connection.dispose();
        server.kill();
        fs.rmSync(folder, { recursive: true, force: true });
    });

    test('starts on the workspace and checks what is opened: the broken file with its errors, X.SLA as an agreement', async () => {
        for (const name of ['broken.sla', 'UPPER.SLA']) {
            const text = fs.readFileSync(path.join(folder, name), 'utf8');
            await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'sla', version: 1, text } });
        }
        const broken = await waitFor(() => latest(uriOf('broken.sla')), SLOW_WORKSPACE_MS);
        expect(broken.diagnostics.filter(d => d.code === 'sla-syntax-error')).toHaveLength(5_000);
        expect((await waitFor(() => latest(uriOf('UPPER.SLA')), SLOW_WORKSPACE_MS)).diagnostics.filter(d => d.severity === 1)).toEqual([]);
        expect(latest(uriOf('pipe.sla'))).toBeUndefined();
    }, 60_000);

    test('a didOpen whose text is null gets one diagnostic, and the other documents keep working', async () => {
        const empty = uriOf('opened-without-text.sla');
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: empty, languageId: 'sla', version: 1, text: null } });
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf('missing-fields.sla') } });
        const diagnostics = await waitFor(() => latest(empty), SLOW_WORKSPACE_MS);
        expect(diagnostics.diagnostics.map(d => d.code)).toEqual(['sla-check-failed']);
        expect(diagnostics.diagnostics[0].message).toContain('was opened without its text');

        const good = uriOf('good.sla');
        const edited = MINIMAL.replace('Uptime >= 99.5 %', 'Uptime >= 101 %');
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: good, languageId: 'sla', version: 1, text: MINIMAL } });
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri: good, version: 2 }, contentChanges: [{ text: edited }] });
        await waitFor(() => latest(good)?.diagnostics.some(d => d.code === 'sla-percent-out-of-range') || undefined, SLOW_WORKSPACE_MS);
        const completion = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri: good }, position: { line: 1, character: 4 } }) as CompletionList;
        expect(completion.items.length).toBeGreaterThan(0);
        const rendered = await connection.sendRequest<RenderResult>(RenderRequest.method, { uri: good, format: 'html' });
        expect(rendered.content).toContain('Minimal agreement');
    }, 60_000);

    test('a formatting request right after didOpen is answered, not "No document found"', async () => {
        const uri = uriOf('format-me.sla');
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sla', version: 1, text: MINIMAL.replace('    version 1.0', 'version 1.0') } });
        const edits = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
        expect(edits).toEqual([expect.objectContaining({ newText: '\n    ' })]);
    });

    test('a message whose header has no Content-Length is skipped; the next one is answered', async () => {
        server.stdin!.write('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","id":999,"method":"shutdown"}');
        const uri = uriOf('good.sla');
        const rendered = await connection.sendRequest<RenderResult>(RenderRequest.method, { uri, format: 'markdown' });
        expect(rendered.content).toContain('# Minimal agreement');
    });

    test('a nonce that would rewrite the Content-Security-Policy is refused with a message', async () => {
        const uri = uriOf('good.sla');
        await expect(connection.sendRequest(RenderRequest.method, { uri, format: 'html', html: { nonce: "abc' 'unsafe-inline' *" } }))
            .rejects.toThrow(/html.nonce must be a base64 value/);
        const page = await connection.sendRequest<RenderResult>(RenderRequest.method, { uri, format: 'html', html: { nonce: 'YWJjZGVm+/_-==' } });
        expect(page.content).toContain('script-src &#39;none&#39;');
        expect(page.content).toContain('style-src &#39;nonce-YWJjZGVm+/_-==&#39;');
    });
});
