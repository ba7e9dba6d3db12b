/**
 * Descriptions of named nodes whose positions are read from the CST when asked, not copied when described.
 * After a splice, the CST leaves after the re-parsed item move; a description that copied its node's range then
 * pointed at the old place, and every description after the item had to be made again. Read when asked, the
 * descriptions of the declarations the edit left alone stay right and are kept (sla-scope-computation.ts), and so
 * do the links and reference descriptions that carry them.
 */
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';

export class SlaAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {

    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const described = name ?? this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!described) {
            throw new Error(`Node at path ${path} has no name.`);
        }
        const nameProvider = this.nameProvider;
        return {
            node,
            name: described,
            get nameSegment() {
                return CstUtils.toDocumentSegment(nameProvider.getNameNode(node) ?? node.$cstNode);
            },
            get selectionSegment() {
                return CstUtils.toDocumentSegment(node.$cstNode);
            },
            type: node.$type,
            documentUri: (document ?? AstUtils.getDocument(node)).uri,
            path
        };
    }
}
