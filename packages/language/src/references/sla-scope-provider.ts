import {
    AstUtils, DefaultScopeProvider, EMPTY_SCOPE, stream, type AstNode, type AstNodeDescription, type ReferenceInfo, type Scope
} from 'langium';
import { Agreement } from '../generated/ast.js';
import { spliceOf } from '../incremental/splice-record.js';
import { agreementOf, ancestors, declarations, namesDeclaredIn, ownDeclarations } from '../sla-model.js';
import { DeclaredNames } from './declared-names.js';
import { LayeredScope } from './layered-scope.js';

/**
 * Names resolve in the agreement itself first, then in the agreements it refines, nearest first (a
 * customer-level agreement inherits the corporate agreement's parties, services and metrics). Only `refines`
 * looks at the workspace, which exports nothing but agreements.
 *
 * Linking asks for a scope once per reference, so each agreement's names of one kind are put in a map once per
 * parse of its document and shared by every reference that needs them: resolving a name costs a lookup, not a
 * walk over the agreement and the agreements it refines. After a splice, each map is made from the previous
 * agreement's (declared-names.ts), looking up again only the names the edited item declared or declares.
 */
export class SlaScopeProvider extends DefaultScopeProvider {

    /** Keyed by the agreement's AST, which a document replaces when it is parsed again. */
    private readonly declared = new WeakMap<Agreement, Map<string, DeclaredNames>>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        if (referenceType === Agreement.$type) {
            return this.getGlobalScope(referenceType, context);
        }
        const agreement = agreementOf(context.container);
        if (!agreement) {
            return EMPTY_SCOPE;
        }
        const own = this.declaredIn(agreement, referenceType);
        const inherited = ancestors(agreement);
        return inherited.length === 0 ? own
            : new LayeredScope([own, ...inherited.map(ancestor => this.declaredIn(ancestor, referenceType))]);
    }

    /** The names of one kind that an agreement declares, whichever of its sections declares them. */
    private declaredIn(agreement: Agreement, referenceType: string): Scope {
        let byType = this.declared.get(agreement);
        if (!byType) {
            byType = new Map();
            this.declared.set(agreement, byType);
        }
        let scope = byType.get(referenceType);
        if (!scope) {
            const isWanted = (type: string) => this.reflection.isSubtype(type, referenceType);
            const all = () => this.descriptionsOf(agreement).filter(description => isWanted(description.type));
            const splice = spliceOf(agreement);
            const previous = splice && this.declared.get(splice.previous)?.get(referenceType);
            if (previous) {
                const inserted = this.describe(ownDeclarations(splice.inserted).filter(node => isWanted(node.$type)));
                scope = previous.after(splice, namesDeclaredIn(splice), inserted, all);
            } else {
                scope = DeclaredNames.of(all);
            }
            byType.set(referenceType, scope);
        }
        return scope;
    }

    private describe(nodes: readonly AstNode[]): AstNodeDescription[] {
        return nodes.flatMap(node => {
            const name = this.nameProvider.getName(node);
            return name ? [this.descriptions.createDescription(node, name)] : [];
        });
    }

    /**
     * The agreement's declarations as the scope computation described them (all under the agreement), or,
     * while its document is between parsing and scope computation, described afresh.
     */
    private descriptionsOf(agreement: Agreement) {
        const localSymbols = AstUtils.getDocument(agreement).localSymbols;
        if (localSymbols?.has(agreement)) {
            return localSymbols.getStream(agreement);
        }
        return stream(declarations(agreement)).map(node => {
            const name = this.nameProvider.getName(node);
            return name ? this.descriptions.createDescription(node, name) : undefined;
        }).nonNullable();
    }
}
