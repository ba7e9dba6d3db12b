/**
 * Which parts of an agreement an edit may re-parse on their own: items and sections that begin with their own
 * keyword and end with their own closing brace, so that nothing before or after them can change how they parse.
 * Keyed by the AST type union: a type that is not listed (a new section or item added to the grammar) is never
 * re-parsed alone, and an edit inside it falls back to a full parse. List a new type here when it starts with a
 * keyword and ends with `}`; the differential test (test/incremental) checks the result against full builds.
 */
import type { SlaAstType } from '../generated/ast.js';

export const SPLICE_UNITS: Partial<Record<keyof SlaAstType, true>> = {
    // Sections
    PartiesSection: true,
    GoalsSection: true,
    DefinitionsSection: true,
    CalendarsSection: true,
    ServicesSection: true,
    PackagesSection: true,
    SegmentsSection: true,
    MetricsSection: true,
    LevelsSection: true,
    ResponsibilitiesSection: true,
    ExclusionsSection: true,
    RemediesSection: true,
    ReportingSection: true,
    ChangesSection: true,
    ReviewSection: true,
    PurchasesSection: true,
    ClausesSection: true,
    // Items with a body in braces (a party only when it has one: checked on its text)
    Party: true,
    Calendar: true,
    Service: true,
    Package: true,
    Metric: true,
    Level: true,
    Credits: true,
    Escalation: true,
    Report: true,
    LegalClause: true
};

export function isSpliceUnit(type: string): boolean {
    return (SPLICE_UNITS as Record<string, true | undefined>)[type] === true;
}
