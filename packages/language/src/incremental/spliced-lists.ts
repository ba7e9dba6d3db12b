/**
 * Lists in document order that a build phase keeps per agreement (declarations, their descriptions, references),
 * brought up to date after a splice instead of being collected again: what lay inside the removed item is left
 * out and what the inserted item holds is put in its place. Entries outside the item are the same objects as
 * before, and those after it already stand at their new positions (their CST leaves were moved).
 */
import { AstUtils, type AstNode } from 'langium';
import type { SpliceRecord } from './splice-record.js';

/** Whether a node is the item the splice removed or lies inside it. */
export function isInRemoved(node: AstNode, splice: SpliceRecord): boolean {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (current === splice.removed) return true;
    }
    return false;
}

/**
 * `previous` with the entries inside the removed item replaced by `inserted`. `offsetOf` gives where an entry
 * stands in the text (after the item: where it stands now); `inRemoved` whether it lay inside the removed item.
 * The entries before the item are found by bisection, and the rest is copied, so that an edit costs what the
 * item holds, not what the agreement holds. Bisection needs every entry before the item to come before every
 * entry from the item on; entries in the order of the AST (not always that of the text inside an item) are,
 * because the nodes around a re-parsed item (the agreement, sections) hold no references or names of their own.
 */
export function spliceList<T>(
    previous: readonly T[], splice: SpliceRecord, offsetOf: (entry: T) => number, inRemoved: (entry: T) => boolean,
    inserted: readonly T[]
): T[] {
    const { start, end } = removedRange(previous, splice, offsetOf, inRemoved);
    return previous.slice(0, start).concat(inserted, previous.slice(end));
}

/** Where the entries inside the removed item are in `previous`: from `start` up to `end`. */
export function removedRange<T>(
    previous: readonly T[], splice: SpliceRecord, offsetOf: (entry: T) => number, inRemoved: (entry: T) => boolean
): { start: number, end: number } {
    let low = 0;
    let high = previous.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (offsetOf(previous[middle]) < splice.offset) low = middle + 1;
        else high = middle;
    }
    let end = low;
    while (end < previous.length && inRemoved(previous[end])) end++;
    return { start: low, end };
}

/**
 * Whether the nodes around the removed item hold no references of their own, as `spliceList` needs of a list of
 * references (true of the grammar today; a grammar change that breaks it makes linking and indexing full again).
 */
export function enclosedWithoutReferences(splice: SpliceRecord): boolean {
    for (let node = splice.inserted.$container; node; node = node.$container) {
        if (!AstUtils.streamReferences(node).isEmpty()) return false;
    }
    return true;
}

/** Where a node starts in the text; a node without CST (never in a parsed agreement) counts as at its start. */
export function offsetOfNode(node: AstNode): number {
    return node.$cstNode?.offset ?? 0;
}
