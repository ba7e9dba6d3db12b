/**
 * Small read-only helpers over the AST that validation, scoping, completion and rendering share.
 */
import { AstUtils, type AstNode } from 'langium';
import {
    type Agreement, type HeaderField, type Party, type Section, isAgreement, isCalendar, isLevel, isMetric,
    isPackage, isParty, isReport, isSegment, isService
} from './generated/ast.js';

/** The first header field of one kind, e.g. `headerField(agreement, isEffectiveField)`. */
export function headerField<T extends HeaderField>(agreement: Agreement, is: (field: unknown) => field is T): T | undefined {
    return agreement.header.find(is);
}

/** The first section of one kind, e.g. `section(agreement, isLevelsSection)`. */
export function section<T extends Section>(agreement: Agreement, is: (section: unknown) => section is T): T | undefined {
    return agreement.sections.find(is);
}

/** The named declarations that references can point at. */
export type Declaration = NonNullable<ReturnType<typeof asDeclaration>>;

export function asDeclaration(node: AstNode) {
    if (isParty(node) || isService(node) || isPackage(node) || isMetric(node) || isLevel(node) || isCalendar(node)
        || isSegment(node) || isReport(node)) {
        return node;
    }
    return undefined;
}

/** Every named declaration of an agreement, in document order. */
export function declarations(agreement: Agreement): Declaration[] {
    return AstUtils.streamAllContents(agreement).map(asDeclaration).nonNullable().toArray();
}

/**
 * The agreements this one refines, nearest first. A cycle (`A refines B refines A`) stops at the first repeat;
 * the validator reports it.
 */
export function ancestors(agreement: Agreement): Agreement[] {
    const chain: Agreement[] = [];
    const seen = new Set<Agreement>([agreement]);
    let current = parentOf(agreement);
    while (current && !seen.has(current)) {
        chain.push(current);
        seen.add(current);
        current = parentOf(current);
    }
    return chain;
}

function parentOf(agreement: Agreement): Agreement | undefined {
    return agreement.header.find(field => field.$type === 'RefinesField')?.parent?.ref;
}

/** Parties in this agreement and inherited from the ones it refines. */
export function allParties(agreement: Agreement): Party[] {
    return [agreement, ...ancestors(agreement)].flatMap(a => declarations(a).filter(isParty));
}

export function agreementOf(node: AstNode): Agreement | undefined {
    return AstUtils.getContainerOfType(node, isAgreement);
}
