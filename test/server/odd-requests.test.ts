/**
 * Requests with odd but legal parameters, as editors other than VS Code send them: optional fields left out, a
 * diagnostic without data (or, as Neovim 0.7-0.10 may send, without a range) in a code-action context, positions
 * past the end of the document, documents the server never saw, empty contexts. Each is sent to the bundled server
 * over stdio; none may be answered with an internal error, and the server must keep answering.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    type CodeAction, createProtocolConnection, ErrorCodes, InitializeRequest, PublishDiagnosticsNotification, StreamMessageReader,
    StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { IssueCodes } from '../../packages/language/src/validation/issue-codes.js';
import { MINIMAL, repoRoot } from '../helpers.js';

const uri = 'file:///tmp/odd-requests/minimal.sla';
const unknown = 'file:///tmp/odd-requests/never-opened.sla';
const notSla = 'file:///tmp/odd-requests/notes.txt';
const text = MINIMAL.replace(/    review \{[\s\S]*?\n    \}\n/, '').replace('obliged Acme', 'obliged Acmee');
const lines = text.split('\n').length;

const past = { line: lines + 10, character: 500 };
const lineEnd = { line: 1, character: 1000 };
const start = { line: 0, character: 0 };
const wholeAndMore = { start, end: past };

/** Every issue code, and Langium's own, on a diagnostic without data: each fixer must cope. */
const CODES = [...Object.values(IssueCodes).filter((code): code is string => typeof code === 'string'),
    IssueCodes.missingSection('review'), 'linking-error', 'parsing-error', 'lexing-error'];

type Probe = readonly [method: string, params: unknown];

function documentProbes(doc: string): Probe[] {
    const td = { uri: doc };
    return [
        ['textDocument/completion', { textDocument: td, position: past }],
        ['textDocument/completion', { textDocument: td, position: lineEnd, context: {} }],
        ['textDocument/completion', { textDocument: td, position: { line: -1, character: -1 } }],
        ['textDocument/hover', { textDocument: td, position: past }],
        ['textDocument/hover', { textDocument: td, position: lineEnd }],
        ['textDocument/definition', { textDocument: td, position: past }],
        ['textDocument/declaration', { textDocument: td, position: past }],
        ['textDocument/references', { textDocument: td, position: past }],
        ['textDocument/references', { textDocument: td, position: { line: 3, character: 10 }, context: {} }],
        ['textDocument/documentHighlight', { textDocument: td, position: past }],
        ['textDocument/prepareRename', { textDocument: td, position: past }],
        ['textDocument/rename', { textDocument: td, position: past, newName: '' }],
        ['textDocument/rename', { textDocument: td, position: { line: 3, character: 18 }, newName: '' }],
        ['textDocument/codeAction', { textDocument: td, range: wholeAndMore, context: {} }],
        ['textDocument/codeAction', { textDocument: td, range: wholeAndMore, context: { diagnostics: [] } }],
        ['textDocument/codeAction', { textDocument: td, range: wholeAndMore, context: { diagnostics: [{ message: 'no range' }] } }],
        ['textDocument/codeAction', { textDocument: td, range: wholeAndMore, context: { diagnostics: [{ range: wholeAndMore, message: 'no code' }], only: [] } }],
        ['textDocument/codeAction', { textDocument: td, range: wholeAndMore, context: { diagnostics: [], only: ['source'] } }],
        ['textDocument/codeAction', { textDocument: td, range: wholeAndMore, context: { diagnostics: [{ range: wholeAndMore, message: 'x', code: 42, data: null }] } }],
        ...CODES.flatMap((code): Probe[] => [
            ['textDocument/codeAction', { textDocument: td, range: wholeAndMore, context: { diagnostics: [{ range: { start, end: start }, message: 'x', code }] } }],
            ['textDocument/codeAction', { textDocument: td, range: wholeAndMore, context: { diagnostics: [{ range: { start: past, end: past }, message: 'x', code, data: { code } }] } }],
            ['textDocument/codeAction', { textDocument: td, range: wholeAndMore, context: { diagnostics: [{ message: 'x', data: { code, candidates: 'nope', services: 7, expected: {} } }] } }]
        ]),
        ['textDocument/formatting', { textDocument: td, options: {} }],
        ['textDocument/rangeFormatting', { textDocument: td, range: wholeAndMore, options: { tabSize: 4, insertSpaces: true } }],
        ['textDocument/onTypeFormatting', { textDocument: td, position: past, ch: '}', options: { tabSize: 4, insertSpaces: true } }],
        ['textDocument/documentSymbol', { textDocument: td }],
        ['textDocument/foldingRange', { textDocument: td }],
        ['textDocument/semanticTokens/full', { textDocument: td }],
        ['textDocument/semanticTokens/range', { textDocument: td, range: wholeAndMore }],
        ['textDocument/documentLink', { textDocument: td }],
        ['textDocument/codeLens', { textDocument: td }],
        ['textDocument/inlayHint', { textDocument: td, range: wholeAndMore }],
        ['textDocument/signatureHelp', { textDocument: td, position: past }],
        ['textDocument/hover', { textDocument: td, position: { line: -1, character: -1 } }],
        ['textDocument/definition', { textDocument: td, position: { line: 0, character: -5 } }],
        ['textDocument/typeDefinition', { textDocument: td, position: past }],
        ['textDocument/implementation', { textDocument: td, position: past }],
        ['textDocument/selectionRange', { textDocument: td, positions: [past] }],
        ['textDocument/linkedEditingRange', { textDocument: td, position: past }],
        ['textDocument/diagnostic', { textDocument: td }],
        ['sla/render', { uri: doc }],
        ['sla/render', { uri: doc, format: 'html', html: {} }],
        ['sla/missingSections', { uri: doc }],
        ['sla/insertSection', { uri: doc }],
        ['sla/insertSection', { uri: doc, section: 'nope' }],
        ['sla/evaluate', { uri: doc }],
        ['sla/evaluate', { uri: doc, dataFiles: [] }]
    ];
}

const PROBES: Probe[] = [
    ...documentProbes(uri),
    ...documentProbes(unknown),
    ...documentProbes(notSla),
    ['workspace/symbol', { query: '' }],
    ['workspace/symbol', {}],
    ['completionItem/resolve', { label: 'x' }],
    ['codeAction/resolve', { title: 'x' }],
    ['codeLens/resolve', { range: wholeAndMore }],
    ['workspace/executeCommand', { command: 'nope' }],
    ['sla/render', {}],
    ['sla/missingSections', {}],
    ['sla/insertSection', {}],
    ['sla/templates', {}],
    ['sla/newAgreement', {}],
    ['sla/newAgreement', { template: 'managed-it-helpdesk' }],
    ['sla/evaluate', {}]
];

describe('requests with odd but legal parameters', () => {
    let server: ChildProcess;
    let connection: ProtocolConnection;
    let stderr = '';
    const published: PublishDiagnosticsParams[] = [];

    beforeAll(async () => {
        server = spawn(process.execPath, [path.join(repoRoot, 'packages/language/bin/sla-language-server.cjs'), '--stdio']);
        server.stderr!.on('data', chunk => stderr += chunk);
        connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification(PublishDiagnosticsNotification.type, params => published.push(params));
        connection.listen();
        // The fewest capabilities a client may announce.
        await connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sla', version: 1, text } });
    });

    afterAll(() => {
        connection.dispose();
        server.kill();
    });

    test('none is answered with an internal error', async () => {
        const failures: string[] = [];
        for (const [method, params] of PROBES) {
            try {
                await connection.sendRequest(method, params);
            } catch (error) {
                const { code, message } = error as { code?: number, message?: string };
                if (code === ErrorCodes.InternalError || code === ErrorCodes.UnknownErrorCode || /Cannot read|undefined|is not a function/.test(message ?? '')) {
                    failures.push(`${method} ${JSON.stringify(params).slice(0, 200)}: ${code} ${message}`);
                }
            }
        }
        expect(failures).toEqual([]);
    }, 120_000);

    test('a diagnostic sent back without range and data still gets its fixes, at the published range', async () => {
        const deadline = Date.now() + 15_000;
        let diagnostic;
        while (!(diagnostic = published.find(p => p.uri === uri)?.diagnostics.find(d => d.message.includes('Acmee')))) {
            if (Date.now() > deadline) throw new Error('no diagnostic published');
            await new Promise(resolve => setTimeout(resolve, 20));
        }
        const stripped = { message: diagnostic.message, code: diagnostic.code };
        const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: wholeAndMore, context: { diagnostics: [stripped] } });
        const change = actions.find(action => action.title === "Change to 'Acme'");
        expect(change?.edit?.changes?.[uri]).toEqual([{ range: diagnostic.range, newText: 'Acme' }]);
    });

    test('odd notifications (a change past the end, closing what was never opened) leave the server answering', async () => {
        await connection.sendNotification('textDocument/didClose', { textDocument: { uri: unknown } });
        await connection.sendNotification('textDocument/didSave', { textDocument: { uri: unknown } });
        await connection.sendNotification('workspace/didChangeConfiguration', {});
        await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [] });
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: past, end: past }, text: '\n// appended' }] });
        const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 10 } });
        expect(hover).toBeDefined();
    });

    test('the server still answers, and wrote no stack trace', async () => {
        const symbols = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        expect(symbols).not.toHaveLength(0);
        expect(stderr).not.toMatch(/\n\s+at /);
    });
});
