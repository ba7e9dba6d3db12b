/**
 * The declarations of one kind in an agreement, by name: what a reference's name resolves to (the first
 * declaration of that name in document order). After a splice, made from the previous agreement's: only the
 * names the edit declared or removed are looked up again, and the others are asked of the previous agreement's,
 * so that an edit costs what the item declares. A chain of such steps is collected afresh every few edits, so
 * that lookups stay short and what the edits removed is let go.
 */
import { MultiMapScope, stream, type AstNodeDescription, type Scope, type Stream } from 'langium';
import { isInRemoved } from '../incremental/spliced-lists.js';
import type { SpliceRecord } from '../incremental/splice-record.js';

/** How many splices a map is made from before it is collected afresh. */
const MAX_STEPS = 16;

/** One step of the chain: the names it looked up, and the previous step for the others. Holds no agreement. */
interface Names {
    readonly changed: ReadonlyMap<string, readonly AstNodeDescription[]>
    readonly unchanged?: Names
    readonly steps: number
}

function lookUp(names: Names, name: string): readonly AstNodeDescription[] {
    for (let step: Names | undefined = names; step; step = step.unchanged) {
        const found = step.changed.get(name);
        if (found) return found;
    }
    return [];
}

export class DeclaredNames implements Scope {
    private everything?: Scope;

    /** `all` gives every declaration of this kind in the agreement, in document order. */
    private constructor(private readonly names: Names, private readonly all: () => Iterable<AstNodeDescription>) { }

    static of(all: () => Iterable<AstNodeDescription>): DeclaredNames {
        const byName = new Map<string, AstNodeDescription[]>();
        for (const description of all()) {
            const same = byName.get(description.name);
            if (same) same.push(description);
            else byName.set(description.name, [description]);
        }
        return new DeclaredNames({ changed: byName, steps: 0 }, all);
    }

    /**
     * These names after a splice that removed and inserted declarations named `names`; `inserted` describes the
     * inserted item's declarations of this kind, `all` every declaration of this kind in the new agreement.
     */
    after(splice: SpliceRecord, names: ReadonlySet<string>, inserted: readonly AstNodeDescription[], all: () => Iterable<AstNodeDescription>): DeclaredNames {
        if (this.names.steps >= MAX_STEPS) return DeclaredNames.of(all);
        const changed = new Map<string, AstNodeDescription[]>();
        for (const name of names) {
            const kept = lookUp(this.names, name).filter(description => !isInRemoved(description.node!, splice));
            const found = [...kept, ...inserted.filter(description => description.name === name)];
            // A name no declaration has any more is kept too, empty: the previous step would still find the removed one.
            changed.set(name, found.sort((a, b) => offsetOf(a) - offsetOf(b)));
        }
        return new DeclaredNames({ changed, unchanged: this.names, steps: this.names.steps + 1 }, all);
    }

    getElement(name: string): AstNodeDescription | undefined {
        return lookUp(this.names, name)[0];
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(lookUp(this.names, name));
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
