import {
    Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap, type AstNode, type AstNodeDescription,
    type LangiumDocument
} from 'langium';
import { isAgreement } from '../generated/ast.js';
import { declarations } from '../sla-model.js';

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

    /**
     * The agreement's declarations, all visible under the agreement. They come from `declarations`, which the
     * checks ask for too, so that one walk over the agreement serves both instead of one walk each.
     */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<MultiMap<AstNode, AstNodeDescription>> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const agreement = document.parseResult.value;
        if (isAgreement(agreement)) {
            for (const declaration of declarations(agreement)) {
                await interruptAndCheck(cancelToken);
                this.addLocalSymbol(declaration, document, symbols);
            }
        }
        return symbols;
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        const name = this.nameProvider.getName(node);
        if (name) {
            symbols.add(document.parseResult.value, this.descriptions.createDescription(node, name, document));
        }
    }
}
