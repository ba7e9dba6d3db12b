/**
 * The editor's copies of open documents, kept as `vscode-languageserver-textdocument` keeps them, but tolerant of
 * protocol-invalid messages that clients do send: a `didOpen` whose text is `null` or missing becomes an empty
 * document that the document factory reports (see sla-document-factory.ts), a `didChange` entry without a text or
 * with a broken range is ignored instead of corrupting the copy, and a message without a document is dropped
 * (logged) instead of throwing inside the document manager. Each change's range is recorded (changed-stretch.ts)
 * for the incremental parser.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { NormalizedTextDocuments } from 'langium/lsp';
import type { Connection, TextDocumentsConfiguration } from 'vscode-languageserver';
import { applyRecordingChanges } from './changed-stretch.js';

/** Documents opened without a text; the factory reports them instead of an empty agreement's missing sections. */
const openedWithoutText = new WeakSet<TextDocument>();

export function wasOpenedWithoutText(document: TextDocument | undefined): boolean {
    return document !== undefined && openedWithoutText.has(document);
}

/** How the editor's copies are made and changed (exported for tests that change a document as the editor does). */
export const tolerantConfiguration: TextDocumentsConfiguration<TextDocument> = {
    create(uri, languageId, version, content) {
        if (typeof content === 'string') return TextDocument.create(uri, languageId, version, content);
        const document = TextDocument.create(uri, typeof languageId === 'string' ? languageId : 'sla', Number.isInteger(version) ? version : 0, '');
        openedWithoutText.add(document);
        return document;
    },
    update(document, changes, version) {
        const valid = (Array.isArray(changes) ? changes : []).filter(isValidChange);
        return applyRecordingChanges(document, valid, Number.isInteger(version) ? version : document.version + 1, TextDocument.update);
    }
};

function isValidChange(change: TextDocumentContentChangeEvent): boolean {
    if (typeof change?.text !== 'string') return false;
    if (!('range' in change) || change.range === undefined) return true;
    const { start, end } = change.range ?? {};
    return [start, end].every(p => Number.isInteger(p?.line) && Number.isInteger(p?.character) && p.line >= 0 && p.character >= 0);
}

/** The document notifications the manager listens to, each of which must name a document by its URI. */
const DOCUMENT_NOTIFICATIONS = ['onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidCloseTextDocument',
    'onWillSaveTextDocument', 'onWillSaveTextDocumentWaitUntil', 'onDidSaveTextDocument'];

class TolerantTextDocuments extends NormalizedTextDocuments<TextDocument> {
    override listen(connection: Connection) {
        return super.listen(new Proxy(connection, {
            get(target, property, receiver) {
                const value = Reflect.get(target, property, receiver);
                if (typeof property !== 'string' || !DOCUMENT_NOTIFICATIONS.includes(property)) return value;
                return (handler: (event: unknown) => unknown) => value.call(target, (event: unknown) => {
                    const valid = validEvent(event, property === 'onDidChangeTextDocument');
                    if (!valid) {
                        console.error(`SLA: ignored a ${property.slice(2)} message without a document URI.`);
                        return undefined;
                    }
                    return handler(valid);
                });
            }
        }));
    }
}

/** The event with a usable document URI, a list of changes and a version where the manager needs them. */
function validEvent(event: unknown, isChange: boolean): object | undefined {
    const document = (event as { textDocument?: { uri?: unknown, version?: unknown } } | undefined)?.textDocument;
    if (typeof document?.uri !== 'string') return undefined;
    if (!isChange) return event as object;
    const changes = (event as { contentChanges?: unknown }).contentChanges;
    // A missing version is replaced by one the update ignores (tolerantConfiguration counts on).
    const version = Number.isInteger(document.version) ? document.version : Number.NaN;
    return { ...event as object, textDocument: { ...document, version }, contentChanges: Array.isArray(changes) ? changes : [] };
}

export function createTolerantTextDocuments(): NormalizedTextDocuments<TextDocument> {
    return new TolerantTextDocuments(tolerantConfiguration);
}
