/**
 * The differential check: one document edited in place (the editor's path, through `DocumentBuilder.update`,
 * where incremental parsing happens) and, after every edit, a fresh full build of the same text in separate
 * services. Both must show the user exactly the same thing.
 */
import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { expect } from 'vitest';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { readExample } from '../helpers.js';
import { applyEdit, type Edit } from './edits.js';
import { snapshotOf } from './snapshot.js';
import { tolerantConfiguration } from '../../packages/language/src/workspace/tolerant-text-documents.js';

/** The validation that runs while typing; the fresh build must run the same. */
const TYPING_VALIDATION = { validation: { categories: ['built-in', 'fast'] as ('built-in' | 'fast')[] } };

export interface Context {
    /** Other agreements of the workspace (e.g. the parent a multi-level agreement refines), loaded on both sides. */
    others?: { uri: string, text: string }[]
}

/** A refining agreement is edited with its parent loaded, as in a workspace. */
export function contextOf(file: string): Context {
    if (file === 'multi-level/finance-erp.sla') {
        return { others: [{ uri: 'file:///differential/corporate-it.sla', text: readExample('multi-level/corporate-it.sla') }] };
    }
    return {};
}

type Services = ReturnType<typeof createSlaServices>;

async function withOthers(services: Services, context: Context): Promise<void> {
    const documents = (context.others ?? []).map(o => services.shared.workspace.LangiumDocumentFactory.fromString(o.text, URI.parse(o.uri)));
    for (const document of documents) services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build(documents, TYPING_VALIDATION);
}

/** An editor session on one document, checked against full builds after every edit. */
export class DifferentialSession {
    readonly edited = createSlaServices(EmptyFileSystem);
    readonly fresh = createSlaServices(EmptyFileSystem);
    readonly uri = URI.parse('file:///differential/agreement.sla');
    private version = 0;

    static async start(text: string, context: Context = {}): Promise<DifferentialSession> {
        const session = new DifferentialSession();
        await withOthers(session.edited, context);
        await withOthers(session.fresh, context);
        await session.open(text);
        return session;
    }

    private async open(text: string): Promise<void> {
        const { workspace } = this.edited.shared;
        const textDocument = TextDocument.create(this.uri.toString(), 'sla', this.version, text);
        workspace.TextDocuments!.set(textDocument);
        const document = workspace.LangiumDocumentFactory.fromTextDocument(textDocument, this.uri);
        workspace.LangiumDocuments.addDocument(document);
        await workspace.DocumentBuilder.build([document], TYPING_VALIDATION);
    }

    /**
     * Types `text` into the open document the way the language server receives it, and builds. Every other change
     * comes as the ranges an editor sends (recorded for the incremental parser), sometimes split in two changes of
     * one message or two messages before one build; the others replace the document (as a change on disk does),
     * where the parser compares the texts.
     */
    async change(text: string): Promise<void> {
        const { workspace } = this.edited.shared;
        const version = ++this.version;
        const current = workspace.TextDocuments!.get(this.uri.toString());
        if (version % 2 === 0 || !current) workspace.TextDocuments!.set(TextDocument.create(this.uri.toString(), 'sla', version, text));
        else {
            const [first, second] = editorChanges(current, text);
            if (version % 4 === 1) workspace.TextDocuments!.set(tolerantConfiguration.update(current, [first, second], version));
            else {
                tolerantConfiguration.update(current, [first], version);
                workspace.TextDocuments!.set(tolerantConfiguration.update(current, [second], version));
            }
            expect(current.getText()).toBe(text);
        }
        await workspace.DocumentBuilder.update([this.uri], []);
        const last = this.edited.Sla.incremental.IncrementalParser.last;
        const path = last?.path === 'full' ? last.reason : `spliced ${last?.unit}`;
        this.paths.set(path, (this.paths.get(path) ?? 0) + 1);
    }

    /** How often each parse path ran (spliced, or full and why), for the test to show that splicing was exercised. */
    readonly paths = new Map<string, number>();

    /** A fresh full build of `text`, in the other services. */
    async fullBuild(text: string): Promise<LangiumDocument> {
        const { workspace } = this.fresh.shared;
        if (workspace.LangiumDocuments.hasDocument(this.uri)) await workspace.DocumentBuilder.update([], [this.uri]);
        const document = workspace.LangiumDocumentFactory.fromString(text, this.uri);
        workspace.LangiumDocuments.addDocument(document);
        await workspace.DocumentBuilder.build([document], TYPING_VALIDATION);
        return document;
    }

    /** Expects the edited document to show exactly what a full build of its text shows. */
    async expectSameAsFullBuild(step: string): Promise<void> {
        const document = this.edited.shared.workspace.LangiumDocuments.getDocument(this.uri)!;
        const text = document.textDocument.getText();
        const expected = await snapshotOf(await this.fullBuild(text), this.fresh.Sla);
        const actual = await snapshotOf(document, this.edited.Sla);
        expect(actual.ast, step).toEqual(expected.ast);
        expect(actual.cst, step).toEqual(expected.cst);
        expect(actual.diagnostics, step).toEqual(expected.diagnostics);
        expect(actual.semanticTokens, step).toEqual(expected.semanticTokens);
        expect(actual.references, step).toEqual(expected.references);
        expect(actual.referenceIndex, step).toEqual(expected.referenceIndex);
        expect(actual.localSymbols, step).toEqual(expected.localSymbols);
    }

    /** Runs an editing session: every edit, then the comparison. Starts from `start` (an edit itself when the document holds another text). */
    async run(start: string, edits: Edit[]): Promise<void> {
        const current = this.edited.shared.workspace.LangiumDocuments.getDocument(this.uri)!.textDocument.getText();
        if (current !== start) await this.change(start);
        const history = [start];
        for (const [i, edit] of edits.entries()) {
            const text = applyEdit(history, edit);
            if (edit.kind === 'undo' && history.length > 1) history.pop();
            else history.push(text);
            await this.change(text);
            await this.expectSameAsFullBuild(`after edit ${i + 1} (${JSON.stringify(edit)})`);
        }
    }
}

/**
 * The editor's changes that make `text` of the document: the differing stretch, replaced in two steps (its old
 * text by the first half of the new, then the second half inserted after it), as a user types.
 */
function editorChanges(document: TextDocument, text: string): [TextDocumentContentChangeEvent, TextDocumentContentChangeEvent] {
    const old = document.getText();
    let start = 0;
    while (start < Math.min(old.length, text.length) && old[start] === text[start]) start++;
    let suffix = 0;
    while (suffix < Math.min(old.length, text.length) - start && old[old.length - 1 - suffix] === text[text.length - 1 - suffix]) suffix++;
    const inserted = text.slice(start, text.length - suffix);
    const half = Math.floor(inserted.length / 2);
    const at = document.positionAt(start);
    // After the first change, the second half goes where the first half ends.
    const afterFirst = TextDocument.create('', 'sla', 0, old.slice(0, start) + inserted.slice(0, half)).positionAt(start + half);
    return [
        { range: { start: at, end: document.positionAt(old.length - suffix) }, text: inserted.slice(0, half) },
        { range: { start: afterFirst, end: afterFirst }, text: inserted.slice(half) }
    ];
}
