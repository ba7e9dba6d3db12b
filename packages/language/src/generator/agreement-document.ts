/**
 * AST -> document model: the title block, the agreement summary, one numbered clause per section in the section
 * catalogue's order (a section written twice is one clause), and a signature block per party. Whatever parses is
 * rendered: a document with errors shows what is there, and the problem count says that it is incomplete.
 */
import {
    type Agreement, type AgreementKind, type AgreementStatus, type AgreementTier, type MasterAgreementField, type Party,
    type Section, isCurrenciesField, isEffectiveField, isKindField, isLevelsSection, isMasterAgreementField,
    isPartiesSection, isRefinesField, isResponsibilitiesSection, isServicesSection, isSignatory, isStatusField,
    isSupersedesField, isTierField, isTimezoneField, isVersionField
} from '../generated/ast.js';
import { agreementLocale } from '../locale/agreement-locale.js';
import { formatterFor } from '../locale/formatter.js';
import type { Locale } from '../locale/locale.js';
import { SECTIONS } from '../catalogue/sections.js';
import { headerField, obligedParty } from '../sla-model.js';
import type { ProblemCount } from '../sla-protocol.js';
import {
    type ClauseBuilder, type ClauseContext, type ClauseDraft, anchors, levelSpan, lineOf, listText, serviceSpan
} from './clause-context.js';
import { exclusionsClause, groupByParty, responsibilitiesClause } from './clauses/duty-clauses.js';
import { changesClause, reportingClause, reviewClause } from './clauses/governance-clauses.js';
import { levelsClause, metricsClause, segmentsClause } from './clauses/level-clauses.js';
import { definitionsClause, goalsClause, partiesClause, partiesOf, roleOf } from './clauses/party-clauses.js';
import { clausesClause } from './clauses/legal-clauses.js';
import { purchasesClause } from './clauses/purchase-clauses.js';
import { remediesClause } from './clauses/remedy-clauses.js';
import { calendarsClause, packagesClause, servicesClause } from './clauses/service-clauses.js';
import {
    type AgreementDocument, type Clause, type Fact, type Notice, type SignatureBlock, type Text, joinText, lineBreak, link
} from './document-model.js';
import { draftNotice } from './draft-notice.js';
import { inheritance } from './inheritance.js';

/** One builder per section type: adding a section to the grammar and catalogue fails to compile until it renders. */
const BUILDERS: { [T in Section['$type']]: ClauseBuilder<Extract<Section, { $type: T }>> } = {
    PartiesSection: partiesClause,
    GoalsSection: goalsClause,
    DefinitionsSection: definitionsClause,
    CalendarsSection: calendarsClause,
    ServicesSection: servicesClause,
    PackagesSection: packagesClause,
    PurchasesSection: purchasesClause,
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

/**
 * The agreement as a document, in its own locale (`locale en-US`) unless `locale` says otherwise; an agreement
 * without one is rendered in the default locale (locale/locales.ts).
 */
export function buildAgreementDocument(
    agreement: Agreement, problems: ProblemCount = NO_PROBLEMS, locale: Locale = agreementLocale(agreement)
): AgreementDocument {
    const context: ClauseContext = {
        agreement, inheritance: inheritance(agreement), locale, format: formatterFor(locale), words: locale.messages
    };
    const words = context.words.document;
    const drafts = SECTIONS.flatMap((spec): ClauseDraft[] => {
        const sections = agreement.sections.filter(section => section.$type === spec.astType);
        const build = BUILDERS[spec.astType] as ClauseBuilder;
        const content = build(sections, context);
        if (!content || (content.blocks.length === 0 && !content.subclauses?.length)) return [];
        return [{
            title: words.sections[spec.astType], anchor: anchors.clause(spec.id), line: lineOf(sections[0]),
            blocks: content.blocks, subclauses: content.subclauses ?? []
        }];
    });
    const parties = partiesOf(agreement.sections.filter(isPartiesSection), context);
    const title = agreement.title ?? agreement.name ?? words.untitled;
    const version = headerField(agreement, isVersionField)?.version;
    const status = headerField(agreement, isStatusField)?.status;
    return {
        name: agreement.name ?? '',
        language: locale.tag,
        paper: locale.paper,
        labels: {
            kind: words.kind, errors: words.errorsLabel, warnings: words.warningsLabel, note: words.noteLabel,
            signatures: words.signatures, footer: words.footer(title, version === undefined ? undefined : String(version)),
            page: words.page
        },
        title,
        subtitle: parties.length ? words.between(context.format.list(parties.map(p => p.legalName ?? p.name ?? '?'))) : '',
        facts: titleFacts(agreement, context),
        status,
        statusBadge: status === 'draft' || status === 'superseded' ? statusLabel(status, context) : undefined,
        problems,
        notice: problemNotice(problems, context),
        draft: draftNotice(agreement, context),
        line: lineOf(agreement),
        summary: summaryClause(agreement, parties, context),
        clauses: drafts.map((draft, index) => numbered(draft, `${index + 1}`)),
        signatures: parties.map((party): SignatureBlock => {
            const signatory = party.details.find(isSignatory);
            return {
                line: lineOf(party), shortName: party.name ?? '?', quotedName: words.quoted(party.name ?? '?'), legalName: party.legalName ?? party.name ?? '?',
                role: roleOf(party, context.words), signatory: signatory?.person, position: signatory?.position
            };
        })
    };
}

/** The status in the document's language; a status the language has no word for, as written. */
function statusLabel(status: string, context: ClauseContext): string {
    return context.words.document.statuses[status as AgreementStatus] ?? status;
}

function problemNotice({ errors, warnings }: ProblemCount, context: ClauseContext): Notice | undefined {
    if (errors + warnings === 0) return undefined;
    return { severity: errors ? 'error' : 'warning', text: context.words.document.problems(errors, warnings) };
}

function numbered(draft: ClauseDraft, number: string): Clause {
    return { ...draft, number, subclauses: draft.subclauses.map((sub, index) => numbered(sub, `${number}.${index + 1}`)) };
}

function titleFacts(agreement: Agreement, context: ClauseContext): Fact[] {
    const effective = headerField(agreement, isEffectiveField);
    const refines = headerField(agreement, isRefinesField);
    const words = context.words.document;
    const labels = words.facts;
    const status = headerField(agreement, isStatusField)?.status;
    const kind = headerField(agreement, isKindField)?.kind;
    const tier = headerField(agreement, isTierField)?.tier;
    const master = headerField(agreement, isMasterAgreementField);
    const rows: Array<[string, Text, number?]> = [
        [labels.reference, [agreement.name ?? '']],
        [labels.version, [String(headerField(agreement, isVersionField)?.version ?? '')]],
        [labels.status, [status ? statusLabel(status, context) : '']],
        [labels.term, effective?.start ? [context.format.term(effective.start, effective.end)] : [], lineOf(effective)],
        [labels.timeZone, [headerField(agreement, isTimezoneField)?.zone ?? '']],
        [labels.kind, [kind ? words.kinds[kind as AgreementKind] ?? '' : '']],
        [labels.level, [tier ? words.tiers[tier as AgreementTier] ?? tier : '']],
        [labels.refines, refines ? refinesText(refines.parent?.$refText, context) : [], lineOf(refines)],
        [labels.masterAgreement, masterText(master, context), lineOf(master)],
        [labels.supersedes, [headerField(agreement, isSupersedesField)?.previous ?? '']],
        [labels.currencies, [headerField(agreement, isCurrenciesField)?.currencies.join(', ') ?? '']]
    ];
    return rows.filter(([, value]) => value.some(inline => inline !== ''))
        .map(([label, value, line]) => ({ label, value, line }));
}

/** "Master Services Agreement, dated 3 November 2025": the contract this agreement is a schedule to. */
function masterText(field: MasterAgreementField | undefined, context: ClauseContext): Text {
    if (!field?.title) return [];
    return [context.words.document.masterAgreement(field.title, field.date ? context.format.date(field.date) : undefined)];
}

/** "Halvorsen Group IT Corporate Service Level Agreement (CorporateIT), version 3.0", nearest first. */
function refinesText(written: string | undefined, context: ClauseContext): Text {
    const parents = context.inheritance.parents;
    if (parents.length === 0) return [written ?? '?'];
    const words = context.words.document;
    return joinText(parents.map(parent => {
        const version = headerField(parent, isVersionField)?.version;
        return [words.refinedAgreement(parent.title ?? parent.name ?? '?', parent.name ?? '?', version ? String(version) : undefined)];
    }), words.whichRefines);
}

/** The agreement table: per party, what it provides, the levels it owes and its responsibilities. */
function summaryClause(agreement: Agreement, parties: readonly Party[], context: ClauseContext): Clause {
    const services = [...agreement.sections.filter(isServicesSection).flatMap(s => s.services), ...context.inheritance.services];
    const levels = agreement.sections.filter(isLevelsSection).flatMap(s => s.levels);
    const duties = groupByParty(agreement.sections.filter(isResponsibilitiesSection).flatMap(s => s.duties));
    const dash = (text: Text): Text => text.length ? text : ['—'];
    const words = context.words.document.summary;
    return {
        title: words.title,
        anchor: 'summary',
        blocks: [{
            kind: 'table',
            columns: words.columns, widths: [12, 15, 23, 30, 20],
            rows: parties.map(party => {
                const owed = levels.filter(level => obligedParty(level) === party);
                const own = duties.find(group => group.party === party)?.duties ?? [];
                const excusing = own.filter(duty => duty.effect && (duty.everyLevel || duty.levels.length)).length;
                return {
                    cells: [
                        [party.name ?? '?'],
                        [roleOf(party, context.words)],
                        dash(listText(services.filter(service => service.providers.some(p => p.ref === party)), serviceSpan, context)),
                        dash(joinText(owed.map(level => [levelSpan(level), `: ${context.format.target(level.target)}`]), lineBreak)),
                        dash(own.length ? [link(words.duties(own.length), `duties-${party.name}`), words.excusing(own.length, excusing)] : [])
                    ]
                };
            })
        }],
        subclauses: []
    };
}
