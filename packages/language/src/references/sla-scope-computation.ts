import { DefaultScopeComputation, type AstNode, type AstNodeDescription, type LangiumDocument, type MultiMap } from 'langium';
import { isAgreement } from '../generated/ast.js';
import { asDeclaration } from '../sla-model.js';

/**
 * Only agreements are visible to other files (for `refines`); every declaration inside an agreement (parties,
 * services, metrics, levels, ...) is visible everywhere in that agreement, whichever section declares it.
 */
export class SlaScopeComputation extends DefaultScopeComputation {

    protected override addExportedSymbol(node: AstNode, exports: AstNodeDescription[], document: LangiumDocument): void {
        if (isAgreement(node)) {
            super.addExportedSymbol(node, exports, document);
        }
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        const name = asDeclaration(node) && this.nameProvider.getName(node);
        if (name) {
            symbols.add(document.parseResult.value, this.descriptions.createDescription(node, name, document));
        }
    }
}
