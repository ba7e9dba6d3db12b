/**
 * What changed in an open document since it was last parsed, as the editor said it: `didChange` messages carry the
 * ranges they replace, so the incremental parser need not compare the old and new texts to find the edit (a walk
 * over the whole text on every keystroke). The editor's copies (tolerant-text-documents.ts) record each change here;
 * several changes before the next parse add up to the one stretch that covers them all.
 *
 * A record belongs to the text document object (which `vscode-languageserver-textdocument` updates in place) and
 * names the exact texts it leads from and to: it is used only when the text last parsed is the one it starts from
 * (the same string, so the check costs nothing) and the text now parsed is the one it ends at. Anything else (a
 * change on disk, a full-text change, a document replaced) has no record, and the parser compares the texts.
 */
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** The changed stretch of text: from `start`, `oldEnd - start` characters replaced by `newEnd - start`. */
export interface TextChange {
    start: number
    oldEnd: number
    newEnd: number
}

interface ChangeRecord extends TextChange {
    /** The text the change starts from, and the text it leads to. */
    from: string
    to: string
}

const records = new WeakMap<TextDocument, ChangeRecord>();

/**
 * Applies the editor's changes to `document` (in order, as `TextDocument.update` does) and records the stretch
 * they changed since the text the record starts from. A change without a range replaces the whole text: the
 * record is dropped, and the next parse compares texts.
 */
export function applyRecordingChanges(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number,
    update: (document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) => TextDocument): TextDocument {
    let record = records.get(document);
    if (record && record.to !== document.getText()) record = undefined;
    for (const change of changes) {
        if (!('range' in change) || !change.range) {
            record = undefined;
            document = update(document, [change], version);
            continue;
        }
        const before = document.getText();
        // The range as the library reads it (it clamps positions past a line's or the text's end).
        let start = document.offsetAt(change.range.start);
        let end = document.offsetAt(change.range.end);
        if (start > end) [start, end] = [end, start];
        document = update(document, [change], version);
        record = joined(record ?? { from: before, to: before, start, oldEnd: start, newEnd: start },
            start, end, change.text.length, document.getText());
    }
    if (!changes.length) document = update(document, changes, version);
    if (record) records.set(document, record);
    else records.delete(document);
    return document;
}

/**
 * The stretch covering `record` and then `[start, end)` of its new text replaced by `length` characters. Positions
 * before the record's start are the same in all three texts; positions after its new end are `newEnd - oldEnd` on
 * from its old end.
 */
function joined(record: ChangeRecord, start: number, end: number, length: number, to: string): ChangeRecord {
    const from = Math.min(record.start, start);
    const until = Math.max(record.newEnd, end);
    return {
        from: record.from, to, start: from,
        oldEnd: until - (record.newEnd - record.oldEnd),
        newEnd: until + length - (end - start)
    };
}

/** The stretch the editor changed to make `newText` from `oldText` in this document, if it is known. */
export function changedStretch(document: TextDocument | undefined, oldText: string, newText: string): TextChange | undefined {
    const record = document && records.get(document);
    if (!record || record.from !== oldText || record.to !== newText) return undefined;
    return { start: record.start, oldEnd: record.oldEnd, newEnd: record.newEnd };
}

/** Forgets the record once the document's text is parsed: later changes start from that text. */
export function forgetChanges(document: TextDocument | undefined): void {
    if (document) records.delete(document);
}
