import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    createProtocolConnection, InitializeRequest, PublishDiagnosticsNotification, StreamMessageReader,
    StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { MINIMAL, repoRoot } from '../helpers.js';
import { waitFor } from './wait-for.js';

/** The bundled standalone server, driven over stdio the way Neovim or any other LSP client drives it. */
describe('sla-language-server --stdio', () => {
    let server: ChildProcess;
    let connection: ProtocolConnection;
    let stderr = '';
    const published: PublishDiagnosticsParams[] = [];

    beforeAll(() => {
        server = spawn(process.execPath, [path.join(repoRoot, 'packages/language/bin/sla-language-server.cjs'), '--stdio']);
        server.stderr!.on('data', chunk => stderr += chunk);
        connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification(PublishDiagnosticsNotification.type, params => published.push(params));
        connection.listen();
    });

    afterAll(() => {
        connection.dispose();
        server.kill();
    });

    test('answers initialize with its capabilities', async () => {
        const result = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null
        });
        expect(result.capabilities.textDocumentSync).toBeDefined();
        expect(result.capabilities.completionProvider).toBeDefined();
        await connection.sendNotification('initialized', {});
    });

    test('publishes diagnostics with codes for an opened document', async () => {
        const uri = 'file:///tmp/opened.sla';
        const text = MINIMAL.replace(/    review \{[\s\S]*?\n    \}\n/, '');
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sla', version: 1, text } });
        const diagnostics = await waitFor(() => published.find(p => p.uri === uri));
        expect(diagnostics.diagnostics.map(d => d.code)).toContain('sla-missing-review');
        expect(stderr).toBe('');
    });

    test('runs the slow checks (multi-level floors) when a document is opened or saved, not while typing', async () => {
        const parent = { uri: 'file:///tmp/parent.sla', text: MINIMAL.replace('agreement Minimal', 'agreement Parent') };
        const child = { uri: 'file:///tmp/child.sla', text: 'agreement Child {\n    refines Parent\n    levels { level Slower for Shop { Uptime >= 99.0 % } }\n}\n' };
        const childCodes = () => published.filter(p => p.uri === child.uri).at(-1)?.diagnostics.map(d => d.code) ?? [];
        const published0 = () => published.filter(p => p.uri === child.uri).length;
        await connection.sendNotification('textDocument/didOpen', { textDocument: { ...parent, languageId: 'sla', version: 1 } });
        await connection.sendNotification('textDocument/didOpen', { textDocument: { ...child, languageId: 'sla', version: 1 } });
        await waitFor(() => childCodes().includes('sla-weaker-than-floor') || undefined);

        // Lowering the floor while typing re-validates the child with the fast checks only...
        const before = published0();
        const lowered = parent.text.replace('Uptime >= 99.5 %', 'Uptime >= 98.5 %');
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri: parent.uri, version: 2 }, contentChanges: [{ text: lowered }] });
        await waitFor(() => published0() > before || undefined);
        expect(childCodes()).toContain('sla-missing-goals');
        expect(childCodes()).not.toContain('sla-weaker-than-floor');
        // ... and raising it again, then saving, runs the slow checks for the agreements that refine it.
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri: parent.uri, version: 3 }, contentChanges: [{ text: parent.text }] });
        await connection.sendNotification('textDocument/didSave', { textDocument: { uri: parent.uri } });
        await waitFor(() => childCodes().includes('sla-weaker-than-floor') || undefined);
    });
});
