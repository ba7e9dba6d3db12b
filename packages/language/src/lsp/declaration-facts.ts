/**
 * The key facts of a declaration, for hovers on its name and its references and for completion items: a party's
 * role and legal name, a metric's unit and window, a level's target. Values are spelled as the rendered agreement
 * spells them (generator/format.ts).
 */
import type { AstNode } from 'langium';
import {
    isAgreement, isCalendar, isEffectiveField, isLevel, isMetric, isPackage, isParty, isReport, isSegment, isService,
    isSignatory, isStatusField, isVersionField,
    type Agreement, type Calendar, type Level, type Metric, type Package, type Party, type Report, type Service
} from '../generated/ast.js';
import { roleOf } from '../generator/clauses/party-clauses.js';
import { billsFor, overMonths, purchasesOf } from '../pricing/bills.js';
import { agreementOf, headerField } from '../sla-model.js';
import { DEFAULT_LOCALE } from '../locale/locales.js';
import {
    formatCadence, formatDate, formatList, formatMoney, formatQuantity, formatRate, formatTarget, formatTerm, formatWindow
} from '../generator/format.js';

interface Facts {
    /** What the declaration is, in a few words: "Provider", "metric in business minutes, per calendar month". */
    readonly summary: string;
    readonly title?: string;
    readonly lines: ReadonlyArray<readonly [label: string, value: string | undefined]>;
}

/** A one-line summary for a completion item's detail. */
export function declarationSummary(node: AstNode): string | undefined {
    return factsOf(node)?.summary;
}

/** Markdown with the declaration's name, title and key facts; undefined for nodes that declare nothing. */
export function declarationMarkdown(node: AstNode & { name?: string }): string | undefined {
    const facts = factsOf(node);
    return facts && markdownOf(node, facts);
}

/** The summary and the Markdown at once, from one reading of the declaration: a completion item shows both. */
export function declarationTexts(node: AstNode & { name?: string }): { summary: string, markdown: string } | undefined {
    const facts = factsOf(node);
    return facts && { summary: facts.summary, markdown: markdownOf(node, facts) };
}

function markdownOf(node: AstNode & { name?: string }, facts: Facts): string {
    const heading = `**${escapeMarkdown(node.name ?? '?')}** — ${escapeMarkdown(facts.summary)}`;
    const title = facts.title ? `\n\n*${escapeMarkdown(facts.title)}*` : '';
    const lines = facts.lines.filter(([, value]) => value).map(([label, value]) => `- ${label}: ${escapeMarkdown(value!)}`);
    return heading + title + (lines.length ? `\n\n${lines.join('\n')}` : '');
}

function factsOf(node: AstNode): Facts | undefined {
    if (isParty(node)) return partyFacts(node);
    if (isMetric(node)) return metricFacts(node);
    if (isLevel(node)) return levelFacts(node);
    if (isService(node)) return serviceFacts(node);
    if (isCalendar(node)) return calendarFacts(node);
    if (isPackage(node)) return packageFacts(node);
    if (isReport(node)) return reportFacts(node);
    if (isAgreement(node)) return agreementFacts(node);
    if (isSegment(node)) return { summary: `${node.dimension ?? 'segment'} segment`, title: node.description, lines: [] };
    return undefined;
}

function partyFacts(party: Party): Facts {
    const signatory = party.details.find(isSignatory);
    return {
        // Hovers speak the editor's language, not the agreement's.
        summary: roleOf(party, DEFAULT_LOCALE.messages),
        title: party.legalName,
        lines: [['Signatory', signatory && [signatory.person, signatory.position].filter(Boolean).join(', ')]]
    };
}

function metricFacts(metric: Metric): Facts {
    const unit = metric.unit && `${metric.unit.business ? 'business ' : ''}${metric.unit.name}`;
    const window = formatWindow(metric.window);
    return {
        summary: ['metric', unit && `in ${unit}`, window && `per ${window}`].filter(Boolean).join(', '),
        title: metric.title,
        lines: [
            ['Unit', unit],
            ['Window', window],
            ['Kind', metric.kind],
            ['Aggregation', metric.aggregation],
            ['Measured every', metric.interval && formatQuantity(metric.interval)],
            ['Split by', metric.scope.length ? formatList(metric.scope) : undefined],
            ['Source', metric.source],
            ['Description', metric.description]
        ]
    };
}

function levelFacts(level: Level): Facts {
    const target = level.target;
    const metric = target?.metric?.ref?.name ?? target?.metric?.$refText;
    const text = target ? `${metric ?? '?'} ${formatTarget(target)}` : undefined;
    return {
        summary: text ? `level: ${text}` : 'level',
        title: level.title,
        lines: [
            ['Target', text],
            ['Services', level.services.length ? formatList(level.services.map(s => s.$refText)) : 'every service'],
            ['Segment', level.segment?.$refText],
            ['Obliged', level.obliged?.$refText],
            ['When', level.condition]
        ]
    };
}

function serviceFacts(service: Service): Facts {
    return {
        summary: 'service',
        title: service.title,
        lines: [
            ['Description', service.description],
            ['Provided by', service.providers.length ? formatList(service.providers.map(p => p.$refText)) : undefined],
            ['Hours', service.hours?.$refText],
            ['Depends on', service.dependencies.length ? formatList(service.dependencies.map(d => d.$refText)) : undefined]
        ]
    };
}

function calendarFacts(calendar: Calendar): Facts {
    const days = calendar.days && [calendar.days.first, calendar.days.last && `to ${calendar.days.last}`, ...calendar.days.others].filter(Boolean).join(' ');
    return {
        summary: 'calendar',
        title: calendar.title,
        lines: [
            ['Days', days],
            ['Hours', calendar.from && `${calendar.from} to ${calendar.to ?? '?'}`],
            ['Time zone', calendar.zone],
            ['Holidays', calendar.holidays.length ? String(calendar.holidays.length) : undefined]
        ]
    };
}

function packageFacts(pkg: Package): Facts {
    return {
        summary: 'package',
        title: pkg.title,
        lines: [
            ['Price', pkg.price && formatRate(pkg.price)],
            ...pkg.charges.map((charge): [string, string] => [charge.kind === 'extra' ? 'Billed extra' : 'Per-unit charge', formatRate(charge.rate)]),
            ['Includes', pkg.services.length ? formatList(pkg.services.map(s => s.$refText)) : undefined],
            ...purchaseLines(pkg)
        ]
    };
}

/** What each customer pays for the package in this agreement, from the price schedule. */
function purchaseLines(pkg: Package): Array<[string, string | undefined]> {
    const agreement = agreementOf(pkg);
    if (!agreement || purchasesOf(agreement).length === 0) return [];
    const bills = billsFor(agreement, pkg);
    if (bills.length === 0) return [['In this agreement', 'no customer takes it']];
    return bills.map(bill => {
        const customer = bill.purchase?.customer?.$refText ?? 'the customer';
        const money = (months: number) => overMonths(bill.monthly, months).map(m => formatMoney(m.amount, m.currency)).join(' + ');
        const total = bill.unknown.length || bill.monthly.length === 0
            ? 'total not known until the purchase states every quantity'
            : `${money(1)} per month, ${money(12)} per year`;
        const from = bill.purchase?.start ? `, from ${formatDate(bill.purchase.start)}` : '';
        return [`${customer} pays`, `${total}${from}`];
    });
}

function reportFacts(report: Report): Facts {
    return {
        summary: 'report',
        title: report.title,
        lines: [
            ['Cadence', report.cadence && formatCadence(report.cadence)],
            ['Due within', report.due && formatQuantity(report.due)],
            ['From', report.from?.$refText],
            ['To', report.recipients.length ? formatList(report.recipients.map(r => r.$refText)) : undefined]
        ]
    };
}

function agreementFacts(agreement: Agreement): Facts {
    const effective = headerField(agreement, isEffectiveField);
    const version = headerField(agreement, isVersionField)?.version;
    return {
        summary: 'agreement',
        title: agreement.title,
        lines: [
            ['Version', version === undefined ? undefined : String(version)],
            ['Status', headerField(agreement, isStatusField)?.status],
            ['Term', effective && formatTerm(effective.start, effective.end)]
        ]
    };
}

const MARKDOWN_SPECIAL = /[\\`*_[\]<>]/;

/** User text shown literally in Markdown. Most names and values have nothing to escape: a test is cheaper than a replace. */
export function escapeMarkdown(text: string): string {
    return MARKDOWN_SPECIAL.test(text) ? text.replace(/[\\`*_[\]<>]/g, '\\$&') : text;
}
