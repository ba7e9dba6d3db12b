import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    createProtocolConnection, InitializeRequest, StreamMessageReader, StreamMessageWriter, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'langium';
import {
    InsertClauseRequest, InsertSectionRequest, LibraryClausesRequest, LocalesRequest, MissingSectionsRequest, NewAgreementRequest,
    TemplatesRequest, type InsertClauseResult, type InsertSectionResult, type LibraryClauseInfo, type LocaleInfo,
    type NewAgreementResult, type SectionInfo, type TemplateInfo
} from '../../packages/language/src/sla-protocol.js';
import { CLAUSE_LIBRARY } from '../../packages/language/src/catalogue/clause-library.js';
import { AGREEMENT_TEMPLATES } from '../../packages/language/src/generator/templates/agreement-templates.js';
import { MINIMAL, repoRoot } from '../helpers.js';

/** The requests behind "SLA: Insert Section..." and "SLA: New Agreement from Template...", on the bundled server. */
describe('editing requests on the language server', () => {
    let server: ChildProcess;
    let connection: ProtocolConnection;
    let stderr = '';
    const uri = 'file:///tmp/editing/minimal.sla';
    const text = MINIMAL.replace(/    review \{[\s\S]*?\n    \}\n/, '');

    beforeAll(async () => {
        server = spawn(process.execPath, [path.join(repoRoot, 'packages/language/bin/sla-language-server.cjs'), '--stdio']);
        server.stderr!.on('data', chunk => stderr += chunk);
        connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.listen();
        await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sla', version: 1, text } });
    });

    afterAll(() => {
        connection.dispose();
        server.kill();
    });

    test('lists the sections the agreement lacks, in catalogue order', async () => {
        const sections = await connection.sendRequest<SectionInfo[]>(MissingSectionsRequest.method, { uri });
        expect(sections.map(s => [s.keyword, s.presence])).toEqual([
            ['definitions', 'recommended'], ['calendars', 'recommended'], ['packages', 'recommended'], ['purchases', 'recommended'], ['segments', 'optional'],
            ['reporting', 'recommended'], ['review', 'required'], ['clauses', 'recommended']
        ]);
        expect(sections.at(-2)?.why).toMatch(/^An SLA is not static/);
    });

    test('answers the edits of the quick fix for a section', async () => {
        const result = await connection.sendRequest<InsertSectionResult>(InsertSectionRequest.method, { uri, section: 'review' });
        expect(result.sections).toEqual(['review']);
        const inserted = TextDocument.applyEdits(TextDocument.create(uri, 'sla', 1, text), [...result.edits]);
        expect(inserted).toContain('        notice 30 days\n    }\n    review {\n        every 6? months\n        participants Acme, Globex\n');
    });

    test('lists the templates and writes one for two parties', async () => {
        const templates = await connection.sendRequest<TemplateInfo[]>(TemplatesRequest.method);
        expect(templates.map(t => t.id)).toEqual(AGREEMENT_TEMPLATES.map(t => t.id));
        const written = await connection.sendRequest<NewAgreementResult>(NewAgreementRequest.method, { template: 'managed-it-helpdesk', provider: 'Acme Ltd.', customer: 'Globex AG' });
        expect(written.text).toContain('        provider Acme "Acme Ltd." {\n');
        const refused = await connection.sendRequest<NewAgreementResult>(NewAgreementRequest.method, { template: 'nope', provider: 'A', customer: 'B' });
        expect(refused).toEqual({ error: "there is no template 'nope'; templates: managed-it-helpdesk, cloud-hosting-uptime, sales-marketing-leads, internal-multi-level" });
    });

    test('offers the locales, the default first, and writes a template in the one chosen', async () => {
        const locales = await connection.sendRequest<LocaleInfo[]>(LocalesRequest.method);
        expect(locales.map(l => [l.tag, l.currency, l.timeZone, l.isDefault])).toEqual([
            ['en-GB', 'GBP', 'Europe/London', true], ['en-US', 'USD', 'America/New_York', false], ['de-DE', 'EUR', 'Europe/Berlin', false]
        ]);
        const written = await connection.sendRequest<NewAgreementResult>(NewAgreementRequest.method,
            { template: 'managed-it-helpdesk', provider: 'Acme Ltd.', customer: 'Globex AG', locale: 'en-US', currency: 'USD', timeZone: 'America/Chicago' });
        expect(written.text).toContain('    timezone "America/Chicago"\n    locale en-US\n');
        expect(written.text).toContain(' USD per month');
        const refused = await connection.sendRequest<NewAgreementResult>(NewAgreementRequest.method,
            { template: 'managed-it-helpdesk', provider: 'A', customer: 'B', locale: 'en-UK' });
        expect(refused.error).toContain("did you mean 'en-GB'?");
    });

    test('lists the library clauses and inserts one in a new clauses section, then at its end', async () => {
        const clauses = await connection.sendRequest<LibraryClauseInfo[]>(LibraryClausesRequest.method, { uri });
        expect(clauses.map(c => c.name)).toEqual(CLAUSE_LIBRARY.map(c => c.name));
        expect(clauses.find(c => c.name === 'Liability')).toMatchObject({ title: 'Limitation of liability' });
        const first = await connection.sendRequest<InsertClauseResult>(InsertClauseRequest.method, { uri, clause: 'GoverningLaw' });
        const withLaw = TextDocument.applyEdits(TextDocument.create(uri, 'sla', 1, text), [...first.edits]);
        expect(withLaw).toContain('    }\n    clauses {\n        clause GoverningLaw "Governing law and jurisdiction" {\n            paragraph "This agreement is governed by the law of TODO: country or state."\n');
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: withLaw }] });
        expect((await connection.sendRequest<LibraryClauseInfo[]>(LibraryClausesRequest.method, { uri })).map(c => c.name)).not.toContain('GoverningLaw');
        const second = await connection.sendRequest<InsertClauseResult>(InsertClauseRequest.method, { uri, clause: 'Notices' });
        const withNotices = TextDocument.applyEdits(TextDocument.create(uri, 'sla', 2, withLaw), [...second.edits]);
        expect(withNotices).toMatch(/clause GoverningLaw[\s\S]*\n        \}\n        clause Notices "Notices" \{\n[\s\S]*\n        \}\n    \}\n\}\n$/);
        expect((await connection.sendRequest<InsertClauseResult>(InsertClauseRequest.method, { uri, clause: 'GoverningLaw' })).edits).toEqual([]);
        expect((await connection.sendRequest<InsertClauseResult>(InsertClauseRequest.method, { uri, clause: 'NoSuchClause' })).edits).toEqual([]);
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
    });

    test('refuses a request without a document, and keeps running', async () => {
        await expect(connection.sendRequest(MissingSectionsRequest.method, {})).rejects.toThrow(/needs a document uri/);
        expect((await connection.sendRequest<SectionInfo[]>(MissingSectionsRequest.method, { uri })).length).toBe(8);
        await expect(connection.sendRequest(InsertClauseRequest.method, { clause: 'Liability' })).rejects.toThrow(/needs a document uri/);
        expect(stderr).toBe('');
    });
});
