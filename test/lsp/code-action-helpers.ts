/** Requesting and applying code actions the way an editor does, for the quick-fix tests. */
import { TextDocument } from 'langium';
import { expect } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { services, validate } from '../helpers.js';

/** Validates `text` and asks for the code actions of the diagnostics `wanted` selects, all at once as an editor does. */
export async function actionsFor(text: string, wanted: (d: Diagnostic) => boolean, only?: string[]) {
    const result = await validate(text);
    const diagnostics = result.diagnostics.filter(wanted);
    const actions = await services.Sla.lsp.CodeActionProvider!.getCodeActions(result.document, {
        textDocument: { uri: result.document.textDocument.uri },
        range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics, only }
    }) as CodeAction[];
    return { diagnostics, actions, uri: result.document.textDocument.uri };
}

/** Diagnostics with the SLA code (syntax errors keep Langium's code in `data.code` and carry theirs in `code`). */
export const withCode = (code: string) => (d: Diagnostic) => d.code === code || d.data?.code === code;

/** The text after applying the action's edits; every edit only inserts, or replaces `replaceable` ranges' text. */
export function apply(text: string, action: CodeAction, uri: string): string {
    const edits = action.edit!.changes![uri];
    expect(Object.keys(action.edit!.changes!)).toEqual([uri]);
    return TextDocument.applyEdits(TextDocument.create(uri, 'sla', 0, text), edits);
}

/** The text the action's edits remove or replace, each piece as written. */
export function replacedText(text: string, action: CodeAction, uri: string): string[] {
    const document = TextDocument.create(uri, 'sla', 0, text);
    return action.edit!.changes![uri].map(edit => document.getText(edit.range)).filter(Boolean);
}

/**
 * Errors a fix must not add. Placeholders are left out: what a fix invents is marked on purpose, and in an active
 * agreement a placeholder is an error until the parties fill it in (test/clauses/ready-to-sign.test.ts).
 */
export function errors(diagnostics: Diagnostic[]): string[] {
    return diagnostics.filter(d => d.severity === 1 && d.data?.code !== 'sla-placeholder').map(d => `${d.range.start.line + 1}: ${d.data?.code}: ${d.message}`);
}

export const codesOf = (diagnostics: Diagnostic[]) => diagnostics.map(d => d.data?.code as string);
