/**
 * Linking that keeps its work for the items an edit left alone. After a splice (incremental/), a reference
 * outside the re-parsed item keeps its target when nothing the edit did can change what its name resolves to:
 * - the target is a node of the current tree (not inside the removed item, not the previous agreement node, not
 *   in another document that was parsed again), and
 * - no declaration the edit removed or added, of any kind, has that name (a new one could shadow the target or
 *   be a duplicate; a removed one could be the target or have shadowed another), and
 * - it is not a `refines` (workspace names) and was resolved (an unresolved name is tried again: a new
 *   declaration or another document may now provide it).
 * Every other reference outside the item is linked again, and those inside the new item are linked. Names
 * resolve per agreement and kind only (sla-scope-provider.ts), so nothing else can change a resolution.
 * `document.references` keeps the order a full link gives, which the linking diagnostics follow. Anything else
 * (a full parse, a previous build that did not finish) is Langium's full link.
 */
import { AstUtils, Cancellation, DefaultLinker, type AstNode, type LangiumDocument, type Reference, type ReferenceInfo } from 'langium';
import { Agreement } from '../generated/ast.js';
import { isInRemoved, spliceList } from '../incremental/spliced-lists.js';
import type { SpliceRecord } from '../incremental/splice-record.js';
import { ownDeclarations } from '../sla-model.js';
import { forgetBuild, previousBuildOf, type LinkFields, type PreviousBuild } from './previous-build.js';

/** How the last link went: how many references kept their target and how many were linked, or a full link. */
export type LinkPath = { path: 'spliced', kept: number, linked: number } | { path: 'full' };

export class SlaLinker extends DefaultLinker {
    /** How the last document was linked, for tests and benchmarks. */
    last?: LinkPath;

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const previous = previousBuildOf(document);
        forgetBuild(document);
        if (!previous) {
            this.last = { path: 'full' };
            return super.link(document, cancelToken);
        }
        this.linkAfterSplice(document, previous.build, previous.splice);
    }

    private linkAfterSplice(document: LangiumDocument, build: PreviousBuild, splice: SpliceRecord): void {
        const changedNames = this.namesDeclaredIn(splice.removed, splice.inserted);
        const root = document.parseResult.value;
        const kept = new Set<ReferenceInfo['reference']>();
        const outside: Reference[] = [];
        build.references.forEach((reference, i) => {
            const fields = reference as unknown as LinkFields;
            if (isInRemoved(fields.node, splice)) return;
            outside.push(reference);
            // Resolved lazily since the reset (by a scope asking for `refines`): already linked and listed.
            if (fields._ref !== undefined) return;
            const target = build.targets[i];
            if (this.keepsTarget(target, reference, root, splice, changedNames)) {
                fields._ref = target;
                fields._nodeDescription = build.descriptions[i];
                kept.add(reference);
            }
        });
        const insertedReferences = AstUtils.streamAst(splice.inserted).flatMap(node => AstUtils.streamReferences(node)).toArray();
        const references = spliceList(outside.map(referenceInfo), splice, info => info.reference.$refNode?.offset ?? 0,
            () => false, insertedReferences);
        for (const info of references) {
            if (kept.has(info.reference)) document.references.push(info.reference);
            else this.doLink(info, document);
        }
        this.last = { path: 'spliced', kept: kept.size, linked: references.length - kept.size };
    }

    /** Whether a reference outside the item still resolves to `target` (see the class comment). */
    private keepsTarget(target: unknown, reference: Reference, root: AstNode, splice: SpliceRecord, changedNames: Set<string>): boolean {
        if (!isNode(target) || target.$type === Agreement.$type || changedNames.has(reference.$refText)) return false;
        let current: AstNode = target;
        while (current.$container) {
            if (current === splice.removed) return false;
            current = current.$container;
        }
        return current === root || (current !== splice.previous && current.$document?.parseResult.value === current);
    }

    /** The names of every declaration in the removed and the inserted item. */
    private namesDeclaredIn(...nodes: AstNode[]): Set<string> {
        const names = new Set<string>();
        for (const node of nodes) {
            for (const declaration of ownDeclarations(node)) {
                const name = declaration.name;
                if (name) names.add(name);
            }
        }
        return names;
    }
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && '$type' in value;
}

/** A listed reference as linking is given it: its node, property and place in a list. */
function referenceInfo(reference: Reference): ReferenceInfo {
    const { node, property } = reference as unknown as LinkFields;
    const value = (node as unknown as Record<string, unknown>)[property];
    return Array.isArray(value) ? { reference, container: node, property, index: value.indexOf(reference) } : { reference, container: node, property };
}
