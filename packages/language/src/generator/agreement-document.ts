/**
 * AST -> document model: the title block, the agreement summary, one numbered clause per section in the section
 * catalogue's order (a section written twice is one clause), and a signature block per party. Whatever parses is
 * rendered: a document with errors shows what is there, and the problem count says that it is incomplete.
 */
import {
    type Agreement, type MasterAgreementField, type Party, type Section, isCurrenciesField, isEffectiveField, isKindField,
    isLevelsSection, isMasterAgreementField, isPartiesSection, isRefinesField, isResponsibilitiesSection, isServicesSection,
    isSignatory, isStatusField, isSupersedesField, isTierField, isTimezoneField, isVersionField
} from '../generated/ast.js';
import { SECTIONS } from '../catalogue/sections.js';
import { headerField, obligedParty } from '../sla-model.js';
import type { ProblemCount } from '../sla-protocol.js';
import {
    type ClauseBuilder, type ClauseContext, type ClauseDraft, anchors, capitalize, levelSpan, lineOf, listText,
    serviceSpan
} from './clause-context.js';
import { exclusionsClause, groupByParty, responsibilitiesClause } from './clauses/duty-clauses.js';
import { changesClause, reportingClause, reviewClause } from './clauses/governance-clauses.js';
import { levelsClause, metricsClause, segmentsClause } from './clauses/level-clauses.js';
import { definitionsClause, goalsClause, partiesClause, partiesOf, roleOf } from './clauses/party-clauses.js';
import { clausesClause } from './clauses/legal-clauses.js';
import { remediesClause } from './clauses/remedy-clauses.js';
import { calendarsClause, packagesClause, servicesClause } from './clauses/service-clauses.js';
import {
    type AgreementDocument, type Clause, type Fact, type Notice, type SignatureBlock, type Text, joinText, lineBreak, link
} from './document-model.js';
import { draftNotice } from './draft-notice.js';
import { formatDate, formatList, formatTarget, formatTerm, plural } from './format.js';
import { inheritance } from './inheritance.js';

/** One builder per section type: adding a section to the grammar and catalogue fails to compile until it renders. */
const BUILDERS: { [T in Section['$type']]: ClauseBuilder<Extract<Section, { $type: T }>> } = {
    PartiesSection: partiesClause,
    GoalsSection: goalsClause,
    DefinitionsSection: definitionsClause,
    CalendarsSection: calendarsClause,
    ServicesSection: servicesClause,
    PackagesSection: packagesClause,
    SegmentsSection: segmentsClause,
    MetricsSection: metricsClause,
    LevelsSection: levelsClause,
    ResponsibilitiesSection: responsibilitiesClause,
    ExclusionsSection: exclusionsClause,
    RemediesSection: remediesClause,
    ReportingSection: reportingClause,
    ChangesSection: changesClause,
    ReviewSection: reviewClause,
    ClausesSection: clausesClause
};

const NO_PROBLEMS: ProblemCount = { errors: 0, warnings: 0 };

export function buildAgreementDocument(agreement: Agreement, problems: ProblemCount = NO_PROBLEMS): AgreementDocument {
    const context: ClauseContext = { agreement, inheritance: inheritance(agreement) };
    const drafts = SECTIONS.flatMap((spec): ClauseDraft[] => {
        const sections = agreement.sections.filter(section => section.$type === spec.astType);
        const build = BUILDERS[spec.astType] as ClauseBuilder;
        const content = build(sections, context);
        if (!content || (content.blocks.length === 0 && !content.subclauses?.length)) return [];
        return [{
            title: spec.title, anchor: anchors.clause(spec.id), line: lineOf(sections[0]),
            blocks: content.blocks, subclauses: content.subclauses ?? []
        }];
    });
    const parties = partiesOf(agreement.sections.filter(isPartiesSection), context);
    return {
        name: agreement.name ?? '',
        title: agreement.title ?? agreement.name ?? 'Untitled agreement',
        subtitle: parties.length ? `between ${formatList(parties.map(p => p.legalName ?? p.name ?? '?'))}` : '',
        facts: titleFacts(agreement, context),
        status: headerField(agreement, isStatusField)?.status,
        problems,
        notice: problemNotice(problems),
        draft: draftNotice(agreement),
        line: lineOf(agreement),
        summary: summaryClause(agreement, parties, context),
        clauses: drafts.map((draft, index) => numbered(draft, `${index + 1}`)),
        signatures: parties.map((party): SignatureBlock => {
            const signatory = party.details.find(isSignatory);
            return {
                line: lineOf(party), shortName: party.name ?? '?', legalName: party.legalName ?? party.name ?? '?',
                role: roleOf(party), signatory: signatory?.person, position: signatory?.position
            };
        })
    };
}

/** ", 3 of which excuse or pause levels" after "4 duties". */
function excusingText(duties: number, excusing: number): string {
    if (excusing === 0) return '';
    if (duties === 1) return ', which excuses or pauses levels';
    return `, ${excusing} of which ${excusing === 1 ? 'excuses or pauses' : 'excuse or pause'} levels`;
}

function problemNotice({ errors, warnings }: ProblemCount): Notice | undefined {
    if (errors + warnings === 0) return undefined;
    const counts = [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(' and ');
    return {
        severity: errors ? 'error' : 'warning',
        text: `This agreement has ${counts}. The document shows what could be read; resolve the problems before it is signed.`
    };
}

function numbered(draft: ClauseDraft, number: string): Clause {
    return { ...draft, number, subclauses: draft.subclauses.map((sub, index) => numbered(sub, `${number}.${index + 1}`)) };
}

const KINDS: Record<string, string> = {
    'service-based': 'Service-based', 'customer-based': 'Customer-based', 'multi-level': 'Multi-level'
};

function titleFacts(agreement: Agreement, context: ClauseContext): Fact[] {
    const effective = headerField(agreement, isEffectiveField);
    const refines = headerField(agreement, isRefinesField);
    const rows: Array<[string, Text, number?]> = [
        ['Reference', [agreement.name ?? '']],
        ['Version', [String(headerField(agreement, isVersionField)?.version ?? '')]],
        ['Status', [capitalize(headerField(agreement, isStatusField)?.status ?? '')]],
        ['Term', effective?.start ? [formatTerm(effective.start, effective.end)] : [], lineOf(effective)],
        ['Time zone', [headerField(agreement, isTimezoneField)?.zone ?? '']],
        ['Kind', [KINDS[headerField(agreement, isKindField)?.kind ?? ''] ?? '']],
        ['Level', [capitalize(headerField(agreement, isTierField)?.tier ?? '')]],
        ['Refines', refines ? refinesText(refines.parent?.$refText, context) : [], lineOf(refines)],
        ['Master agreement', masterText(headerField(agreement, isMasterAgreementField)), lineOf(headerField(agreement, isMasterAgreementField))],
        ['Supersedes', [headerField(agreement, isSupersedesField)?.previous ?? '']],
        ['Currencies', [headerField(agreement, isCurrenciesField)?.currencies.join(', ') ?? '']]
    ];
    return rows.filter(([, value]) => value.some(inline => inline !== ''))
        .map(([label, value, line]) => ({ label, value, line }));
}

/** "Master Services Agreement, dated 3 November 2025": the contract this agreement is a schedule to. */
function masterText(field: MasterAgreementField | undefined): Text {
    if (!field?.title) return [];
    return [field.date ? `${field.title}, dated ${formatDate(field.date)}` : field.title];
}

/** "Halvorsen Group IT Corporate Service Level Agreement (CorporateIT), version 3.0", nearest first. */
function refinesText(written: string | undefined, context: ClauseContext): Text {
    const parents = context.inheritance.parents;
    if (parents.length === 0) return [written ?? '?'];
    return joinText(parents.map(parent => {
        const version = headerField(parent, isVersionField)?.version;
        return [`${parent.title ?? parent.name} (${parent.name})${version ? `, version ${version}` : ''}`];
    }), ', which refines ');
}

/** The agreement table: per party, what it provides, the levels it owes and its responsibilities. */
function summaryClause(agreement: Agreement, parties: readonly Party[], context: ClauseContext): Clause {
    const services = [...agreement.sections.filter(isServicesSection).flatMap(s => s.services), ...context.inheritance.services];
    const levels = agreement.sections.filter(isLevelsSection).flatMap(s => s.levels);
    const duties = groupByParty(agreement.sections.filter(isResponsibilitiesSection).flatMap(s => s.duties));
    const dash = (text: Text): Text => text.length ? text : ['—'];
    return {
        title: 'Agreement summary',
        anchor: 'summary',
        blocks: [{
            kind: 'table',
            columns: ['Party', 'Role', 'Provides', 'Service levels owed', 'Responsibilities'], widths: [12, 15, 23, 30, 20],
            rows: parties.map(party => {
                const owed = levels.filter(level => obligedParty(level) === party);
                const own = duties.find(group => group.party === party)?.duties ?? [];
                const excusing = own.filter(duty => duty.effect && duty.levels.length).length;
                return {
                    cells: [
                        [party.name ?? '?'],
                        [roleOf(party)],
                        dash(listText(services.filter(service => service.providers.some(p => p.ref === party)), serviceSpan)),
                        dash(joinText(owed.map(level => [levelSpan(level), `: ${formatTarget(level.target)}`]), lineBreak)),
                        dash(own.length ? [link(`${own.length} ${own.length === 1 ? 'duty' : 'duties'}`, `duties-${party.name}`), excusingText(own.length, excusing)] : [])
                    ]
                };
            })
        }],
        subclauses: []
    };
}
