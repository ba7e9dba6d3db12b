/**
 * What the language knows about calendar time: dates and clock times as written, and the lengths of windows,
 * cadences and terms. Calendar months are not a fixed number of minutes, so lengths are kept in months where
 * the text says months, quarters or years, and in minutes otherwise.
 */
import type { Cadence, Period, Quantity, Window } from './generated/ast.js';
import { formatQuantity, unitInfo } from './units.js';

/** A length of calendar time: whole calendar months, or minutes. */
export type Span = { readonly months: number } | { readonly minutes: number };

const PERIOD_SPANS: Record<Period, Span> = {
    day: { minutes: 1440 }, week: { minutes: 10080 }, month: { months: 1 }, quarter: { months: 3 }, year: { months: 12 }
};

/** Minutes in an average Gregorian month; only used to compare months with minutes. */
const AVERAGE_MONTH_MINUTES = 43830;
/** Minutes in the shortest calendar month. */
const SHORTEST_MONTH_MINUTES = 28 * 1440;

const MONTHS_PER_UNIT: Readonly<Record<string, number>> = { months: 1, quarters: 3, years: 12 };

/**
 * How many calendar months one of a unit or period spans: 1 for `month`/`months`, 3 for a quarter, 12 for a year;
 * undefined for days, weeks and shorter units, which do not divide a month evenly. Prices and charges per period,
 * credit windows and caps are all converted through this.
 */
export function monthsPer(unitOrPeriod: string | undefined): number | undefined {
    const canonical = unitInfo(unitOrPeriod)?.canonical;
    return canonical ? MONTHS_PER_UNIT[canonical] : undefined;
}

export function periodSpan(period: Period | undefined): Span | undefined {
    return period ? PERIOD_SPANS[period] : undefined;
}

/** A calendar-time quantity as a span; undefined for business time (its length depends on a calendar). */
export function quantitySpan(quantity: Quantity | undefined): Span | undefined {
    const info = unitInfo(quantity?.unit);
    if (!quantity || quantity.business || info?.minutes === undefined || !(quantity.value > 0)) return undefined;
    const months = MONTHS_PER_UNIT[info.canonical];
    return months ? { months: quantity.value * months } : { minutes: quantity.value * info.minutes };
}

/** `every month` or `every 2 weeks`. */
export function cadenceSpan(cadence: Cadence | undefined): Span | undefined {
    return cadence?.period ? periodSpan(cadence.period) : quantitySpan(cadence?.length);
}

/** `calendar month` or `rolling 30 days`. */
export function windowSpan(window: Window | undefined): Span | undefined {
    return window?.period ? periodSpan(window.period) : quantitySpan(window?.length);
}

/** `calendar month`, `rolling 30 days`, for messages. */
export function windowText(window: Window): string {
    return window.period ? `calendar ${window.period}` : window.length ? `rolling ${formatQuantity(window.length)}` : 'window';
}

/** `every month`, `every 2 weeks`, for messages. */
export function cadenceText(cadence: Cadence): string {
    return `every ${cadence.period ?? (cadence.length ? formatQuantity(cadence.length) : '')}`;
}

export function spanMinutes(span: Span): number {
    return 'months' in span ? span.months * AVERAGE_MONTH_MINUTES : span.minutes;
}

/** The fewest minutes a span can last: a calendar month may have only 28 days. */
export function shortestMinutes(span: Span): number {
    return 'months' in span ? span.months * SHORTEST_MONTH_MINUTES : span.minutes;
}

/**
 * Whether `outer` is a whole number of `inner` calendar periods, so that each `outer` period starts and ends on
 * an `inner` boundary: a quarter holds 3 months, a month holds whole days but not whole weeks.
 */
export function holdsWhole(outer: Span, inner: Span): boolean {
    if ('months' in outer && 'months' in inner) return Number.isInteger(outer.months / inner.months);
    if ('minutes' in outer && 'minutes' in inner) return Number.isInteger(outer.minutes / inner.minutes);
    return 'months' in outer && 'minutes' in inner && inner.minutes === 1440;
}

/** A `YYYY-MM-DD` date that exists in the calendar, at midnight UTC; undefined for `2026-02-30`. */
export function parseDate(text: string | undefined): Date | undefined {
    const match = text ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
    if (!match) return undefined;
    const [year, month, day] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** `08:00`, `23:59` and `24:00` (the end of a day) are clock times; `25:00` and `8:75` are not. */
export function isClockTime(text: string | undefined): boolean {
    const match = text ? /^(\d{1,2}):(\d{2})$/.exec(text) : null;
    if (!match) return false;
    const [hours, minutes] = [Number(match[1]), Number(match[2])];
    return (hours < 24 && minutes < 60) || (hours === 24 && minutes === 0);
}

/** The date a span after `date`; months are added as calendar months (31 January plus a month is 28 February or 29 February). */
export function addSpan(date: Date, span: Span): Date {
    if ('minutes' in span) return new Date(date.getTime() + span.minutes * 60_000);
    const whole = Math.floor(span.months);
    const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + whole, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return new Date(target.getTime() + (span.months - whole) * AVERAGE_MONTH_MINUTES * 60_000);
}

/** The day after `date`: an `until` date is the term's last day, so the term ends when the next day begins. */
export function dayAfter(date: Date): Date {
    return new Date(date.getTime() + 86_400_000);
}
