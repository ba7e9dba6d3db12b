/**
 * The reference index of a document, kept for the references an edit left alone. Langium describes every
 * reference again on each build (its node path, its target's path and its range); after a splice, a reference
 * outside the re-parsed item keeps its description while it still points at the same place: its node's path is
 * unchanged (the item keeps its place in its list), and its range is read from the moved CST when asked. Only the
 * new item's references and those linked to another target are described.
 */
import {
    AstUtils, Cancellation, CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, isReference, UriUtils, type AstNode,
    type CstNode, type DocumentSegment, type LangiumDocument, type ReferenceDescription, type ReferenceInfo,
    type URI
} from 'langium';
import type { Agreement } from '../generated/ast.js';
import { enclosedWithoutReferences, isInRemoved, spliceList } from '../incremental/spliced-lists.js';
import { spliceOf, type SpliceRecord } from '../incremental/splice-record.js';
import { relinkedIn, type LinkFields } from './previous-build.js';

/** A reference of the document, in document order, with its description when it is resolved. */
interface Described {
    readonly reference: ReferenceInfo['reference']
    readonly description?: ReferenceDescription
}

export class SlaReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {

    /** Per document, the agreement last indexed and its references with their descriptions. */
    private readonly indexed = new WeakMap<LangiumDocument, { root: AstNode, references: Described[] }>();

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const root = document.parseResult.value;
        const previous = this.indexed.get(document);
        const splice = spliceOf(root as Agreement);
        const references = previous && splice?.previous === previous.root && enclosedWithoutReferences(splice)
            ? this.afterSplice(previous.references, splice, relinkedIn(root))
            : await this.describeAll(root, cancelToken);
        this.indexed.set(document, { root, references });
        const descriptions: ReferenceDescription[] = [];
        for (const entry of references) {
            if (entry.description) descriptions.push(entry.description);
        }
        return descriptions;
    }

    private async describeAll(root: AstNode, cancelToken: Cancellation.CancellationToken): Promise<Described[]> {
        const references: Described[] = [];
        for (const node of AstUtils.streamAst(root)) {
            await interruptAndCheck(cancelToken);
            for (const info of AstUtils.streamReferences(node)) references.push(this.described(info.reference, info.container));
        }
        return references;
    }

    /**
     * The previous references with the removed item's replaced by the inserted item's. Those outside keep their
     * descriptions unless linking resolved them again (all are compared when the document was linked in full).
     */
    private afterSplice(previous: readonly Described[], splice: SpliceRecord, relinked: ReadonlySet<ReferenceInfo['reference']> | undefined): Described[] {
        const inserted = AstUtils.streamAst(splice.inserted).flatMap(node => AstUtils.streamReferences(node))
            .map(info => this.described(info.reference, info.container)).toArray();
        const references = spliceList(previous, splice, offsetOf, entry => isInRemoved(containerOf(entry.reference), splice), inserted);
        if (relinked) {
            // (The entries are in the order of the AST, not of the text: a level's own references come before its
            // target's, so they are looked for one by one.)
            let left = relinked.size;
            for (let i = 0; left > 0 && i < references.length; i++) {
                const { reference } = references[i];
                if (relinked.has(reference)) {
                    references[i] = this.described(reference, containerOf(reference));
                    left--;
                }
            }
            return references;
        }
        for (let i = 0; i < references.length; i++) {
            const { reference, description } = references[i];
            if (!description || !this.stillDescribes(description, reference)) references[i] = this.described(reference, containerOf(reference));
        }
        return references;
    }

    private described(reference: ReferenceInfo['reference'], container: AstNode): Described {
        const target = !reference.error && isReference(reference) ? reference.$nodeDescription : undefined;
        const refNode = reference.$refNode;
        if (!target || !refNode) return { reference };
        const sourceUri = AstUtils.getDocument(container).uri;
        const description = new LiveReferenceDescription(sourceUri, this.nodeLocator.getAstNodePath(container), target.documentUri,
            target.path, refNode, UriUtils.equals(target.documentUri, sourceUri));
        return { reference, description };
    }

    /** Whether a kept description still says where the reference points (it may have been linked again). */
    private stillDescribes(description: ReferenceDescription, reference: ReferenceInfo['reference']): boolean {
        const target = !reference.error && isReference(reference) ? reference.$nodeDescription : undefined;
        return target !== undefined && description.targetPath === target.path
            && (description.targetUri === target.documentUri || UriUtils.equals(description.targetUri, target.documentUri));
    }
}

/** A reference's description, its range read from the CST when asked (a getter on the class: see sla-node-descriptions.ts). */
class LiveReferenceDescription implements ReferenceDescription {
    readonly #refNode: CstNode;

    constructor(
        readonly sourceUri: URI, readonly sourcePath: string, readonly targetUri: URI, readonly targetPath: string, refNode: CstNode,
        readonly local: boolean
    ) {
        this.#refNode = refNode;
    }

    get segment(): DocumentSegment {
        return CstUtils.toDocumentSegment(this.#refNode);
    }
}

function offsetOf(entry: Described): number {
    return entry.reference.$refNode?.offset ?? 0;
}

function containerOf(reference: ReferenceInfo['reference']): AstNode {
    return (reference as unknown as LinkFields).node;
}
