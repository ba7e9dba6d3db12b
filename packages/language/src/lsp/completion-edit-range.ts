/**
 * A completion list as LSP 3.17 lets a client take it (VS Code announces `completionList.itemDefaults: ['editRange']`):
 * the range every item replaces, sent once as the list's `itemDefaults.editRange`, and each item's text as
 * `textEditText`, or nothing where it is the label. A list of every level of a large agreement then carries a
 * range once instead of once per item. The client reads each item as having the text edit it had; where the items'
 * ranges differ, the list keeps its text edits.
 */
import type { CompletionItem, CompletionList, InsertReplaceEdit, Range, TextEdit } from 'vscode-languageserver';

type EditRange = Range | { insert: Range, replace: Range };

/** The list with its items' shared range sent once, or the list as it is when the items do not share one. */
export function withSharedEditRange(list: CompletionList): CompletionList {
    const first = list.items[0]?.textEdit;
    if (!first) return list;
    const range = editRangeOf(first);
    if (!list.items.every(item => item.textEdit && sameEditRange(editRangeOf(item.textEdit), range))) return list;
    const items = list.items.map(({ textEdit, ...item }): CompletionItem => textEdit!.newText === item.label ? item : { ...item, textEditText: textEdit!.newText });
    return { ...list, itemDefaults: { ...list.itemDefaults, editRange: range }, items };
}

function editRangeOf(edit: TextEdit | InsertReplaceEdit): EditRange {
    return 'range' in edit ? edit.range : { insert: edit.insert, replace: edit.replace };
}

function sameEditRange(a: EditRange, b: EditRange): boolean {
    if ('insert' in a || 'insert' in b) {
        return 'insert' in a && 'insert' in b && sameRange(a.insert, b.insert) && sameRange(a.replace, b.replace);
    }
    return sameRange(a, b);
}

function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
