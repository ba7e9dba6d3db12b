/**
 * What an edit that re-parsed one item can have changed for the checks that read names
 * (validation/local-checks.ts, `extraReadsOf`): which items still read exactly what they read before, and which
 * kinds of items the edit re-parsed.
 *
 * An item outside the re-parsed one is the very node of the previous tree. What its references resolve to changes
 * only when the edit declared or removed a declaration of the name they use (references/sla-linker.ts keeps the
 * others linked for the same reason; names resolve per agreement and kind): a declaration inside the re-parsed
 * item is such a name, so a reference that does not use one resolves to the same node outside the edit, whose
 * subtree is unchanged. An item reads what it read before when each of its references, and each of the
 * declarations they reach in turn, uses no such name and resolves to an item of this agreement that is not around
 * the edit (a reference into another document or to the agreement itself counts as changed).
 */
import { AstUtils, isAstNode, isReference, type AstNode, type Reference } from 'langium';
import type { Agreement } from '../generated/ast.js';
import { namesDeclaredIn } from '../sla-model.js';
import type { SpliceRecord } from './splice-record.js';

/**
 * What an item reads through its references, transitively: the names they use, and whether each resolved to a
 * declaration of the agreement (a section's item) rather than another document's node or the agreement itself.
 * Found for the tree `root`; it holds for the next tree when the splice between declared or removed none of the
 * names (their resolutions and the declarations' subtrees are then the same), and is found again otherwise.
 */
interface Footprint {
    root: AstNode
    readonly names: ReadonlySet<string>
    readonly local: boolean
}

const footprints = new WeakMap<AstNode, Footprint>();

/** The references inside an item, in its subtree (a direct walk: Langium's streams allocate at every node). */
function referencesIn(node: AstNode, found: Reference[] = []): Reference[] {
    for (const key of Object.keys(node)) {
        if (key.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const element of value) collectFrom(element, found);
        } else {
            collectFrom(value, found);
        }
    }
    return found;
}

function collectFrom(value: unknown, found: Reference[]): void {
    if (isReference(value)) found.push(value);
    else if (isAstNode(value)) referencesIn(value, found);
}

export class EditImpact {
    private readonly names: ReadonlySet<string>;
    /** The kinds of the nodes the edit removed and inserted. */
    private readonly kinds = new Set<string>();
    /** An agreement that refines another reads its declarations, which an edit of another document may change. */
    private readonly refines: boolean;

    private readonly previous: AstNode;

    constructor(private readonly root: Agreement, splice: SpliceRecord, private readonly around: ReadonlySet<AstNode>) {
        this.names = namesDeclaredIn(splice);
        this.previous = splice.previous;
        for (const node of [splice.removed, splice.inserted]) {
            for (const part of AstUtils.streamAst(node)) this.kinds.add(part.$type);
        }
        this.refines = root.header.some(field => field.$type === 'RefinesField');
    }

    /** Whether the edit re-parsed a node of one of these kinds. */
    touches(kinds: readonly string[]): boolean {
        return kinds.some(kind => this.kinds.has(kind));
    }

    /** The item (a child of a section) a node is in, or undefined for a section, a header field or the agreement. */
    itemOf(node: AstNode): AstNode | undefined {
        let current: AstNode | undefined = node;
        while (current && current.$container?.$container !== this.root) current = current.$container;
        return current && current.$container !== this.root ? current : undefined;
    }

    /** Whether the item (outside the re-parsed one) reads through its references exactly what it read before. */
    readsSame(item: AstNode): boolean {
        if (this.refines) return false;
        // A reference whose name the edit neither declared nor removed resolves as before, to a node the edit left
        // alone: so does every reference reached from it, and the footprint found now is the one of the previous tree.
        const footprint = this.footprintOf(item);
        if (!footprint.local) return false;
        for (const name of this.names) if (footprint.names.has(name)) return false;
        return true;
    }

    /** Whether a footprint of this tree, or of the previous one that the edit left alone, holds for this tree. */
    private holds(footprint: Footprint): boolean {
        if (footprint.root === this.root) return true;
        if (footprint.root !== this.previous) return false;
        for (const name of this.names) if (footprint.names.has(name)) return false;
        footprint.root = this.root;
        return true;
    }

    /** The item's footprint in this tree, found again when the one known does not hold. */
    private footprintOf(item: AstNode): Footprint {
        const known = footprints.get(item);
        if (known && this.holds(known)) return known;
        // While it is being found (a cycle of references), the item counts as reading something else.
        footprints.set(item, { root: this.root, names: new Set(), local: false });
        const names = new Set<string>();
        let local = true;
        for (const reference of referencesIn(item)) {
            names.add(reference.$refText);
            const target = reference.ref;
            // Unresolved, and no declaration of its name was added: it stays unresolved.
            if (!target) continue;
            if (this.around.has(target) || target.$container?.$container !== this.root) {
                local = false;
                continue;
            }
            const reached = this.footprintOf(target);
            for (const name of reached.names) names.add(name);
            local &&= reached.local;
        }
        const found = { root: this.root, names, local };
        footprints.set(item, found);
        return found;
    }
}
