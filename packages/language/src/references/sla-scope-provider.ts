import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, stream, type ReferenceInfo, type Scope } from 'langium';
import { Agreement } from '../generated/ast.js';
import { agreementOf, ancestors, declarations } from '../sla-model.js';

/**
 * Names resolve in the agreement itself first, then in the agreements it refines, nearest first (a
 * customer-level agreement inherits the corporate agreement's parties, services and metrics). Only `refines`
 * looks at the workspace, which exports nothing but agreements.
 */
export class SlaScopeProvider extends DefaultScopeProvider {

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        if (referenceType === Agreement.$type) {
            return this.getGlobalScope(referenceType, context);
        }
        const agreement = agreementOf(context.container);
        if (!agreement) {
            return EMPTY_SCOPE;
        }
        const isWanted = (type: string) => this.reflection.isSubtype(type, referenceType);
        const inherited = ancestors(agreement).reverse().reduce<Scope>(
            (outer, ancestor) => this.createScopeForNodes(declarations(ancestor).filter(d => isWanted(d.$type)), outer),
            EMPTY_SCOPE);
        const localSymbols = AstUtils.getDocument(agreement).localSymbols;
        const local = localSymbols?.has(agreement) ? localSymbols.getStream(agreement) : stream([]);
        return this.createScope(local.filter(desc => isWanted(desc.type)), inherited);
    }
}
