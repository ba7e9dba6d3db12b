/**
 * Quantities, dates and terms written for people in one locale: "99.9 %", "4 business hours", "USD 149.00 per
 * month", "1 March 2026" (en-GB) or "March 1, 2026" (en-US). Numbers and dates come from Intl in the locale's tag;
 * the words around them from the locale's bundle. Every method accepts a half-written AST (any property may be
 * missing) and returns what can be said.
 */
import { GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import type { Period } from '../generated/ast.js';
import { withoutPlaceholderMark } from '../parser/text-values.js';
import { COUNT_UNITS, unitInfo } from '../units.js';
import type { Locale } from './locale.js';
import type { DurationUnit, FormatWords } from './messages.js';

/** A number with its unit, as the AST's `Quantity` or as computed by the evaluation. */
export interface QuantityLike {
    readonly value?: number;
    readonly business?: boolean;
    readonly unit?: string;
}

/** An amount with optional `per` units, as the AST's `Rate`. */
export interface RateLike {
    readonly amount?: QuantityLike;
    readonly per?: readonly string[];
}

export interface TargetLike {
    readonly comparator?: string;
    readonly threshold?: QuantityLike;
    /** A per-item window: `over 14 days`. */
    readonly over?: QuantityLike;
    readonly share?: QuantityLike;
    readonly population?: string;
}

export interface WindowLike {
    readonly period?: string;
    readonly length?: QuantityLike;
}

export class Formatter {
    private readonly words: FormatWords;
    private readonly numbers: Intl.NumberFormat;
    private readonly dates: Intl.DateTimeFormat;
    private readonly daysOfYear: Intl.DateTimeFormat;
    /** Number formats with fixed decimals, by their count: made once, since Intl formats are costly to make. */
    private readonly fixed = new Map<number, Intl.NumberFormat>();
    /**
     * Numbers already formatted, by decimals and value: Intl's `format` is slow, and a list of every level of an
     * agreement formats the same few thresholds hundreds of times. Bounded, since computed figures vary freely.
     */
    private readonly formatted = new Map<string, string>();

    constructor(readonly locale: Locale) {
        this.words = locale.messages.format;
        this.numbers = new Intl.NumberFormat(locale.tag, { maximumFractionDigits: 6 });
        this.dates = new Intl.DateTimeFormat(locale.tag, { dateStyle: 'long', timeZone: 'UTC' });
        this.daysOfYear = new Intl.DateTimeFormat(locale.tag, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    }

    /** `2400` -> "2,400", `99.95` -> "99.95"; `digits` fixes the decimals, e.g. 1 for "99.0". */
    number(value: number | undefined, digits?: number): string {
        if (value === undefined || !Number.isFinite(value)) return '?';
        // String() gives each number a text of its own, but -0 that of 0, which Intl writes "-0".
        const key = `${digits ?? ''}:${Object.is(value, -0) ? '-0' : value}`;
        let text = this.formatted.get(key);
        if (text === undefined) {
            if (this.formatted.size >= FORMATTED_NUMBERS_KEPT) this.formatted.clear();
            this.formatted.set(key, text = this.format(digits).format(value));
        }
        return text;
    }

    private format(digits: number | undefined): Intl.NumberFormat {
        if (digits === undefined) return this.numbers;
        let format = this.fixed.get(digits);
        if (!format) this.fixed.set(digits, format = new Intl.NumberFormat(this.locale.tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
        return format;
    }

    /** `149, 'USD'` -> "USD 149.00"; currencies without minor units (JPY) get none. */
    money(amount: number | undefined, currency: string): string {
        if (amount === undefined || !Number.isFinite(amount)) return this.words.money('?', currency);
        return this.words.money(this.number(amount, currencyDigits(currency)), currency);
    }

    /** `99.9 %`, `4 business hours`, `1 business day`, `USD 149.00`, `7 attempts`, `15 minutes`. */
    quantity(quantity: QuantityLike | undefined): string {
        if (!quantity) return '?';
        const unit = quantity.unit ?? '';
        const info = unitInfo(unit);
        if (info?.dimension === 'money') return this.money(quantity.value, unit);
        const number = this.number(quantity.value, writtenDecimals(quantity));
        if (info?.dimension === 'percent') return this.words.percent(number);
        const word = this.unitWord(info?.canonical ?? unit, quantity.value === 1);
        return this.words.quantity(number, quantity.business && word ? this.words.businessTime(word) : word);
    }

    /** "USD 149.00 per month", "USD 12.00 per device per month". */
    rate(rate: RateLike | undefined): string {
        if (!rate) return '?';
        return [this.quantity(rate.amount), ...(rate.per ?? []).map(unit => this.words.per(this.unitWord(unitInfo(unit)?.canonical ?? unit, true)))].join(' ');
    }

    /** Durations and countable units in the number they are used with: `hours` for 1 -> "hour". */
    unitWord(unit: string, singular: boolean): string {
        const info = unitInfo(unit);
        if (info?.dimension === 'duration') return this.words.durations[info.canonical as DurationUnit][singular ? 0 : 1];
        if (info?.dimension === 'count') {
            const english = singular ? singularOf(unit) : pluralOf(unit);
            return this.words.countWord(english, singular) ?? english;
        }
        return unit;
    }

    /** `2026-03-01` -> "1 March 2026" (en-GB), "March 1, 2026" (en-US); text that is not a real date as written. */
    date(iso: string | undefined): string {
        const date = parseDate(iso);
        return date ? this.dates.format(date) : iso ?? '?';
    }

    /** `2026-05-25` -> "25 May" (en-GB), "May 25" (en-US): a date in a list grouped by year. */
    dayOfYear(iso: string): string {
        const date = parseDate(iso);
        return date ? this.daysOfYear.format(date) : iso;
    }

    /** The effective period: "1 March 2026 to 29 February 2028", or "from 1 January 2026 until terminated". */
    term(start: string | undefined, end: string | undefined): string {
        return end ? this.words.termUntil(this.date(start), this.date(end)) : this.words.termOpen(this.date(start));
    }

    /** `>=` -> "at least". */
    comparator(comparator: string | undefined): string {
        return this.words.comparators[comparator as keyof FormatWords['comparators']] ?? comparator ?? '?';
    }

    /** A target for people: "at least 99.95 %", "at most 15 minutes in 95 % of tickets", "at least 7 attempts over 14 days". */
    target(target: TargetLike | undefined): string {
        if (!target) return '?';
        const measured = `${this.comparator(target.comparator)} ${this.quantity(target.threshold)}`;
        const text = target.over ? this.words.over(measured, this.quantity(target.over)) : measured;
        return target.share ? this.words.shareOf(text, this.quantity(target.share), this.population(target.population)) : text;
    }

    /** A measurement window: "calendar month", "rolling 30 days". */
    window(window: WindowLike | undefined): string {
        if (!window) return '';
        return window.period ? this.words.calendarWindow(window.period as Period) : this.words.rollingWindow(this.quantity(window.length));
    }

    /** A cadence: `month` -> "every month", `6 months` -> "every 6 months", `1 months` -> "every month". */
    cadence(cadence: WindowLike | undefined): string {
        if (!cadence) return '';
        if (cadence.period) return this.words.every(this.period(cadence.period));
        const length = cadence.length;
        return this.words.every(length?.value === 1 ? this.unitWord(unitInfo(length.unit)?.canonical ?? length.unit ?? '', true) : this.quantity(length));
    }

    /** `month` -> "month" in the locale's words. */
    period(period: string | undefined): string {
        return this.words.periods[period as Period] ?? period ?? '?';
    }

    /** `month` -> "monthly"; used for "the monthly charge". */
    periodAdjective(period: string | undefined): string | undefined {
        return this.words.periodAdjectives[period as Period];
    }

    /** Joins names for prose: "A", "A and B", "A, B and C"; names with commas are separated by semicolons. */
    list(items: readonly string[]): string {
        if (items.length <= 1) return items[0] ?? '';
        const semicolons = items.some(item => item.includes(','));
        const head = items.slice(0, -1).join(semicolons ? '; ' : ', ');
        return `${head}${semicolons && items.length > 2 ? ';' : ''} ${this.words.and} ${items.at(-1)}`;
    }

    /** The population of a share target ("tickets") in the locale's words. */
    private population(population: string | undefined): string {
        if (population === undefined) return '?';
        return unitInfo(population)?.dimension === 'count' ? this.unitWord(population, false) : population;
    }
}

/** How many formatted numbers a formatter keeps: the distinct figures of a large agreement, not of a computed year. */
const FORMATTED_NUMBERS_KEPT = 2000;

const formatters = new Map<Locale, Formatter>();

/** One formatter per locale, made on first use. */
export function formatterFor(locale: Locale): Formatter {
    let formatter = formatters.get(locale);
    if (!formatter) formatters.set(locale, formatter = new Formatter(locale));
    return formatter;
}

/**
 * The decimals an author wrote (`99.0` has 1), read from the source when the quantity comes from the AST. The
 * number is a token of the quantity's own node (`value=NUMBER`): its children are searched, not its whole subtree,
 * since a list of every level formats one quantity per item.
 */
function writtenDecimals(quantity: QuantityLike): number | undefined {
    const cstNode = (quantity as Partial<AstNode>).$cstNode;
    const written = cstNode && isCompositeCstNode(cstNode) ? cstNode.content.find(isValueToken)?.text : undefined;
    const decimals = written ? /\.(\d+)$/.exec(withoutPlaceholderMark(written))?.[1].length : undefined;
    return decimals !== undefined && decimals <= 10 ? decimals : undefined;
}

function isValueToken(node: CstNode): boolean {
    const assignment = node.grammarSource?.$container;
    return GrammarAST.isAssignment(assignment) && assignment.feature === 'value';
}

const CURRENCY_DIGITS = new Map<string, number>();

/** The minor units of a currency: 2 for USD, 0 for JPY; 2 for a code Intl does not know. */
function currencyDigits(currency: string): number {
    let digits = CURRENCY_DIGITS.get(currency);
    if (digits === undefined) {
        try {
            digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
        } catch {
            digits = 2;
        }
        CURRENCY_DIGITS.set(currency, digits);
    }
    return digits;
}

const COUNT_SET = new Set(COUNT_UNITS);

function singularOf(unit: string): string {
    return [unit.replace(/es$/, ''), unit.replace(/s$/, '')].find(candidate => candidate !== unit && COUNT_SET.has(candidate)) ?? unit;
}

/** Each count unit's plural by its singular (the first in COUNT_UNITS), found once: quantities are formatted often. */
const PLURALS = new Map<string, string>();
for (const candidate of COUNT_UNITS) {
    const singular = singularOf(candidate);
    if (singular !== candidate && !PLURALS.has(singular)) PLURALS.set(singular, candidate);
}

function pluralOf(unit: string): string {
    return PLURALS.get(unit) ?? unit;
}

/** A UTC date from `yyyy-mm-dd`, or undefined when the text is not a real date (30 February is not). */
function parseDate(iso: string | undefined): Date | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    date.setUTCFullYear(year);
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}
