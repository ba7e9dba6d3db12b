/**
 * What a splice changed, for the build phases after parsing. A phase that can keep its work for the items an
 * edit left alone (scopes, linking, the reference index, the checks) asks the new agreement what the edit
 * replaced: every node outside `removed` is the very node of the previous tree, its CST leaves moved by `shift`
 * when they follow the item. A document parsed in full has no record.
 */
import type { AstNode } from 'langium';
import type { Agreement } from '../generated/ast.js';
import type { Shift } from './cst-shift.js';

export interface SpliceRecord {
    /** The agreement node before the edit (the new one is a copy over the same children). */
    readonly previous: Agreement
    /** The re-parsed item or section as it was, no longer in the tree. */
    readonly removed: AstNode
    /** The node in its place. */
    readonly inserted: AstNode
    /** Where the item starts (unchanged by the edit), and where it ended before and ends now. */
    readonly offset: number
    readonly oldEnd: number
    readonly newEnd: number
    /** How every position after the item moved. */
    readonly shift: Shift
}

const records = new WeakMap<Agreement, SpliceRecord>();

export function recordSplice(root: Agreement, record: SpliceRecord): void {
    records.set(root, record);
    // The previous agreement is built no more: dropping its own record keeps one step, not a chain of every
    // agreement since the document was opened (each holding its whole text).
    records.delete(record.previous);
}

/** The splice that made this agreement node, or undefined when its text was parsed in full. */
export function spliceOf(root: Agreement): SpliceRecord | undefined {
    return records.get(root);
}
