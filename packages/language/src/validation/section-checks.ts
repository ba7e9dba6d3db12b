/**
 * Checks on the agreement's structure: the sections the catalogue requires or recommends, sections given twice,
 * and fields written twice inside one block.
 */
import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Agreement } from '../generated/ast.js';
import { SECTIONS, sectionForType, type SectionPresence } from '../catalogue/sections.js';
import { allParties, ancestors } from '../sla-model.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';

/** How a missing section is reported; `sla.validation.missingSections` overrides the required ones. */
export type MissingSectionSeverity = 'error' | 'warning' | 'off';

/**
 * Sections of declarations used by name, which an agreement that refines another takes from it: a refining agreement
 * that only uses its parent's metrics or calendars needs no section of its own for them.
 */
const INHERITABLE: ReadonlySet<string> = new Set(['PartiesSection', 'CalendarsSection', 'ServicesSection', 'SegmentsSection', 'MetricsSection']);

export function checkMissingSections(agreement: Agreement, accept: ValidationAcceptor, required: MissingSectionSeverity): void {
    const present = new Set(agreement.sections.map(s => s.$type));
    for (const ancestor of ancestors(agreement)) {
        for (const section of ancestor.sections) if (INHERITABLE.has(section.$type)) present.add(section.$type);
    }
    const text = agreement.$cstNode?.root.fullText ?? '';
    const internal = isInternal(agreement);
    for (const spec of SECTIONS) {
        if (present.has(spec.astType) || (spec.externalOnly && internal) || isWritten(text, spec.keyword)) continue;
        const severity = missingSeverity(spec.presence, required);
        if (!severity) continue;
        const what = spec.presence === 'required' ? 'is missing a required' : 'has no';
        report(accept, severity, IssueCodes.missingSection(spec.id),
            `The agreement ${what} '${spec.keyword}' section (${spec.title}). ${spec.why}`,
            { node: agreement, property: 'name' }, { section: spec.id });
    }
}

/** An agreement between departments of one organisation: it has parties, and every one is `internal`. */
function isInternal(agreement: Agreement): boolean {
    const parties = allParties(agreement);
    return parties.length > 0 && parties.every(party => party.internal);
}

/**
 * A section the author wrote, even one a syntax error kept the parser from reading, is not missing: saying so would
 * send them to add what is already there. The syntax error is reported where it is.
 */
function isWritten(text: string, keyword: string): boolean {
    return new RegExp(`^[ \\t]*${keyword}[ \\t]*\\{`, 'm').test(text);
}

function missingSeverity(presence: SectionPresence, required: MissingSectionSeverity): 'error' | 'warning' | 'info' | undefined {
    switch (presence) {
        case 'required': return required === 'off' ? undefined : required;
        case 'recommended': return required === 'off' ? undefined : 'info';
        case 'optional': return undefined;
    }
}

export function checkDuplicateSections(agreement: Agreement, accept: ValidationAcceptor): void {
    const seen = new Set<string>();
    for (const section of agreement.sections) {
        if (seen.has(section.$type)) {
            const spec = sectionForType(section.$type)!;
            report(accept, 'error', IssueCodes.DuplicateSection,
                `The '${spec.keyword}' section is given twice; merge its contents into the first one.`,
                { node: section, keyword: spec.keyword });
        }
        seen.add(section.$type);
    }
}

/**
 * A block field written twice (`kind ratio ... kind count`) keeps only its last value in the AST; the CST still
 * has both, so every repeat is reported. Header fields are nodes of their own and are compared by type.
 */
export function checkDuplicateFields(node: AstNode, accept: ValidationAcceptor): void {
    const seen = new Set<string>();
    for (const child of children(node.$cstNode)) {
        const assignment = assignmentOf(child);
        if (assignment?.operator !== '=' || child.astNode !== node) continue;
        if (seen.has(assignment.feature)) {
            reportDuplicateField(accept, node, assignment.feature, child.range);
        }
        seen.add(assignment.feature);
    }
}

export function checkDuplicateHeaderFields(agreement: Agreement, accept: ValidationAcceptor): void {
    const seen = new Set<string>();
    for (const field of agreement.header) {
        const keyword = children(field.$cstNode)[0];
        if (seen.has(field.$type) && keyword) {
            reportDuplicateField(accept, field, keyword.text, field.$cstNode!.range);
        }
        seen.add(field.$type);
    }
}

function reportDuplicateField(accept: ValidationAcceptor, node: AstNode, field: string, range: Range): void {
    report(accept, 'error', IssueCodes.DuplicateField,
        `'${field}' is given more than once here; only one value counts. Remove the extra one.`,
        { node, range }, { field });
}

/**
 * Langium's `GrammarUtils.findAssignment`, with the assignment of each grammar element looked up once: this check
 * runs on every block of the agreement at every keystroke, and the lookup climbs the grammar each time.
 */
function assignmentOf(cstNode: CstNode): GrammarAST.Assignment | undefined {
    const astNode = cstNode.astNode;
    for (let node: CstNode | undefined = cstNode; node && astNode === node.container?.astNode; node = node.container) {
        const assignment = enclosingAssignment(node.grammarSource);
        if (assignment) return assignment;
    }
    return undefined;
}

const assignments = new WeakMap<AstNode, GrammarAST.Assignment | null>();

function enclosingAssignment(source: AstNode | undefined): GrammarAST.Assignment | undefined {
    if (!source) return undefined;
    let assignment = assignments.get(source);
    if (assignment === undefined) {
        assignment = AstUtils.getContainerOfType(source, GrammarAST.isAssignment) ?? null;
        assignments.set(source, assignment);
    }
    return assignment ?? undefined;
}

function children(cst: CstNode | undefined): readonly CstNode[] {
    return cst && isCompositeCstNode(cst) ? cst.content : [];
}
