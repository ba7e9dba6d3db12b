/**
 * The reference index of a document, kept for the references an edit left alone. Langium describes every
 * reference again on each build (its node path, its target's path and its range); after a splice, a reference
 * outside the re-parsed item keeps its description while it still points at the same place: its node's path is
 * unchanged (the item keeps its place in its list), and its range is read from the moved CST when asked. Only the
 * new item's references and those linked to another target are described.
 */
import {
    AstUtils, Cancellation, CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, isReference, UriUtils, type AstNode,
    type LangiumDocument, type ReferenceDescription, type ReferenceInfo
} from 'langium';
import type { Agreement } from '../generated/ast.js';
import { isInRemoved, spliceList } from '../incremental/spliced-lists.js';
import { spliceOf } from '../incremental/splice-record.js';
import type { LinkFields } from './previous-build.js';

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
        let references: Described[];
        if (previous && splice?.previous === previous.root) {
            const inserted = AstUtils.streamAst(splice.inserted).flatMap(node => AstUtils.streamReferences(node))
                .map(info => this.described(info.reference, info.container)).toArray();
            references = spliceList(previous.references, splice, entry => entry.reference.$refNode?.offset ?? 0,
                entry => isInRemoved(containerOf(entry.reference), splice), inserted)
                .map(entry => entry.description && this.stillDescribes(entry.description, entry.reference) ? entry
                    : this.described(entry.reference, containerOf(entry.reference)));
        } else {
            references = [];
            for (const node of AstUtils.streamAst(root)) {
                await interruptAndCheck(cancelToken);
                for (const info of AstUtils.streamReferences(node)) references.push(this.described(info.reference, info.container));
            }
        }
        this.indexed.set(document, { root, references });
        return references.flatMap(entry => entry.description ? [entry.description] : []);
    }

    private described(reference: ReferenceInfo['reference'], container: AstNode): Described {
        const target = !reference.error && isReference(reference) ? reference.$nodeDescription : undefined;
        const refNode = reference.$refNode;
        if (!target || !refNode) return { reference };
        const sourceUri = AstUtils.getDocument(container).uri;
        return {
            reference,
            description: {
                sourceUri,
                sourcePath: this.nodeLocator.getAstNodePath(container),
                targetUri: target.documentUri,
                targetPath: target.path,
                get segment() {
                    return CstUtils.toDocumentSegment(refNode);
                },
                local: UriUtils.equals(target.documentUri, sourceUri)
            }
        };
    }

    /** Whether a kept description still says where the reference points (it may have been linked again). */
    private stillDescribes(description: ReferenceDescription, reference: ReferenceInfo['reference']): boolean {
        const target = !reference.error && isReference(reference) ? reference.$nodeDescription : undefined;
        return target !== undefined && description.targetPath === target.path
            && (description.targetUri === target.documentUri || UriUtils.equals(description.targetUri, target.documentUri));
    }
}

function containerOf(reference: ReferenceInfo['reference']): AstNode {
    return (reference as unknown as LinkFields).node;
}
