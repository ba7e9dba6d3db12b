/**
 * "SLA: New Agreement from Template...", "SLA: Insert Section..." and "SLA: Insert Clause...". All ask the language
 * server, which writes templates with the same generator as `sla new`, inserts sections exactly as the
 * missing-section quick fix and clauses from the same library as the clause snippets.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import {
    InsertClauseRequest, InsertSectionRequest, LibraryClausesRequest, LocalesRequest, MissingSectionsRequest, type InsertClauseParams,
    type InsertClauseResult, type LibraryClauseInfo, type LibraryClausesParams, NewAgreementRequest, TemplatesRequest, type InsertSectionParams,
    type InsertSectionResult, type MissingSectionsParams, type NewAgreementParams, type NewAgreementResult,
    type LocaleInfo, type SectionInfo, type TemplateInfo
} from 'sla-language/protocol';

export const NEW_AGREEMENT_COMMAND = 'sla.newAgreement';
export const INSERT_SECTION_COMMAND = 'sla.insertSection';
export const INSERT_CLAUSE_COMMAND = 'sla.insertClause';

export function registerEditingCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
    context.subscriptions.push(
        vscode.commands.registerCommand(NEW_AGREEMENT_COMMAND, () => newAgreement(client)),
        vscode.commands.registerCommand(INSERT_SECTION_COMMAND, () => insertSection(client)),
        vscode.commands.registerCommand(INSERT_CLAUSE_COMMAND, () => insertClause(client))
    );
}

async function newAgreement(client: LanguageClient): Promise<void> {
    const templates = await client.sendRequest<TemplateInfo[]>(TemplatesRequest.method);
    const template = await vscode.window.showQuickPick(
        templates.map(t => ({ label: t.title, detail: t.description, id: t.id })),
        { title: 'New Agreement from Template', placeHolder: 'Choose a template', matchOnDetail: true });
    if (!template) return;
    const provider = await askName('The provider\'s legal name', 'e.g. Acme Managed Services GmbH');
    if (provider === undefined) return;
    const customer = await askName('The customer\'s legal name', 'e.g. Globex Logistics AG');
    if (customer === undefined) return;
    const regional = await askRegional(client);
    if (!regional) return;
    const params: NewAgreementParams = { template: template.id, provider, customer, ...regional };
    const result = await client.sendRequest<NewAgreementResult>(NewAgreementRequest.method, params);
    if (result.text === undefined) {
        void vscode.window.showErrorMessage(`No agreement written: ${result.error ?? 'the server gave no reason'}.`);
        return;
    }
    const document = await vscode.workspace.openTextDocument({ language: 'sla', content: result.text });
    await vscode.window.showTextDocument(document);
}

/** The locale, then its currency and time zone, prefilled with the locale's: Enter accepts them. */
async function askRegional(client: LanguageClient): Promise<Pick<NewAgreementParams, 'locale' | 'currency' | 'timeZone'> | undefined> {
    const locales = await client.sendRequest<LocaleInfo[]>(LocalesRequest.method);
    const locale = await vscode.window.showQuickPick(
        locales.map(l => ({ label: l.name, description: l.tag, detail: `${l.currency}, ${l.timeZone}${l.isDefault ? ' (default)' : ''}`, locale: l })),
        { title: 'New Agreement from Template', placeHolder: 'The language and country the agreement is written for', matchOnDescription: true });
    if (!locale) return undefined;
    const currency = await askValue('The currency of the prices (ISO 4217)', locale.locale.currency);
    if (currency === undefined) return undefined;
    const timeZone = await askValue('The time zone service levels are measured in (IANA)', locale.locale.timeZone);
    if (timeZone === undefined) return undefined;
    return { locale: locale.locale.tag, currency, timeZone };
}

function askValue(prompt: string, value: string): Thenable<string | undefined> {
    return vscode.window.showInputBox({
        title: 'New Agreement from Template', prompt, value, ignoreFocusOut: true,
        validateInput: text => text.trim() ? undefined : 'Give a value, or press Escape to cancel.'
    });
}

function askName(prompt: string, placeHolder: string): Thenable<string | undefined> {
    return vscode.window.showInputBox({
        title: 'New Agreement from Template', prompt, placeHolder, ignoreFocusOut: true,
        validateInput: value => value.trim() ? undefined : 'Give the party\'s name.'
    });
}

async function insertSection(client: LanguageClient): Promise<void> {
    const editor = slaEditor('insert a section into');
    if (!editor) return;
    const uri = editor.document.uri.toString();
    const missing = await client.sendRequest<SectionInfo[]>(MissingSectionsRequest.method, { uri } satisfies MissingSectionsParams);
    if (!missing.length) {
        void vscode.window.showInformationMessage('The agreement has every section of the catalogue.');
        return;
    }
    const picked = await vscode.window.showQuickPick(
        missing.map(section => ({ label: section.keyword, description: `${section.title} · ${section.presence}`, detail: section.why, id: section.id })),
        { title: 'Insert Section', placeHolder: 'Choose a section the agreement does not have yet', matchOnDescription: true });
    if (!picked) return;
    const result = await client.sendRequest<InsertSectionResult>(InsertSectionRequest.method, { uri, section: picked.id } satisfies InsertSectionParams);
    await applyAndReveal(client, editor, result.edits, new RegExp(`^[ \\t]*${picked.label}[ \\t]*\\{`, 'm'));
}

async function insertClause(client: LanguageClient): Promise<void> {
    const editor = slaEditor('insert a clause into');
    if (!editor) return;
    const uri = editor.document.uri.toString();
    const missing = await client.sendRequest<LibraryClauseInfo[]>(LibraryClausesRequest.method, { uri } satisfies LibraryClausesParams);
    if (!missing.length) {
        void vscode.window.showInformationMessage('The agreement has every clause of the clause library.');
        return;
    }
    const picked = await vscode.window.showQuickPick(
        missing.map(clause => ({ label: clause.title, description: clause.name, detail: clause.why, name: clause.name })),
        { title: 'Insert Clause', placeHolder: 'Choose a clause; TODO marks what only the parties can fill in', matchOnDetail: true });
    if (!picked) return;
    const result = await client.sendRequest<InsertClauseResult>(InsertClauseRequest.method, { uri, clause: picked.name } satisfies InsertClauseParams);
    await applyAndReveal(client, editor, result.edits, new RegExp(`^[ \\t]*clause[ \\t]+${picked.name}\\b`, 'm'));
}

function slaEditor(purpose: string): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor && editor.document.languageId === 'sla') return editor;
    void vscode.window.showInformationMessage(`Open an agreement (.sla) to ${purpose}.`);
    return undefined;
}

/** Applies the server's edits and puts the cursor on the first line `inserted` matches. */
async function applyAndReveal(client: LanguageClient, editor: vscode.TextEditor, serverEdits: InsertSectionResult['edits'], inserted: RegExp): Promise<void> {
    const edits = await client.protocol2CodeConverter.asTextEdits([...serverEdits]);
    if (!edits?.length) return;
    const edit = new vscode.WorkspaceEdit();
    edit.set(editor.document.uri, edits);
    if (!await vscode.workspace.applyEdit(edit)) return;
    const offset = editor.document.getText().search(inserted);
    if (offset >= 0) {
        const position = editor.document.positionAt(offset);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
}
