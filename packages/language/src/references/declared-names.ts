/**
 * The declarations of one kind in an agreement, by name: what a reference's name resolves to (the first
 * declaration of that name in document order). After a splice, made from the previous agreement's: only the
 * names the edit declared or removed are looked up again, and the others are asked of the previous agreement's,
 * so that an edit costs what the item declares. A chain of such steps is collected afresh every few edits, so
 * that lookups stay short and old trees are let go.
 */
import { MultiMapScope, stream, type AstNodeDescription, type Scope, type Stream } from 'langium';
import { isInRemoved } from '../incremental/spliced-lists.js';
import type { SpliceRecord } from '../incremental/splice-record.js';

/** How many splices a map is made from before it is collected afresh. */
const MAX_STEPS = 16;

export class DeclaredNames implements Scope {
    private everything?: Scope;

    private constructor(
        private readonly changed: ReadonlyMap<string, readonly AstNodeDescription[]>,
        private readonly unchanged: DeclaredNames | undefined,
        private readonly steps: number,
        private readonly all: () => Iterable<AstNodeDescription>
    ) { }

    /** `descriptions` (in document order) by name. */
    static of(all: () => Iterable<AstNodeDescription>): DeclaredNames {
        const byName = new Map<string, AstNodeDescription[]>();
        for (const description of all()) {
            const same = byName.get(description.name);
            if (same) same.push(description);
            else byName.set(description.name, [description]);
        }
        return new DeclaredNames(byName, undefined, 0, all);
    }

    /**
     * These names after a splice that removed and inserted declarations named `names`; `inserted` describes the
     * inserted item's declarations of this kind, `all` every declaration of this kind in the new agreement.
     */
    after(splice: SpliceRecord, names: ReadonlySet<string>, inserted: readonly AstNodeDescription[], all: () => Iterable<AstNodeDescription>): DeclaredNames {
        if (this.steps >= MAX_STEPS) return DeclaredNames.of(all);
        const changed = new Map<string, AstNodeDescription[]>();
        for (const name of names) {
            const kept = this.lookUp(name).filter(description => !isInRemoved(description.node!, splice));
            const found = [...kept, ...inserted.filter(description => description.name === name)];
            // A name no declaration has any more is kept too, empty: the previous map would still find the removed one.
            changed.set(name, found.sort((a, b) => offsetOf(a) - offsetOf(b)));
        }
        return new DeclaredNames(changed, this, this.steps + 1, all);
    }

    private lookUp(name: string): readonly AstNodeDescription[] {
        return this.changed.get(name) ?? this.unchanged?.lookUp(name) ?? [];
    }

    getElement(name: string): AstNodeDescription | undefined {
        return this.lookUp(name)[0];
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.lookUp(name));
    }

    /** Every declaration, in the order a scope made from them all gives (completion lists them). */
    getAllElements(): Stream<AstNodeDescription> {
        this.everything ??= new MultiMapScope(this.all());
        return this.everything.getAllElements();
    }
}

function offsetOf(description: AstNodeDescription): number {
    return description.node?.$cstNode?.offset ?? 0;
}
