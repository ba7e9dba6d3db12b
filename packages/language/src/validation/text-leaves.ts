/**
 * The few tokens of an agreement that checks look at one by one, found in one pass over the syntax tree per parse
 * instead of one pass per check: texts without their closing quote (a syntax slip, or a text wrapped across lines),
 * `#` comments, texts with a bidirectional control character, texts with a TODO, and values marked `?`.
 *
 * After an edit that re-parsed one item (incremental/splice-record.ts), only that item's tokens are read again:
 * every token outside it is the very token of the previous tree (moved, when it follows the item), so the
 * previous list holds them already. Each consumer reads positions and the text around a token afresh.
 */
import { isCompositeCstNode, type CstNode, type LeafCstNode } from 'langium';
import type { Agreement } from '../generated/ast.js';
import { spliceOf } from '../incremental/splice-record.js';
import { PLACEHOLDER_MARK, isUnterminatedText } from '../parser/text-values.js';
import { SlipTokens } from '../parser/sla-token-builder.js';
import { hasBidiControl } from '../text-safety.js';

/** The tokens that hold the agreement's texts: quoted, and long (`"""` over several lines). */
const TEXT_TOKENS: ReadonlySet<string> = new Set(['STRING', 'LONG_TEXT']);
const VALUE_TOKENS: ReadonlySet<string> = new Set(['NUMBER', 'DATE', 'TIME']);
/** A TODO in a text: the word itself, in capitals, as the templates and quick fixes write it. */
const TODO = /\bTODO\b/;

export function isText(leaf: LeafCstNode): boolean {
    return TEXT_TOKENS.has(leaf.tokenType.name);
}

export function isHashComment(leaf: LeafCstNode): boolean {
    return leaf.tokenType.name === SlipTokens.HashComment;
}

export function isTodoText(leaf: LeafCstNode): boolean {
    return isText(leaf) && TODO.test(leaf.text);
}

/** A number, date or time marked as suggested: `99.5?`. */
export function isSuggestedValue(leaf: LeafCstNode): boolean {
    return VALUE_TOKENS.has(leaf.tokenType.name) && leaf.text.endsWith(PLACEHOLDER_MARK);
}

function isNotable(leaf: LeafCstNode): boolean {
    if (isText(leaf)) return isUnterminatedText(leaf.text) || hasBidiControl(leaf.text) || TODO.test(leaf.text);
    return isHashComment(leaf) || isSuggestedValue(leaf);
}

const found = new WeakMap<Agreement, readonly LeafCstNode[]>();

/** The agreement's notable tokens (see above), in document order. */
export function notableLeaves(agreement: Agreement): readonly LeafCstNode[] {
    const known = found.get(agreement);
    if (known) return known;
    const leaves = fromPreviousTree(agreement) ?? collect(agreement.$cstNode, []);
    found.set(agreement, leaves);
    return leaves;
}

/** The previous tree's list without the re-parsed item's tokens, and the new item's tokens in their place. */
function fromPreviousTree(agreement: Agreement): LeafCstNode[] | undefined {
    const splice = spliceOf(agreement);
    const previous = splice && found.get(splice.previous);
    if (!splice || !previous) return undefined;
    // The previous tree is not validated again: its list need not outlive this one.
    found.delete(splice.previous);
    const removed = splice.removed.$cstNode;
    const inserted = splice.inserted.$cstNode;
    // The previous tree shares its nodes with this one: a list made of it after the splice holds the new item's tokens.
    const kept = previous.filter(leaf => !isWithin(leaf, removed) && !isWithin(leaf, inserted));
    const before = kept.filter(leaf => leaf.offset < splice.offset);
    return [...before, ...collect(inserted, []), ...kept.slice(before.length)];
}

function isWithin(leaf: CstNode, ancestor: CstNode | undefined): boolean {
    for (let node: CstNode | undefined = leaf; node; node = node.container) if (node === ancestor) return true;
    return false;
}

function collect(node: CstNode | undefined, leaves: LeafCstNode[]): LeafCstNode[] {
    if (!node) return leaves;
    if (isCompositeCstNode(node)) {
        for (const child of node.content) collect(child, leaves);
    } else if (isNotable(node as LeafCstNode)) {
        leaves.push(node as LeafCstNode);
    }
    return leaves;
}
