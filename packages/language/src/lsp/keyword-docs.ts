/**
 * What the language's words mean, for hovers and completion items alike: one sentence and an example each.
 * - Keywords: the table below, by keyword, and by grammar rule where a word means different things in different
 *   places (`hours` of a calendar vs. of a service). A test walks the grammar so that no keyword is left out.
 * - Section keywords: the section catalogue (its "why"), which drives everything else about sections.
 * - Comparators: their words in the rendered agreement (`>=`: at least).
 * - Units and the items a share counts: units.ts says what exists; `unitDocumentation` says what it means.
 */
import { AstUtils, GrammarAST } from 'langium';
import { sectionForKeyword, skeletonText } from '../catalogue/sections.js';
import { formatComparator } from '../generator/format.js';
import { withoutPlaceholderMarks } from '../parser/text-values.js';
import { unitInfo } from '../units.js';

/** One sentence a contract manager understands, and how the word is written in an agreement. */
export interface WordDoc {
    readonly text: string;
    readonly example: string;
}

/** A keyword's meaning: the same everywhere, or per grammar rule. */
type KeywordEntry = WordDoc | Readonly<Record<string, WordDoc>>;

const doc = (text: string, example: string): WordDoc => ({ text, example });

const KEYWORD_DOCS: Readonly<Record<string, KeywordEntry>> = {
    // The agreement and its header
    agreement: {
        Agreement: doc('Starts the agreement: its short name, its title, and everything it says in braces.', 'agreement Helpdesk "Managed IT Helpdesk SLA" { ... }'),
        MasterAgreementField: doc('Part of `master agreement`: the master agreement this SLA is a schedule to.', 'master agreement "Master Services Agreement" dated 2025-11-03')
    },
    version: doc('The agreement\'s version, as the parties cite it.', 'version 1.2'),
    status: doc('Where the agreement stands: draft, active or superseded.', 'status active'),
    effective: doc('The day the agreement takes effect, and with `until` the day it ends.', 'effective 2026-01-01 until 2027-12-31'),
    until: doc('The last day of the agreement\'s term; without it the agreement runs until terminated.', 'effective 2026-01-01 until 2027-12-31'),
    timezone: {
        TimezoneField: doc('The time zone every window, deadline and calendar of the agreement is measured in.', 'timezone "Europe/Berlin"'),
        Calendar: doc('The time zone of this calendar\'s hours, when it differs from the agreement\'s.', 'timezone "America/New_York"')
    },
    kind: {
        KindField: doc('What the agreement covers: one service for all customers, all services for one customer, or a level of a multi-level set.', 'kind customer-based'),
        Metric: doc('What the metric measures: a ratio, a duration, a count, an average or a score.', 'kind duration')
    },
    tier: doc('This agreement\'s level in a multi-level set: corporate, customer or service.', 'tier service'),
    refines: doc('The higher-level agreement this one refines; its parties, services, metrics and floors apply here too.', 'refines CorporateIT'),
    supersedes: doc('The agreement or document this one replaces.', 'supersedes "Helpdesk SLA 2025"'),
    locale: doc('The language and country the agreement is written for: its rendered wording, dates, numbers, spelling and paper size.', 'locale en-US'),
    master: doc('Starts `master agreement`: the master agreement this SLA is a schedule to, shown in its title block.', 'master agreement "Master Services Agreement" dated 2025-11-03'),
    dated: doc('The day the master agreement was signed.', 'master agreement "Master Services Agreement" dated 2025-11-03'),
    currencies: doc('The currencies the agreement deliberately mixes; without it, amounts in two currencies are reported.', 'currencies EUR, USD'),
    draft: doc('Being negotiated; not yet binding. Placeholders (TODO texts, values marked with ?) are listed as information.', 'status draft'),
    active: doc('Signed and in force. A placeholder left in it (a TODO text, a value marked with ?) is an error.', 'status active'),
    superseded: doc('Replaced by a newer agreement.', 'status superseded'),
    'service-based': doc('One service for all customers who use it.', 'kind service-based'),
    'customer-based': doc('All services for one customer or customer group.', 'kind customer-based'),
    'multi-level': doc('One level of a set of corporate, customer and service agreements that refine each other.', 'kind multi-level'),
    corporate: doc('Applies to everyone in the organisation; lower levels may tighten it, never weaken it.', 'tier corporate'),

    // Parties
    provider: doc('Delivers the services and is obliged to meet the service levels.', 'provider Acme "Acme Managed Services GmbH"'),
    customer: {
        PartyRole: doc('Receives the services; its duties can excuse or pause the levels they affect.', 'customer Globex "Globex Logistics AG"'),
        AgreementTier: doc('This agreement applies to one customer or customer group.', 'tier customer'),
        DimensionName: doc('Segments that split targets by customer or customer group.', 'customer Gold "Gold customers"')
    },
    subcontractor: doc('Delivers part of a service on behalf of a provider.', 'subcontractor Nordhost "Nordhost AB"'),
    monitor: doc('An independent party that measures the service levels.', 'monitor Vigilant "Vigilant Probe Ltd."'),
    party: doc('A party without one of the roles provider, customer, subcontractor or monitor.', 'party Auditor "Audit & Co."'),
    internal: doc('An internal department of the same organisation rather than a separate legal entity.', 'customer Finance "Finance department" internal'),
    signatory: doc('Who signs for the party: name and position.', 'signatory "Jane Smith" "Managing Director"'),
    contact: doc('A contact point of the party: what it is for and how to reach it.', 'contact "Service desk" "support@acme.example"'),

    // Goals and definitions
    goal: doc('One objective the agreement serves, stated up front.', 'goal "Keep the warehouse systems running during shifts."'),
    term: doc('A term used in the agreement, defined with `means`.', 'term "Business day" means "Monday to Friday, except public holidays"'),
    means: doc('What a defined term means.', 'term "Outage" means "The service cannot be reached by any user"'),

    // Calendars
    calendar: {
        Calendar: doc('A named calendar: the days and hours business time is counted in, or a maintenance window.', 'calendar OfficeHours "Office hours" { days monday to friday hours 08:00 to 18:00 }'),
        Window: doc('A fixed calendar period: a calendar month starts on the 1st.', 'window calendar month')
    },
    days: {
        Calendar: doc('The weekdays the calendar covers: a range or a list.', 'days monday to friday'),
        UnitName: doc('Days of calendar time, or with `business` the calendar\'s working days.', 'within 5 business days')
    },
    hours: {
        Calendar: doc('The time of day the calendar\'s days run from and to.', 'hours 08:00 to 18:00'),
        Service: doc('The calendar the service\'s business time is counted in: its service hours.', 'hours OfficeHours'),
        UnitName: doc('Hours of calendar time, or with `business` only the calendar\'s hours.', '4 business hours')
    },
    to: {
        Calendar: doc('Ends the calendar\'s daily hours.', 'hours 08:00 to 18:00'),
        DayRange: doc('Ends a range of weekdays.', 'days monday to friday'),
        Exclusion: doc('With `applies`: the levels the exclusion applies to (without it, every level).', 'applies to P1Response, P1Resolution'),
        Report: doc('Who receives the report.', 'to Globex')
    },
    holidays: doc('Dates the calendar does not count, such as public holidays.', 'holidays 2026-12-25, 2026-12-26'),
    monday: doc('Monday, in a calendar\'s days.', 'days monday to friday'),
    tuesday: doc('Tuesday, in a calendar\'s days.', 'days tuesday, thursday'),
    wednesday: doc('Wednesday, in a calendar\'s days.', 'days monday, wednesday, friday'),
    thursday: doc('Thursday, in a calendar\'s days.', 'days tuesday, thursday'),
    friday: doc('Friday, in a calendar\'s days.', 'days monday to friday'),
    saturday: doc('Saturday, in a calendar\'s days.', 'days saturday, sunday'),
    sunday: doc('Sunday, in a calendar\'s days.', 'days monday to sunday'),

    // Services and packages
    service: {
        Service: doc('A service the provider delivers, with its scope, hours and dependencies.', 'service ServiceDesk "Service desk" { description "..." }'),
        AgreementTier: doc('This agreement applies to one service.', 'tier service'),
        DimensionName: doc('Segments that split targets by service.', 'service Email "E-mail"')
    },
    description: {
        Service: doc('What the service delivers, in a sentence.', 'description "First- and second-level support for all office users."'),
        Metric: doc('What the metric measures and how, in a sentence.', 'description "From ticket creation to the first reply by an engineer."')
    },
    scope: {
        Service: doc('What the service includes, item by item.', 'scope "Laptops", "Printers"'),
        Metric: doc('With `per`: the dimensions the metric is measured separately for.', 'scope per service, priority')
    },
    out: doc('Starts `out of scope`: what the service does not include.', 'out of scope "Home networks"'),
    of: {
        Service: doc('Part of `out of scope`.', 'out of scope "Home networks"'),
        Target: doc('Names what the share counts: tickets, leads, incidents...', 'ResponseTime <= 15 minutes in 95 % of tickets'),
        Credits: doc('The package whose charges the credits are a share of.', 'credits for ShopUptime of Standard { ... }')
    },
    maintenance: {
        Service: doc('The calendar of the service\'s maintenance window.', 'maintenance PatchWindow'),
        ExclusionKind: doc('Announced maintenance, usually in a maintenance window and with notice, does not count against the provider.', 'maintenance "Patching" during PatchWindow notice 7 days')
    },
    provided: doc('Starts `provided by`: the parties that deliver the service.', 'provided by Acme, Nordhost'),
    by: {
        Service: doc('The parties that deliver the service.', 'provided by Acme, Nordhost'),
        ChangesSection: doc('The parties that may propose, or must approve, a change.', 'approved by Acme, Globex')
    },
    depends: doc('Starts `depends on`: the services this one needs in order to work.', 'depends on Network'),
    on: doc('The services this one needs in order to work.', 'depends on Network, Hosting'),
    package: doc('A package customers choose, with the services it includes, its price and charges outside it.', 'package Standard "Standard" { includes ServiceDesk price 4800 EUR per month }'),
    includes: doc('The services the package includes.', 'includes ServiceDesk, Onsite'),
    takes: doc('Which package a customer buys; with the package\'s price and charges, this decides what it pays and what a percentage credit is worth.', 'Clinic takes Essential from 2026-03-01 with 20 workstations'),
    with: doc('How many of each unit the package charges per the customer buys, such as workstations or devices.', 'Clinic takes Essential with 20 workstations'),
    price: doc('What the package costs, per period.', 'price 4800 EUR per month'),
    charge: doc('A per-unit charge on top of the package price.', 'charge 35 EUR per workstation per month'),
    extra: doc('Work outside the package, billed separately.', 'extra 120 EUR per hour "On-site work outside office hours"'),
    per: {
        Rate: doc('What an amount is for: a period or a countable thing.', '149 USD per month'),
        Metric: doc('With `scope`: the dimensions the metric is measured separately for.', 'scope per service'),
        Cap: doc('The period the cap applies to.', 'cap 50 % per month'),
        Credits: doc('With `late`: a credit for each late ticket or lead, by how late it was, instead of tiers by the share met.', 'credits for P1Resolution per late ticket { when > 4 business hours credit 5 % }')
    },
    late: doc('Part of `per late`: each ticket or lead that missed its target earns its own credit.', 'credits for P1Resolution per late ticket { when > 4 business hours credit 5 % }'),

    // Segments, metrics and levels
    segment: {
        DimensionName: doc('Segments named by the word `segment`, when no better dimension fits.', 'segment Gold "Gold customers"'),
        Level: doc('The one segment the level applies to, such as a priority.', 'segment P1')
    },
    metric: doc('How something is measured: what, in which unit, aggregated how, over which window.', 'metric ResponseTime "Time to respond" { kind duration unit business minutes ... }'),
    unit: doc('The unit the metric is measured in; levels state their thresholds in it.', 'unit business minutes'),
    aggregation: doc('How single measurements become the number the level is compared with.', 'aggregation per-ticket'),
    interval: doc('How often the metric is sampled, for a ratio of good intervals.', 'interval 1 minutes'),
    window: doc('The period the metric is aggregated over: a calendar period or a rolling one.', 'window calendar month'),
    source: doc('Where the measurements come from, so both parties read the same numbers.', 'source "Service desk ticket timestamps"'),
    ratio: doc('Good intervals or events as a share of all, in % (availability, success rate).', 'kind ratio'),
    duration: doc('A length of time per item, such as response or resolution time.', 'kind duration'),
    count: doc('A number of things in the window, such as leads handed over.', 'kind count'),
    average: doc('An average over items, such as contact attempts per lead.', 'kind average'),
    score: doc('A score on a scale, such as lead score or user satisfaction.', 'kind score'),
    business: doc('Counted in business time: only the hours of the service\'s calendar count.', '4 business hours'),
    'percent-of-intervals': doc('The share of measurement intervals that were good, e.g. minutes available; not the same number as a mean of per-interval rates.', 'aggregation percent-of-intervals'),
    'mean-of-intervals': doc('The mean of the per-interval values, e.g. the average of 5-minute error rates.', 'aggregation mean-of-intervals'),
    'per-ticket': doc('Each ticket is measured on its own; a level says in which share of tickets the target holds (`in 95 % of tickets`).', 'aggregation per-ticket'),
    'per-lead': doc('Each lead is measured on its own; a level says in which share of leads the target holds (`in 95 % of leads`).', 'aggregation per-lead'),
    'average-per-lead': doc('The average over the leads of the window.', 'aggregation average-per-lead'),
    mean: doc('The arithmetic mean over the window.', 'aggregation mean'),
    median: doc('The middle value over the window: robust against a few outliers.', 'aggregation median'),
    sum: doc('The total over the window.', 'aggregation sum'),
    maximum: doc('The largest value in the window.', 'aggregation maximum'),
    minimum: {
        Aggregation: doc('The smallest value in the window.', 'aggregation minimum'),
        MinimumCredit: doc('Credits below this amount are not paid out.', 'minimum 50 EUR'),
        Metric: doc('Starts `minimum coverage`: the share of the period that must have data for the figure to count.', 'minimum coverage 90 %')
    },
    coverage: doc('Part of `minimum coverage`: with less data than this, the level is reported as not measurable, not as met or missed.', 'minimum coverage 90 %'),
    counts: doc('Part of `missing counts as`: what an interval without data counts as.', 'missing counts as down'),
    down: doc('An interval without data counts as down (the default): missing data never helps the obliged party.', 'missing counts as down'),
    up: doc('An interval without data counts as up.', 'missing counts as up'),
    excluded: doc('Intervals without data are left out of the figure; the report still states the coverage.', 'missing counts as excluded'),
    rolling: doc('A sliding period that ends now: rolling 30 days is not a calendar month.', 'window rolling 30 days'),
    day: doc('A day, as a period.', 'every day'),
    week: doc('A week, as a period: a calendar week starts on Monday.', 'window calendar week'),
    month: doc('A month, as a period: a calendar month starts on the 1st.', 'cap 50 % per month'),
    quarter: doc('A quarter of a year, as a period.', 'every quarter'),
    year: doc('A year, as a period.', 'cap 30 % per year'),
    level: doc('A service level: a target on a metric, for some services and segments, owed by one party.', 'level P1Response "P1 response" for ServiceDesk { ResponseTime <= 15 minutes in 95 % of tickets segment P1 }'),
    for: {
        Level: doc('The services the level applies to; without it, every service.', 'level ShopUptime for Shop { ... }'),
        Credits: doc('The level whose misses earn these credits.', 'credits for ShopUptime { ... }')
    },
    obliged: doc('The party that must meet the level; without it, the agreement\'s only provider.', 'obliged Acme'),
    when: {
        Level: doc('A condition under which the level applies.', 'when "The workload runs on at least 2 servers"'),
        CreditTier: doc('Starts a credit tier: the measured values it covers, by bounds with comparators.', 'when < 99.9 % and >= 99.0 % credit 10 %')
    },
    over: doc('Gives each ticket or lead its own window from its time; it is judged when that window closes.', 'FollowUpDepth >= 7 attempts over 14 days'),
    in: doc('The share of items in which the target must hold.', 'ResponseTime <= 15 minutes in 95 % of tickets'),

    // Responsibilities and exclusions
    must: doc('What the party must do.', 'Globex must "name a reachable contact" within 30 minutes excuses P1Response'),
    within: {
        Responsibility: doc('The deadline for the duty.', 'Globex must "grant remote access" within 1 business days'),
        ClaimWindow: doc('How long after the period the customer may claim a credit.', 'claim within 30 days'),
        Report: doc('With `due`: how soon after the period the report is delivered.', 'due within 5 business days')
    },
    excuses: doc('When this duty is not met, a miss of the named levels does not count against the provider.', 'excuses P1Response, P2Response'),
    pauses: doc('While this duty is outstanding, the clock of the named levels stops (e.g. waiting on the customer).', 'pauses P1Resolution'),
    all: doc('Every level another party must meet, without listing them.', 'Globex must "keep its contacts up to date" excuses all'),
    during: doc('The calendar of the window the exclusion applies in.', 'maintenance "Patching" during PatchWindow'),
    notice: {
        Exclusion: doc('How long in advance the exclusion must be announced.', 'notice 7 days'),
        ChangesSection: doc('How long in advance a change must be announced.', 'notice 30 days')
    },
    applies: doc('Starts `applies to`: the levels the exclusion applies to (without it, every level).', 'applies to ShopUptime'),
    'customer-caused': doc('Failures the customer caused (its equipment, staff, changes or instructions) do not count against the provider.', 'customer-caused "Faults caused by Globex\'s own changes"'),
    'force-majeure': doc('Events beyond either party\'s reasonable control do not count against the provider.', 'force-majeure "Natural disasters, war, strikes"'),
    'free-tier': doc('Free, trial or preview services carry no commitment.', 'free-tier "Preview features"'),
    other: doc('Any other exclusion; say what it covers.', 'other "Load tests agreed in advance"'),

    // Remedies
    credits: doc('Service-credit tiers for one level: how much credit each range of misses earns.', 'credits for ShopUptime { when < 99.5 % credit 10 % }'),
    and: doc('Adds a tier\'s second bound.', 'when < 99.9 % and >= 99.0 % credit 10 %'),
    credit: doc('The credit a tier earns, as a share of the charges or an amount.', 'when < 99.0 % credit 25 %'),
    cap: doc('The most credit payable in a period.', 'cap 50 % per month'),
    claim: doc('Starts `claim within`: how long after the period a credit may be claimed.', 'claim within 30 days'),
    sole: doc('Credits are the customer\'s only remedy for a missed level.', 'sole remedy'),
    remedy: doc('Part of `sole remedy`: credits are the only remedy for a missed level.', 'sole remedy'),
    paid: doc('Starts `paid as`: how credits are paid.', 'paid as "credit on the next invoice"'),
    as: {
        Payment: doc('How credits are paid.', 'paid as "credit on the next invoice"'),
        Metric: doc('Part of `missing counts as`: what an interval without data counts as.', 'missing counts as down')
    },
    corrective: doc('A corrective action owed, optionally after repeated breaches.', 'corrective "Root-cause analysis" after 2 breaches'),
    after: {
        CorrectiveAction: doc('How many breaches call for the corrective action.', 'corrective "Root-cause analysis" after 2 breaches'),
        EscalationStep: doc('How long after the start the step is called in.', 'step "Service manager" after 2 hours')
    },
    escalation: doc('Who is called in, and when, while a level is at risk.', 'escalation { step "Service manager" after 2 hours }'),
    step: doc('One step of the escalation: who, and after how long.', 'step "Head of operations" after 1 business days'),

    // Reporting, changes, review
    report: doc('A report: what it covers, how often, by whom, to whom and by when.', 'report Monthly "Monthly service report" { every month from Acme to Globex }'),
    every: {
        Report: doc('How often the report is delivered.', 'every month'),
        ReviewSection: doc('How often the agreement is reviewed.', 'every 6 months')
    },
    due: doc('Starts `due within`: how soon after the period the report is delivered.', 'due within 5 business days'),
    from: {
        Report: doc('Who delivers the report.', 'from Acme'),
        Purchase: doc('The day the customer starts paying for the package; without it, the start of the agreement\'s term.', 'Clinic takes Essential from 2026-03-01')
    },
    covers: doc('The levels the report covers.', 'covers P1Response, P1Resolution'),
    if: doc('Starts `if missing`: what happens when the report is not delivered.', 'if missing "Globex may withhold payment of the next invoice"'),
    missing: {
        Report: doc('What happens when the report is not delivered.', 'if missing "Globex may withhold payment of the next invoice"'),
        Metric: doc('Starts `missing counts as`: what an interval without data counts as (down, up or excluded).', 'missing counts as down')
    },
    proposed: doc('Starts `proposed by`: the parties that may propose a change.', 'proposed by Acme, Globex'),
    approved: doc('Starts `approved by`: the parties that must approve a change.', 'approved by Acme, Globex'),
    procedure: doc('How a change is made, in a sentence.', 'procedure "Changes are proposed in writing and take effect when both parties sign."'),
    amendment: doc('A change made to the agreement: its version, date and what changed.', 'amendment 1.1 2026-06-01 "Added a P4 resolution target"'),
    next: doc('The date of the next scheduled review.', 'next 2026-07-01'),
    participants: doc('The parties that take part in the review.', 'participants Acme, Globex'),
    trigger: doc('An event that calls for a review before the next scheduled one.', 'trigger "Three breaches of the same level in a quarter"'),

    // Legal clauses
    clause: doc('A legal clause of the agreement (liability, payment terms, termination...): its short name, its title and its text.', 'clause Liability "Limitation of liability" { paragraph "..." }'),
    paragraph: doc('A paragraph of the clause; a long text in triple quotes with blank lines in it is several paragraphs.', 'paragraph "Either party may terminate this agreement with 90 days\' notice."'),
    list: doc('A bulleted list in the clause, such as the grounds for termination.', 'list { item "Repeated breach of a service level" }'),
    item: doc('One point of a clause\'s list.', 'item "Insolvency of either party"')
};

/** Each documented keyword with the rules it is documented for (none: the same meaning everywhere), for tests. */
export function documentedKeywords(): Array<{ keyword: string, rules?: string[] }> {
    return Object.entries(KEYWORD_DOCS).map(([keyword, entry]) => ({ keyword, rules: isWordDoc(entry) ? undefined : Object.keys(entry) }));
}

/** Rules whose keywords are units in a quantity (`4 hours`), explained by `unitDocumentation`. */
const UNIT_RULES = new Set(['UnitName']);

/** The meaning of a keyword where the grammar uses it; undefined when there is nothing to say. */
export function keywordDoc(keyword: GrammarAST.Keyword): WordDoc | undefined {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
    const section = sectionForKeyword(keyword.value);
    if (section && rule === section.astType) {
        // The skeleton marks its values as suggestions (`6? months`); an example shows them as written once agreed.
        const skeleton = skeletonText(section, { provider: 'Acme', customer: 'Globex', service: 'Shop', metric: 'Uptime', level: 'ShopUptime' });
        const firstLine = withoutPlaceholderMarks(skeleton).split('\n')[1]?.trim();
        return doc(`**${section.title}** (${section.presence} section): ${section.why}`, `${section.keyword} { ${firstLine} ... }`);
    }
    if (rule === 'Comparator') return doc(`Compares with the threshold: ${formatComparator(keyword.value)}.`, `Uptime ${keyword.value} 99.9 %`);
    if (rule && UNIT_RULES.has(rule)) return unitDocumentation(keyword.value);
    const entry = KEYWORD_DOCS[keyword.value];
    if (!entry) return undefined;
    return isWordDoc(entry) ? entry : rule === undefined ? undefined : entry[rule];
}

/** Markdown for a keyword in its grammar position (hover and completion documentation). */
export function keywordDocumentation(keyword: GrammarAST.Keyword): string | undefined {
    const found = keywordDoc(keyword);
    return found && markdown(found);
}

/** What a unit means, from what units.ts knows about it. */
export function unitDocumentation(unit: string): WordDoc | undefined {
    const info = unitInfo(unit);
    switch (info?.dimension) {
        case undefined: return undefined;
        case 'percent': return doc('Per cent: a share of 100.', '99.9 %');
        case 'duration': return doc(`A length of time in ${info.canonical}; with \`business\` in front, only the hours of the service's calendar count.`, `${unit === 'ms' ? 500 : unit.endsWith('s') ? 4 : 1} ${unit}`);
        case 'money': return doc(`An amount of money in ${unit} (ISO 4217 currency code).`, `149 ${unit} per month`);
        case 'count': return doc(`A number of ${info.canonical}.`, `3 ${info.canonical}`);
    }
}

/** What the items a share counts are (`in 95 % of tickets`). */
export function populationDocumentation(population: string): WordDoc {
    return doc(`What the share counts: the target must hold for this share of the ${population} of the window.`, `ResponseTime <= 15 minutes in 95 % of ${population}`);
}

export function markdown(found: WordDoc): string {
    return `${found.text}\n\nExample: \`${found.example}\``;
}

function isWordDoc(entry: KeywordEntry): entry is WordDoc {
    return typeof (entry as WordDoc).text === 'string' && typeof (entry as WordDoc).example === 'string';
}
