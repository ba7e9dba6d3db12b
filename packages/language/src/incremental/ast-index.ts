/**
 * The nodes of an agreement, found once per parse: every node in the order Langium's `streamAst` gives them (the
 * node, then its properties' nodes in property order, depth first), and the nodes of each type in that order. The
 * checks walk this list instead of a Langium stream, whose closure-based iterators allocate at every node, and the
 * checks that look at every quantity of the agreement ask `nodesOfType` instead of walking the tree again.
 */
import { isAstNode, type AstNode } from 'langium';
import type { SlaAstType } from '../generated/ast.js';

export interface AstIndex {
    /** Every node under the root and the root itself, in `streamAst` order. */
    readonly nodes: readonly AstNode[]
    readonly byType: ReadonlyMap<string, readonly AstNode[]>
}

const indexes = new WeakMap<AstNode, AstIndex>();

export function astIndexOf(root: AstNode): AstIndex {
    const known = indexes.get(root);
    if (known) return known;
    const nodes: AstNode[] = [];
    collect(root, nodes);
    const byType = new Map<string, AstNode[]>();
    for (const node of nodes) {
        const ofType = byType.get(node.$type);
        if (ofType) ofType.push(node);
        else byType.set(node.$type, [node]);
    }
    const index = { nodes, byType };
    indexes.set(root, index);
    return index;
}

/** The nodes of one type (exactly that type, not its subtypes) under `root`, in document order. */
export function nodesOfType<K extends keyof SlaAstType>(root: AstNode, type: K): ReadonlyArray<SlaAstType[K]> {
    return (astIndexOf(root).byType.get(type) ?? []) as ReadonlyArray<SlaAstType[K]>;
}

function collect(node: AstNode, nodes: AstNode[]): void {
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
}
