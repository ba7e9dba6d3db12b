/**
 * Quantities, dates and terms written for people: "99.9 %", "4 business hours", "USD 149.00 per month",
 * "1 March 2026". The renderer and the compliance evaluation both format through this module, so an agreement
 * and a report about it spell the same value the same way. Every function accepts a half-written AST (any
 * property may be missing) and returns what can be said.
 */
import { GrammarUtils, type AstNode } from 'langium';
import type { Comparator, Period } from '../generated/ast.js';
import { COUNT_UNITS, unitInfo } from '../units.js';

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

const LOCALE = 'en-GB';
const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 6 });

/** `2400` -> "2,400", `99.95` -> "99.95"; `digits` fixes the decimals, e.g. 1 for "99.0". */
export function formatNumber(value: number | undefined, digits?: number): string {
    if (value === undefined || !Number.isFinite(value)) return '?';
    return digits === undefined ? numberFormat.format(value)
        : new Intl.NumberFormat(LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** The decimals an author wrote (`99.0` has 1), read from the source when the quantity comes from the AST. */
function writtenDecimals(quantity: QuantityLike): number | undefined {
    const cstNode = (quantity as Partial<AstNode>).$cstNode;
    const written = cstNode && GrammarUtils.findNodeForProperty(cstNode, 'value')?.text;
    const decimals = written ? /\.(\d+)$/.exec(written)?.[1].length : undefined;
    return decimals !== undefined && decimals <= 10 ? decimals : undefined;
}

/** `149, 'USD'` -> "USD 149.00"; currencies without minor units (JPY) get none. */
export function formatMoney(amount: number | undefined, currency: string): string {
    if (amount === undefined || !Number.isFinite(amount)) return `${currency} ?`;
    const digits = currencyDigits(currency);
    return `${currency} ${new Intl.NumberFormat(LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount)}`;
}

function currencyDigits(currency: string): number {
    try {
        return new Intl.NumberFormat(LOCALE, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
        return 2;
    }
}

/** `99.9 %`, `4 business hours`, `1 business day`, `USD 149.00`, `7 attempts`, `15 minutes`. */
export function formatQuantity(quantity: QuantityLike | undefined): string {
    if (!quantity) return '?';
    const unit = quantity.unit ?? '';
    const info = unitInfo(unit);
    if (info?.dimension === 'money') return formatMoney(quantity.value, unit);
    const number = formatNumber(quantity.value, writtenDecimals(quantity));
    if (info?.dimension === 'percent') return `${number} %`;
    const word = unitWord(info?.canonical ?? unit, quantity.value === 1);
    return [number, quantity.business ? 'business' : '', word].filter(Boolean).join(' ');
}

/** "USD 149.00 per month", "USD 12.00 per device per month". */
export function formatRate(rate: RateLike | undefined): string {
    if (!rate) return '?';
    return [formatQuantity(rate.amount), ...(rate.per ?? []).map(unit => `per ${unitWord(unitInfo(unit)?.canonical ?? unit, true)}`)].join(' ');
}

/** Durations and countable units in the number they are used with: `hours` for 1 -> "hour". */
function unitWord(unit: string, singular: boolean): string {
    const info = unitInfo(unit);
    if (info?.dimension === 'duration' && unit !== 'ms') {
        return singular ? unit.replace(/s$/, '') : unit.endsWith('s') ? unit : `${unit}s`;
    }
    if (info?.dimension === 'count') return singular ? singularOf(unit) : pluralOf(unit);
    return unit;
}

const COUNT_SET = new Set(COUNT_UNITS);

function singularOf(unit: string): string {
    return [unit.replace(/es$/, ''), unit.replace(/s$/, '')].find(candidate => candidate !== unit && COUNT_SET.has(candidate)) ?? unit;
}

function pluralOf(unit: string): string {
    return COUNT_UNITS.find(candidate => candidate !== unit && singularOf(candidate) === unit) ?? unit;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];

/** `2026-03-01` -> "1 March 2026": day, month name and year read the same in every country. */
export function formatDate(iso: string | undefined): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
    const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
    if (!match || !month) return iso ?? '?';
    return `${Number(match[3])} ${month} ${match[1]}`;
}

/** The effective period: "1 March 2026 to 29 February 2028", or "from 1 January 2026 until terminated". */
export function formatTerm(start: string | undefined, end: string | undefined): string {
    return end ? `${formatDate(start)} to ${formatDate(end)}` : `from ${formatDate(start)} until terminated`;
}

const COMPARATOR_WORDS: Record<Comparator, string> = {
    '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'less than', '=': 'exactly'
};

/** `>=` -> "at least". */
export function formatComparator(comparator: string | undefined): string {
    return COMPARATOR_WORDS[comparator as Comparator] ?? comparator ?? '?';
}

/** A target for people: "at least 99.95 %", "at most 15 minutes in 95 % of tickets", "at least 7 attempts over 14 days". */
export function formatTarget(target: {
    comparator?: string, threshold?: QuantityLike, over?: QuantityLike, share?: QuantityLike, population?: string
} | undefined): string {
    if (!target) return '?';
    const over = target.over ? ` over ${formatQuantity(target.over)}` : '';
    const text = `${formatComparator(target.comparator)} ${formatQuantity(target.threshold)}${over}`;
    return target.share ? `${text} in ${formatQuantity(target.share)} of ${target.population ?? '?'}` : text;
}

/** A measurement window: "calendar month", "rolling 30 days". */
export function formatWindow(window: { period?: string, length?: QuantityLike } | undefined): string {
    if (!window) return '';
    return window.period ? `calendar ${window.period}` : `rolling ${formatQuantity(window.length)}`;
}

/** A cadence: `month` -> "every month", `6 months` -> "every 6 months", `1 months` -> "every month". */
export function formatCadence(cadence: { period?: string, length?: QuantityLike } | undefined): string {
    if (!cadence) return '';
    if (cadence.period) return `every ${cadence.period}`;
    const length = cadence.length;
    return length?.value === 1 ? `every ${unitWord(unitInfo(length.unit)?.canonical ?? length.unit ?? '', true)}` : `every ${formatQuantity(length)}`;
}

const PERIOD_ADJECTIVES: Record<Period, string> = {
    day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'annual'
};

/** `month` -> "monthly"; used for "the monthly charge". */
export function periodAdjective(period: string | undefined): string | undefined {
    return PERIOD_ADJECTIVES[period as Period];
}

/** Joins names for prose: "A", "A and B", "A, B and C"; names with commas are separated by semicolons. */
export function formatList(items: readonly string[]): string {
    if (items.length <= 1) return items[0] ?? '';
    const semicolons = items.some(item => item.includes(','));
    const head = items.slice(0, -1).join(semicolons ? '; ' : ', ');
    return `${head}${semicolons && items.length > 2 ? ';' : ''} and ${items.at(-1)}`;
}

/** "1 error", "2 warnings". */
export function plural(count: number, word: string): string {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
