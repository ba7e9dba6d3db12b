/**
 * Every word the rendered agreement is written in, as one interface that each language implements in one file
 * (en.ts, de.ts). A key added here fails to compile until every language says it, so no language falls back to
 * English unnoticed. Values are plain text (each renderer escapes them) or functions of already formatted parts,
 * so that word order stays the language's own. Numbers, dates and money are formatted by the Formatter
 * (formatter.ts), which takes its words from `format`.
 *
 * To add rendered wording: add a key to the group of the feature (or a new group), then say it in every language.
 */
import type {
    Aggregation, AgreementKind, AgreementStatus, AgreementTier, ChargeKind, Comparator, ExcusalEffect, ExclusionKind,
    MetricKind, MissingData, PartyRole, Period, Section, Weekday
} from '../generated/ast.js';

/** Time units as the formatter names them (`unitInfo(...).canonical` of a duration). */
export type DurationUnit = 'ms' | 'seconds' | 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'quarters' | 'years';

/** The singular and the plural of a word: "hour", "hours". */
export type Inflected = readonly [singular: string, plural: string];

/** Words the formatter puts around numbers, dates and units. */
export interface FormatWords {
    /** A formatted number with the percent sign: "99.9 %" (en-GB), "99.9%" (en-US). */
    percent(number: string): string;
    /** A formatted amount with its ISO currency code: "USD 149.00", "149,00 USD". */
    money(number: string, currency: string): string;
    /** The names of time units. */
    readonly durations: Readonly<Record<DurationUnit, Inflected>>;
    /** A time unit counted in business time: "business hours", "Geschäftsstunden". */
    businessTime(unit: string): string;
    /** Counted things in this language, from the English word (`ticket`, `workstations`); undefined keeps it. */
    countWord(english: string, singular: boolean): string | undefined;
    /** "4 hours", "1 workstation": a number and its unit word. */
    quantity(number: string, unit: string): string;
    /** "per month", "per workstation". */
    per(unit: string): string;
    readonly comparators: Readonly<Record<Comparator, string>>;
    /** "at least 7 attempts over 14 days": a target measured over each item's own window. */
    over(target: string, length: string): string;
    /** "at least 15 minutes in 95 % of tickets". */
    shareOf(target: string, share: string, population: string): string;
    /** "calendar month". */
    calendarWindow(period: Period): string;
    /** "rolling 30 days". */
    rollingWindow(length: string): string;
    /** "every month", "every 6 months"; `unit` is the singular unit word when the count is 1. */
    every(what: string): string;
    readonly periods: Readonly<Record<Period, string>>;
    /** "monthly", used for "the monthly charge". */
    readonly periodAdjectives: Readonly<Record<Period, string>>;
    /** "1 March 2026 to 29 February 2028". */
    termUntil(start: string, end: string): string;
    /** "from 1 January 2026 until terminated". */
    termOpen(start: string): string;
    /** The word before the last item of a list: "and". */
    readonly and: string;
}

/** The title block, the problem notice, the summary table, signature blocks and the footer. */
export interface DocumentWords {
    /** "Service Level Agreement": the kicker above the title and the DOCX subject. */
    readonly kind: string;
    readonly untitled: string;
    /** "between A and B". */
    between(parties: string): string;
    readonly facts: {
        readonly reference: string, readonly version: string, readonly status: string, readonly term: string,
        readonly timeZone: string, readonly kind: string, readonly level: string, readonly refines: string,
        readonly supersedes: string, readonly currencies: string, readonly masterAgreement: string
    };
    /** "Master Services Agreement, dated 3 November 2025": the master agreement this SLA is a schedule to. */
    masterAgreement(title: string, date: string | undefined): string;
    /** The DRAFT notice of an agreement that still holds placeholders (TODO texts, values marked `?`). */
    readonly draft: {
        /** "DRAFT · 3 placeholders to resolve": the mark at the top of every page. */
        mark(count: number): string;
        /** "Draft, not ready to sign: 3 placeholders remain. ..." */
        text(count: number): string;
        /** "Payment terms: TODO: ..." for a TODO text; "Remedies: 50 (suggested, not agreed)" for a marked value. */
        item(where: string, text: string, suggested: boolean): string;
        /** Where a placeholder outside every section and header field is: the agreement's title. */
        readonly title: string;
    };
    readonly statuses: Readonly<Record<AgreementStatus, string>>;
    readonly kinds: Readonly<Record<AgreementKind, string>>;
    readonly tiers: Readonly<Record<AgreementTier, string>>;
    /** "Halvorsen Group IT Corporate Service Level Agreement (CorporateIT)" plus ", version 3.0". */
    refinedAgreement(title: string, name: string, version: string | undefined): string;
    /** Between agreements in a chain: ", which refines ". */
    readonly whichRefines: string;
    /** "This agreement has 1 error and 2 warnings. ...". */
    problems(errors: number, warnings: number): string;
    /** The lead-in of the notice in text formats: "Errors", "Warnings". */
    readonly errorsLabel: string;
    readonly warningsLabel: string;
    readonly noteLabel: string;
    readonly summary: {
        readonly title: string;
        readonly columns: readonly [party: string, role: string, provides: string, owed: string, duties: string];
        /** "3 duties". */
        duties(count: number): string;
        /** ", 2 of which excuse or pause levels" after "3 duties"; empty when none does. */
        excusing(duties: number, excusing: number): string;
    };
    readonly signatures: {
        readonly title: string;
        readonly intro: string;
        readonly onBehalfOf: string;
        readonly signature: string;
        readonly name: string;
        readonly position: string;
        readonly date: string;
    };
    /** The footer of a printed page: "Managed IT Services Agreement, version 1.0". */
    footer(title: string, version: string | undefined): string;
    /** "Page 3 of 12" around the page numbers the word processor fills in. */
    readonly page: readonly [before: string, between: string];
    /** Section titles, the clause headings of the rendered agreement. */
    readonly sections: Readonly<Record<Section['$type'], string>>;
    /** "Inherited from CorporateIT", as a clause badge. */
    inheritedBadge(agreement: string): string;
    /** "(inherited from CorporateIT)", as a remark in a table cell. */
    inheritedRemark(agreement: string): string;
    /** A defined term in quotation marks: “Customer”. */
    quoted(text: string): string;
}

export interface PartyWords {
    readonly intro: string;
    readonly columns: readonly [party: string, role: string, signatory: string, contacts: string];
    readonly roles: Readonly<Record<PartyRole, string>>;
    /** A declaration written `party` without a role. */
    readonly noRole: string;
    /** "Customer (internal department)". */
    internal(role: string): string;
    readonly definitionsIntro: string;
}

export interface ServiceWords {
    readonly calendarsIntro: string;
    readonly calendarColumns: readonly [calendar: string, days: string, hours: string, zone: string, holidays: string];
    readonly weekdays: Readonly<Record<Weekday, string>>;
    /** "Monday to Friday". */
    dayRange(first: string, last: string): string;
    /** "(the agreement’s)" after the time zone a calendar takes from the agreement. */
    readonly agreementZone: string;
    readonly facts: {
        readonly inScope: string, readonly outOfScope: string, readonly hours: string, readonly maintenance: string,
        readonly providedBy: string, readonly dependsOn: string, readonly includes: string, readonly price: string
    };
    readonly inheritedTitle: string;
    readonly inheritedColumns: readonly [service: string, description: string, providedBy: string];
    readonly chargeColumns: readonly [charge: string, rate: string, description: string];
    readonly chargeKinds: Readonly<Record<ChargeKind, string>>;
}

export interface LevelWords {
    readonly segmentsIntro: string;
    readonly segmentColumns: readonly [dimension: string, segment: string, meaning: string];
    readonly metricsIntro: string;
    readonly metricKinds: Readonly<Record<MetricKind, string>>;
    readonly aggregations: Readonly<Record<Aggregation, string>>;
    readonly metricFacts: {
        readonly measures: string, readonly unit: string, readonly aggregation: string, readonly interval: string,
        readonly window: string, readonly measuredPer: string, readonly source: string,
        readonly missingData: string, readonly minimumCoverage: string
    };
    /** What an interval without data counts as (`missing counts as down`), in a metric's facts. */
    readonly missingData: Readonly<Record<MissingData, string>>;
    /** A mean of intervals always leaves intervals without data out. */
    readonly missingInMean: string;
    /** The missing-data rule when the agreement leaves it to the default. */
    missingByDefault(rule: string): string;
    /** `minimum coverage 90 %` explained: below it a level is "insufficient data". */
    minimumCoverage(share: string): string;
    /** " (for Shop, Desk)" after a level's name in the table of floors, which mixes services. */
    forServices(services: string): string;
    /** The comparison of this agreement's levels with the floors they refine. */
    readonly floorComparison: string;
    readonly floorColumns: readonly [level: string, target: string, floor: string, setBy: string, floorTarget: string, meets: string];
    readonly floorMeets: string;
    readonly floorWeaker: { readonly threshold: string, readonly share: string };
    /** The rule for leads below a quality level another party owes. */
    readonly leadQualityTitle: string;
    leadQuality(gate: string, target: string, party: string, others: string): string;
    readonly percentUnit: string;
    readonly columns: readonly [level: string, metric: string, target: string, window: string, segment: string, obliged: string];
    readonly everyService: string;
    readonly everyServiceIntro: string;
    readonly floorsTitle: string;
    readonly floorsNote: string;
    /** "Condition: ..." below a target. */
    condition(text: string): string;
    /** The segment cell of a level for every segment. */
    readonly allSegments: string;
}

export interface DutyWords {
    readonly intro: string;
    readonly columns: readonly [duty: string, deadline: string, ifNotMet: string];
    /** "within 2 business days". */
    within(duration: string): string;
    /** The lead-in to the levels a missed duty affects: "Pauses the clock of ". */
    readonly effects: Readonly<Record<ExcusalEffect, string>>;
    /** After the lead-in, for `excuses all`: "every service level". */
    readonly everyLevel: string;
    /** For `excuses all` by a party that is itself obliged to meet levels: "every service level that Acme is not itself obliged to meet". */
    everyOtherLevel(party: string): string;
    readonly exclusionsIntro: string;
    readonly exclusionColumns: readonly [exclusion: string, description: string, window: string, notice: string, appliesTo: string];
    readonly exclusionKinds: Readonly<Record<ExclusionKind, string>>;
    /** "5 days in advance". */
    inAdvance(duration: string): string;
    readonly allLevels: string;
}

export interface RemedyWords {
    /** "Service credits for Uptime of the portal"; with one schedule per package, ", Essential package" after it. */
    creditsTitle(level: string, pkg?: string): string;
    /** The sentence around a level's link: ["When ", " (at least 99.9 %, per calendar month) is missed, ..."]. */
    creditsIntro(target: string | undefined, window: string | undefined): readonly [before: string, after: string];
    readonly creditColumns: readonly [measured: string, credit: string];
    /**
     * Tiers on the share of items that met the target (credit-tiers.ts): the sentence around the level's link and
     * the tier column; `many` is the items in the plural ("tickets").
     */
    shareIntro(target: string | undefined, window: string | undefined, many: string): readonly [before: string, after: string];
    shareColumn(many: string): string;
    /** Credits per late item: each late item earns its tier's credit; `one` is the item in the singular ("ticket"). */
    perItemIntro(target: string | undefined, window: string | undefined, one: string, many: string): readonly [before: string, after: string];
    perItemColumn(one: string): string;
    /** "10 % of the monthly charge ... per late ticket". */
    perLate(credit: string, one: string): string;
    /** "below 99.9 %", "at or above 4 hours". */
    readonly bounds: Readonly<Record<Comparator, string>>;
    /** "below 99.9 % down to 99.0 %" (`excluding`: the lower bound itself is not in the band). */
    downTo(upper: string, lower: string, excluding: boolean): string;
    upTo(lower: string, upper: string, excluding: boolean): string;
    /** Two bounds that do not make a band: "above X and below Y". */
    both(first: string, second: string): string;
    /** "10 % of the affected charges". */
    ofAffectedCharges(percent: string): string;
    /** "10 % of the monthly charge for the Production plan". */
    ofCharge(percent: string, adjective: string | undefined, pkg: string, plural: boolean): string;
    readonly limitsTitle: string;
    readonly limits: {
        readonly cap: string, readonly minimum: string, readonly claims: string, readonly sole: string, readonly paidAs: string
    };
    /** "at most 50 % per month". */
    capPer(amount: string, period: string): string;
    minimumCredit(amount: string): string;
    claimWithin(window: string): string;
    readonly soleRemedy: string;
    readonly correctiveTitle: string;
    readonly correctiveIntro: string;
    readonly correctiveColumns: readonly [action: string, after: string];
    readonly escalationTitle: string;
    readonly escalationIntro: string;
    readonly escalationColumns: readonly [step: string, contact: string, after: string];
}

export interface GovernanceWords {
    readonly reportFacts: {
        readonly from: string, readonly to: string, readonly frequency: string, readonly due: string,
        readonly covers: string, readonly missing: string
    };
    /** "within 5 business days after the end of each period". */
    dueAfterPeriod(duration: string): string;
    readonly changeFacts: {
        readonly proposedBy: string, readonly approvedBy: string, readonly notice: string, readonly procedure: string
    };
    /** "30 days before a change takes effect". */
    noticeBefore(duration: string): string;
    readonly amendmentsCaption: string;
    readonly amendmentColumns: readonly [version: string, date: string, change: string];
    readonly reviewFacts: { readonly cadence: string, readonly next: string, readonly participants: string };
    readonly scheduledWithinTerm: string;
    readonly scheduled: string;
    /** ", and every 6 months after that until the end of the term" after the last listed review. */
    continuing(cadence: string, untilEndOfTerm: boolean): string;
    readonly noReviewInTerm: string;
    readonly triggersIntro: string;
}

/** The price schedule: per purchase, the package taken, its charges with quantities, and the totals. */
export interface PurchaseWords {
    readonly columns: readonly [item: string, quantity: string, rate: string, perMonth: string];
    /** The opening of a purchase around the customer and the package: ["From 1 March 2026, ", " takes the ", "."]. */
    takes(start: string | undefined): readonly [beforeCustomer: string, beforePackage: string, after: string];
    readonly basePrice: string;
    readonly perUnit: string;
    readonly monthlyTotal: string;
    readonly yearlyTotal: string;
    /** The amount cell of a line whose monthly amount is not known. */
    readonly billing: { readonly asUsed: string, readonly once: string, readonly unknown: string };
    /** The note below a schedule with lines of unknown quantity. */
    readonly incomplete: string;
    readonly extras: string;
    /** The title of a purchase whose package is not written. */
    readonly unknownPackage: string;
    /** The quantity cell of a line whose quantity the purchase does not state: "? workstations". */
    unknownQuantity(unit: string): string;
}

export interface Messages {
    readonly format: FormatWords;
    readonly document: DocumentWords;
    readonly parties: PartyWords;
    readonly services: ServiceWords;
    readonly levels: LevelWords;
    readonly duties: DutyWords;
    readonly remedies: RemedyWords;
    readonly governance: GovernanceWords;
    readonly purchases: PurchaseWords;
}
