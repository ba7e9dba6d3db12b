/**
 * Unresolved names: finding the reference a diagnostic is about, and the declared names it was probably meant to
 * be (for did-you-mean quick fixes).
 */
import { AstUtils, type LangiumDocument, type ReferenceInfo } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Agreement } from '../generated/ast.js';
import { undeclaredNames, type UndeclaredName } from '../generator/declaration-stubs.js';
import type { SlaServices } from '../sla-module.js';
import { closeNames } from '../validation/close-names.js';
import { sameRange } from './ranges.js';

export interface UnresolvedReference {
    readonly info: ReferenceInfo;
    /** The name with all its uses, when it is of a kind a declaration stub can be written for. */
    readonly undeclared?: UndeclaredName;
}

/** The unresolved reference whose name spans `range`. */
export function unresolvedReferenceAt(document: LangiumDocument<Agreement>, range: Range): UnresolvedReference | undefined {
    const agreement = document.parseResult.value;
    for (const node of AstUtils.streamAst(agreement)) {
        for (const info of AstUtils.streamReferences(node)) {
            const refRange = info.reference.$refNode?.range;
            if (refRange && sameRange(refRange, range) && 'ref' in info.reference && !info.reference.ref) {
                const undeclared = undeclaredNames(agreement).find(name => name.uses.some(use => use.reference === info.reference));
                return { info, undeclared };
            }
        }
    }
    return undefined;
}

/** Up to three names in scope that are close to the unresolved one, closest first. */
export function suggestNames(services: SlaServices, info: ReferenceInfo): string[] {
    return closeNames(info.reference.$refText, services.references.ScopeProvider.getScope(info).getAllElements().map(d => d.name));
}
