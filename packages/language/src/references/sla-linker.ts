/**
 * Linking that keeps its work for the items an edit left alone. After a splice (incremental/), a reference
 * outside the re-parsed item keeps its target when nothing the edit did can change what its name resolves to:
 * - no declaration the edit removed or added, of any kind, has that name (a new one could shadow the target or
 *   be a duplicate; a removed one could be the target or have shadowed another; a target inside the removed
 *   item has the name of a declaration the edit removed), and
 * - it resolved, to a node of this document other than the agreement itself (an unresolved name is tried again,
 *   as are `refines`, whose names are the workspace's), or to a node of another document that was not parsed
 *   again.
 * Every other reference outside the item is linked again, and those inside the new item are linked. Names
 * resolve per agreement and kind only (sla-scope-provider.ts), so nothing else can change a resolution.
 * `document.references` keeps the order a full link gives, which the linking diagnostics follow. Anything else
 * (a full parse, a previous build that did not finish) is Langium's full link.
 */
import { AstUtils, Cancellation, DefaultLinker, type AstNode, type LangiumDocument, type Reference, type ReferenceInfo } from 'langium';
import { isInRemoved, removedRange } from '../incremental/spliced-lists.js';
import type { SpliceRecord } from '../incremental/splice-record.js';
import { namesDeclaredIn } from '../sla-model.js';
import {
    isNode, isRemembered, recordRelinked, recordUnsettled, takeBuild, unlinkReference, type LinkFields, type PreviousBuild
} from './previous-build.js';

/** How the last link went: how many references kept their target and how many were linked, or a full link. */
export type LinkPath = { path: 'spliced', kept: number, linked: number } | { path: 'full' };

export class SlaLinker extends DefaultLinker {
    /** How the last document was linked, for tests and benchmarks. */
    last?: LinkPath;

    /** A remembered build's references stay linked until the new parse shows which of them keep their targets. */
    override unlink(document: LangiumDocument): void {
        if (isRemembered(document)) document.references = [];
        else super.unlink(document);
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const previous = takeBuild(document);
        if (!previous) {
            this.last = { path: 'full' };
            await super.link(document, cancelToken);
            recordUnsettled(document, document.references);
            return;
        }
        this.linkAfterSplice(document, previous.build, previous.splice);
    }

    private linkAfterSplice(document: LangiumDocument, build: PreviousBuild, splice: SpliceRecord): void {
        const root = document.parseResult.value;
        const names = namesDeclaredIn(splice);
        const old = build.references;
        // The references before the item, those inside it, and those after it, in the order linking found them.
        const { start, end } = removedRange(old, splice, offsetOf, reference => isInRemoved(containerOf(reference), splice));

        const relink = new Set<Reference>();
        const unsettled = build.unsettled.filter(reference => !isInRemoved(containerOf(reference), splice));
        for (const reference of unsettled) {
            if (!this.keepsTarget(reference, root, splice, build)) relink.add(reference);
        }
        if (names.size) {
            for (let i = 0; i < old.length; i++) {
                if ((i < start || i >= end) && names.has(old[i].$refText)) relink.add(old[i]);
            }
        }
        for (const reference of relink) unlinkReference(reference);

        const inserted = AstUtils.streamAst(splice.inserted).flatMap(node => AstUtils.streamReferences(node)).toArray();
        const references = old.slice(0, start).concat(inserted.map(info => info.reference as Reference), old.slice(end));
        // Linking pushes what it resolves onto the document's list; the list above is in order already.
        const scratch = { references: [] } as unknown as LangiumDocument;
        for (const reference of relink) this.doLink(referenceInfo(reference), scratch);
        for (const info of inserted) this.doLink(info, scratch);
        document.references = references;
        recordRelinked(root, relink);
        recordUnsettled(document, [...unsettled, ...relink, ...inserted.map(info => info.reference)]);
        const linked = (scratch.references as unknown[]).length;
        this.last = { path: 'spliced', kept: references.length - linked, linked };
    }

    /** Whether an unsettled reference still resolves to its target: a node of another document not parsed again. */
    private keepsTarget(reference: Reference, root: AstNode, splice: SpliceRecord, build: PreviousBuild): boolean {
        const target = (reference as unknown as LinkFields)._ref;
        if (!isNode(target) || !target.$container) return false;
        let current: AstNode = target;
        while (current.$container) current = current.$container;
        return current !== root && current !== splice.previous && build.foreignRoots.has(current)
            && current.$document?.parseResult.value === current;
    }
}

function containerOf(reference: Reference): AstNode {
    return (reference as unknown as LinkFields).node;
}

function offsetOf(reference: Reference): number {
    return reference.$refNode?.offset ?? 0;
}

/** A listed reference as linking is given it: its node, property and place in a list. */
function referenceInfo(reference: Reference): ReferenceInfo {
    const { node, property } = reference as unknown as LinkFields;
    const value = (node as unknown as Record<string, unknown>)[property];
    return Array.isArray(value) ? { reference, container: node, property, index: value.indexOf(reference) } : { reference, container: node, property };
}
