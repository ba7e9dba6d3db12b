/**
 * The nodes of an agreement, found once per parse: every node in the order Langium's `streamAst` gives them (the
 * node, then its properties' nodes in property order, depth first), and the nodes of one type in that order. The
 * checks walk this list instead of a Langium stream, whose closure-based iterators allocate at every node, and the
 * checks that look at every quantity of the agreement ask `nodesOfType` instead of walking the tree again.
 *
 * After an edit that re-parsed one item (splice-record.ts), the list is the previous tree's list with the removed
 * item's nodes replaced by the new item's: every other node is the very node of the previous tree, in its place.
 * So are the nodes of each type the checks asked for on the previous tree (every quantity, every cap): a check over
 * all quantities then no longer filters every node of the agreement after each edit.
 */
import { isAstNode, type AstNode } from 'langium';
import type { Agreement, SlaAstType } from '../generated/ast.js';
import { spliceOf } from './splice-record.js';

export interface AstIndex {
    /** Every node under the root and the root itself, in `streamAst` order. */
    readonly nodes: readonly AstNode[]
    /** The nodes of each type asked for so far. */
    readonly byType: Map<string, readonly AstNode[]>
    /**
     * For a list made from the previous tree's: where the re-parsed item's nodes are (`from` to `to`, exclusive),
     * and the nodes around the item (the root is one). Every other node before `from` precedes the item, every
     * node from `to` on follows it.
     */
    readonly splice?: { readonly from: number, readonly to: number, readonly around: ReadonlySet<AstNode> }
}

const indexes = new WeakMap<AstNode, AstIndex>();

export function astIndexOf(root: AstNode): AstIndex {
    const known = indexes.get(root);
    if (known) return known;
    const index = fromPreviousTree(root) ?? { nodes: collect(root, []), byType: new Map<string, readonly AstNode[]>() };
    indexes.set(root, index);
    return index;
}

/** The nodes of one type (exactly that type, not its subtypes) under `root`, in document order. */
export function nodesOfType<K extends keyof SlaAstType>(root: AstNode, type: K): ReadonlyArray<SlaAstType[K]> {
    const index = astIndexOf(root);
    let ofType = index.byType.get(type);
    if (!ofType) {
        ofType = index.nodes.filter(node => node.$type === type);
        index.byType.set(type, ofType);
    }
    return ofType as ReadonlyArray<SlaAstType[K]>;
}

function fromPreviousTree(root: AstNode): AstIndex | undefined {
    const splice = spliceOf(root as Agreement);
    const previous = splice && indexes.get(splice.previous)?.nodes;
    const at = previous ? previous.indexOf(splice!.removed) : -1;
    if (!splice || !previous || at < 1) return undefined;
    const previousIndex = indexes.get(splice.previous)!;
    // The previous tree is not checked again: its list need not outlive this one.
    indexes.delete(splice.previous);
    const removed = collect(splice.removed, []);
    const inserted = collect(splice.inserted, []);
    const around = new Set<AstNode>();
    for (let node = splice.inserted.$container; node; node = node.$container) around.add(node);
    const nodes = [root].concat(previous.slice(1, at), inserted, previous.slice(at + removed.length));
    // The types the checks asked for on the previous tree: their nodes are the previous ones with the item's
    // replaced, found now, so that neither a filter over every node nor the previous list is needed later.
    const byType = new Map<string, readonly AstNode[]>();
    for (const [type, before] of previousIndex.byType) {
        const after = ofTypeAfterSplice(type, before, previous, at, removed, inserted, [...around]);
        if (after) byType.set(type, after);
    }
    return { nodes, byType, splice: { from: at, to: at + inserted.length, around } };
}

/**
 * A type's nodes after a splice at `at` in the previous list: the previous ones, with the removed item's replaced
 * by the inserted item's in their place (a type's nodes under one item are consecutive in its list, as the item's
 * nodes are in the node list). Undefined, to be filtered from every node, when a node around the item is of that type.
 */
function ofTypeAfterSplice(
    type: string, before: readonly AstNode[], previous: readonly AstNode[], at: number, removedNodes: readonly AstNode[],
    insertedNodes: readonly AstNode[], around: readonly AstNode[]
): readonly AstNode[] | undefined {
    if (around.some(node => node.$type === type)) return undefined;
    const removed = removedNodes.filter(node => node.$type === type);
    const inserted = insertedNodes.filter(node => node.$type === type);
    if (!removed.length && !inserted.length) return before;
    // Where the item's nodes of this type begin: at its first removed one, else before the first node of this
    // type that follows the item in the previous list.
    let start = before.length;
    if (removed.length) {
        start = before.indexOf(removed[0]);
    } else {
        for (let i = at + removedNodes.length; i < previous.length; i++) {
            if (previous[i].$type === type) {
                start = before.indexOf(previous[i]);
                break;
            }
        }
    }
    if (start < 0) return undefined;
    return before.slice(0, start).concat(inserted, before.slice(start + removed.length));
}

function collect(node: AstNode, nodes: AstNode[]): AstNode[] {
    nodes.push(node);
    for (const key of Object.keys(node)) {
        if (key.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const element of value) if (isAstNode(element)) collect(element, nodes);
        } else if (isAstNode(value)) {
            collect(value, nodes);
        }
    }
    return nodes;
}
