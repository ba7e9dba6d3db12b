/**
 * What the language's words mean, for hovers and completion items. Section keywords are explained by the section
 * catalogue, keywords that start a field by the documentation comment of their grammar rule, and the enumerated
 * values below by this table: the words a contract manager picks from (roles, metric kinds, aggregations, ...).
 */
import { AstUtils, GrammarAST, isJSDoc, parseJSDoc, type AstNodeWithComment } from 'langium';
import { sectionForKeyword } from '../catalogue/sections.js';
import { formatComparator } from '../generator/format.js';

/** The meaning of each enumerated word, by the grammar rule it belongs to. */
const VALUE_DOCS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
    PartyRole: {
        provider: 'Delivers the services and is obliged to meet the service levels.',
        customer: 'Receives the services; its duties can excuse or pause the levels they affect.',
        subcontractor: 'Delivers part of a service on behalf of a provider.',
        monitor: 'An independent party that measures the service levels.'
    },
    Party: {
        party: 'A party without one of the roles provider, customer, subcontractor or monitor.',
        internal: 'An internal department of the same organisation rather than a separate legal entity.'
    },
    AgreementStatus: {
        draft: 'Being negotiated; not yet binding.',
        active: 'Signed and in force.',
        superseded: 'Replaced by a newer agreement.'
    },
    AgreementKind: {
        'service-based': 'One service for all customers who use it.',
        'customer-based': 'All services for one customer or customer group.',
        'multi-level': 'One level of a set: corporate, customer and service agreements that refine each other.'
    },
    AgreementTier: {
        corporate: 'Applies to everyone in the organisation; lower levels may tighten it, never weaken it.',
        customer: 'Applies to one customer or customer group.',
        service: 'Applies to one service.'
    },
    MetricKind: {
        ratio: 'Good intervals or events as a share of all, in % (availability, success rate).',
        duration: 'A length of time per item, such as response or resolution time.',
        count: 'A number of things in the window, such as leads handed over.',
        average: 'An average over items, such as contact attempts per lead.',
        score: 'A score on a scale, such as lead score or user satisfaction.'
    },
    Aggregation: {
        'percent-of-intervals': 'The share of measurement intervals that were good, e.g. minutes available. Not the same number as a mean of per-interval rates.',
        'mean-of-intervals': 'The mean of the per-interval values, e.g. the average of 5-minute error rates.',
        'per-ticket': 'Each ticket is measured on its own; a level says in which share of tickets the target holds (`in 95 % of tickets`).',
        'per-lead': 'Each lead is measured on its own; a level says in which share of leads the target holds.',
        'average-per-lead': 'The average over the leads of the window.',
        mean: 'The arithmetic mean over the window.',
        median: 'The middle value over the window: robust against a few outliers.',
        sum: 'The total over the window.',
        maximum: 'The largest value in the window.',
        minimum: 'The smallest value in the window.'
    },
    Window: {
        calendar: 'A fixed calendar period: a calendar month starts on the 1st.',
        rolling: 'A sliding period that ends now: rolling 30 days is not a calendar month.'
    },
    Quantity: { business: 'Counted in business time: only the hours of the service\'s calendar count.' },
    MetricUnit: { business: 'Measured in business time: only the hours of the service\'s calendar count.' },
    MissingData: {
        down: 'An interval without data counts as down (the default): missing data never helps the obliged party.',
        up: 'An interval without data counts as up.',
        excluded: 'Intervals without data are left out of the figure; the report still states the coverage.'
    },
    ExclusionKind: {
        maintenance: 'Announced maintenance, usually in a maintenance window and with notice.',
        'customer-caused': 'Failures the customer caused: its equipment, staff, changes or instructions.',
        'force-majeure': 'Events beyond either party\'s reasonable control.',
        'free-tier': 'Free, trial or preview services that carry no commitment.',
        other: 'Any other exclusion; say what it covers.'
    },
    ExcusalEffect: {
        excuses: 'When this duty is not met, a miss of the named levels does not count against the provider.',
        pauses: 'While this duty is outstanding, the clock of the named levels stops (e.g. waiting on the customer).'
    },
    ChargeKind: {
        charge: 'A per-unit charge on top of the package price, e.g. per workstation per month.',
        extra: 'Work outside the package, billed separately.'
    }
};

/** Markdown for a keyword in its grammar position; undefined when there is nothing to say. */
export function keywordDocumentation(keyword: GrammarAST.Keyword): string | undefined {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    const section = sectionForKeyword(keyword.value);
    if (section && rule?.name === section.astType) {
        return `**${section.title}** (${section.presence} section)\n\n${section.why}`;
    }
    if (rule?.name === 'Comparator') {
        return `\`${keyword.value}\`: ${formatComparator(keyword.value)}`;
    }
    const value = rule && VALUE_DOCS[rule.name]?.[keyword.value];
    if (value) return value;
    if (!rule || !startsRule(rule, keyword)) return undefined;
    const comment = (rule as AstNodeWithComment).$comment;
    return comment && isJSDoc(comment) ? parseJSDoc(comment).toMarkdown() : undefined;
}

/** Whether the keyword is the first element of its rule, as `signatory` in `Signatory: 'signatory' ...`. */
function startsRule(rule: GrammarAST.ParserRule, keyword: GrammarAST.Keyword): boolean {
    let first: GrammarAST.AbstractElement | undefined = rule.definition;
    while (GrammarAST.isGroup(first)) first = first.elements[0];
    return first === keyword;
}
