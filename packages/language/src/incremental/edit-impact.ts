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
import { AstUtils, type AstNode, type Reference } from 'langium';
import type { Agreement } from '../generated/ast.js';
import { namesDeclaredIn } from '../sla-model.js';
import type { SpliceRecord } from './splice-record.js';

/** The references inside an item, found once per item node (an item node never changes; linking sets its references). */
const referencesFound = new WeakMap<AstNode, readonly Reference[]>();

function referencesIn(item: AstNode): readonly Reference[] {
    let found = referencesFound.get(item);
    if (!found) {
        found = AstUtils.streamAst(item).flatMap(node => AstUtils.streamReferences(node)).map(info => info.reference as Reference).toArray();
        referencesFound.set(item, found);
    }
    return found;
}

export class EditImpact {
    private readonly names: ReadonlySet<string>;
    /** The kinds of the nodes the edit removed and inserted. */
    private readonly kinds = new Set<string>();
    /** Whether an item reads what it read before, per item asked (false while it is being found: a cycle counts as changed). */
    private readonly unchanged = new Map<AstNode, boolean>();
    /** An agreement that refines another reads its declarations, which an edit of another document may change. */
    private readonly refines: boolean;

    constructor(private readonly root: Agreement, splice: SpliceRecord, private readonly around: ReadonlySet<AstNode>) {
        this.names = namesDeclaredIn(splice);
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
        const known = this.unchanged.get(item);
        if (known !== undefined) return known;
        this.unchanged.set(item, false);
        let same = true;
        for (const reference of referencesIn(item)) {
            if (this.names.has(reference.$refText)) { same = false; break; }
            const target = reference.ref;
            // Unresolved, and no declaration of its name was added: it stays unresolved.
            if (!target) continue;
            if (this.around.has(target) || target.$container?.$container !== this.root || !this.readsSame(target)) { same = false; break; }
        }
        this.unchanged.set(item, same);
        return same;
    }
}
