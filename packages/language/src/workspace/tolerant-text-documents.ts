/**
 * The editor's copies of open documents, kept as `vscode-languageserver-textdocument` keeps them, but tolerant of
 * protocol-invalid messages that clients do send: a `didOpen` whose text is `null` or missing becomes an empty
 * document that the document factory reports (see sla-document-factory.ts), and a `didChange` entry without a
 * text is ignored instead of corrupting the copy.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { NormalizedTextDocuments } from 'langium/lsp';
import type { TextDocumentsConfiguration } from 'vscode-languageserver';

/** Documents opened without a text; the factory reports them instead of an empty agreement's missing sections. */
const openedWithoutText = new WeakSet<TextDocument>();

export function wasOpenedWithoutText(document: TextDocument | undefined): boolean {
    return document !== undefined && openedWithoutText.has(document);
}

const tolerantConfiguration: TextDocumentsConfiguration<TextDocument> = {
    create(uri, languageId, version, content) {
        if (typeof content === 'string') return TextDocument.create(uri, languageId, version, content);
        const document = TextDocument.create(uri, typeof languageId === 'string' ? languageId : 'sla', Number.isInteger(version) ? version : 0, '');
        openedWithoutText.add(document);
        return document;
    },
    update(document, changes, version) {
        const valid = (Array.isArray(changes) ? changes : []).filter(isValidChange);
        return TextDocument.update(document, valid, Number.isInteger(version) ? version : document.version + 1);
    }
};

function isValidChange(change: TextDocumentContentChangeEvent): boolean {
    if (typeof change?.text !== 'string') return false;
    if (!('range' in change) || change.range === undefined) return true;
    const { start, end } = change.range ?? {};
    return [start, end].every(p => Number.isInteger(p?.line) && Number.isInteger(p?.character) && p.line >= 0 && p.character >= 0);
}

export function createTolerantTextDocuments(): NormalizedTextDocuments<TextDocument> {
    return new NormalizedTextDocuments(tolerantConfiguration);
}
