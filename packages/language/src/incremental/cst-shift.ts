/**
 * Moving CST leaves after a splice. Langium's leaves store absolute offsets, lines and columns, and composite
 * nodes cache their range: every leaf after the re-parsed item moves by the item's change in length, lines and
 * (on the line where the item ended) columns. These fields are private in Langium; this is the one place that
 * writes them.
 */
import { type CompositeCstNode, type CstNode } from 'langium';

/** The private fields of Langium's `LeafCstNodeImpl` and `CompositeCstNodeImpl`. */
interface LeafFields {
    _offset: number
    _startLine: number
    _startColumn: number
    _endLine: number
    _endColumn: number
}
interface CompositeFields {
    _rangeCache: unknown
}

/** How positions move: by `offset` characters and `lines` lines; a leaf on `onLine` also by `columns` columns. */
export interface Shift {
    offset: number
    lines: number
    onLine: number
    columns: number
}

export function shiftSubtree(node: CstNode, shift: Shift): void {
    // An item that kept its length and its lines (a value overtyped) moves nothing after it.
    if (!shift.offset && !shift.lines && !shift.columns) return;
    // `content` is read directly (not through `isCompositeCstNode`): this runs for every leaf after the edit.
    const content = (node as { content?: CstNode[] }).content;
    if (content) {
        forgetRange(node as CompositeCstNode);
        for (let i = 0; i < content.length; i++) shiftSubtree(content[i], shift);
        return;
    }
    const leaf = node as unknown as LeafFields;
    leaf._offset += shift.offset;
    if (leaf._startLine === shift.onLine) leaf._startColumn += shift.columns;
    if (leaf._endLine === shift.onLine) leaf._endColumn += shift.columns;
    if (shift.lines) {
        leaf._startLine += shift.lines;
        leaf._endLine += shift.lines;
    }
}

/** Drops a composite node's cached range, after its leaves moved. */
export function forgetRange(node: CompositeCstNode): void {
    (node as unknown as CompositeFields)._rangeCache = undefined;
}
