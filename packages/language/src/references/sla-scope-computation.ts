import {
    Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap, type AstNode, type AstNodeDescription,
    type LangiumDocument
} from 'langium';
import { isAgreement, type Agreement } from '../generated/ast.js';
import { isInRemoved, spliceList } from '../incremental/spliced-lists.js';
import { declarations, ownDeclarations } from '../sla-model.js';
import { previousBuildOf } from './previous-build.js';

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
     * checks ask for too, so that one walk over the agreement serves both instead of one walk each. After a
     * splice, the previous build's descriptions are kept for the declarations outside the re-parsed item (their
     * positions are read from the moved CST when asked, see sla-node-descriptions.ts) and only the item's own
     * are described.
     */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<MultiMap<AstNode, AstNodeDescription>> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const agreement = document.parseResult.value;
        if (!isAgreement(agreement)) return symbols;
        const kept = this.keptSymbols(document, agreement);
        if (kept) {
            symbols.addAll(agreement, kept);
            return symbols;
        }
        for (const declaration of declarations(agreement)) {
            await interruptAndCheck(cancelToken);
            this.addLocalSymbol(declaration, document, symbols);
        }
        return symbols;
    }

    /** The local symbols of a spliced agreement made from those of the previous build, if it has them. */
    private keptSymbols(document: LangiumDocument, agreement: Agreement): AstNodeDescription[] | undefined {
        const previous = previousBuildOf(document);
        const old = previous?.build.localSymbols;
        if (!previous || !old?.has(previous.splice.previous)) return undefined;
        const { splice } = previous;
        const inserted = new MultiMap<AstNode, AstNodeDescription>();
        for (const declaration of ownDeclarations(splice.inserted)) this.addLocalSymbol(declaration, document, inserted);
        return spliceList(old.get(splice.previous), splice, description => description.node!.$cstNode?.offset ?? 0,
            description => isInRemoved(description.node!, splice), inserted.get(agreement));
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        const name = this.nameProvider.getName(node);
        if (name) {
            symbols.add(document.parseResult.value, this.descriptions.createDescription(node, name, document));
        }
    }
}
