/**
 * Descriptions of named nodes whose positions are read from the CST when asked, not copied when described.
 * After a splice, the CST leaves after the re-parsed item move; a description that copied its node's range then
 * pointed at the old place, and every description after the item had to be made again. Read when asked, the
 * descriptions of the declarations the edit left alone stay right and are kept (sla-scope-computation.ts), and so
 * do the links and reference descriptions that carry them.
 */
import {
    AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument,
    type NameProvider, type URI
} from 'langium';

export class SlaAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {

    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const described = name ?? this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!described) {
            throw new Error(`Node at path ${path} has no name.`);
        }
        return new LiveNodeDescription(node, described, (document ?? AstUtils.getDocument(node)).uri, path, this.nameProvider);
    }
}

/**
 * A description whose segments are getters on the class, not on each object: an object literal with getters
 * costs a closure per getter and a hidden class per object, which for every declaration of a workspace adds up.
 */
class LiveNodeDescription implements AstNodeDescription {
    readonly type: string;
    readonly #nameProvider: NameProvider;

    constructor(readonly node: AstNode, readonly name: string, readonly documentUri: URI, readonly path: string, nameProvider: NameProvider) {
        this.type = node.$type;
        this.#nameProvider = nameProvider;
    }

    get nameSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.#nameProvider.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}
