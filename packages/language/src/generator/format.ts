/**
 * The default locale's formatter as plain functions, for text that does not yet follow an agreement's locale:
 * editor hovers, diagnostics and the compliance report. The rendered agreement formats through its own locale's
 * Formatter (locale/formatter.ts, `ClauseContext.format`), never through these.
 */
import { formatterFor, type QuantityLike, type RateLike, type TargetLike, type WindowLike } from '../locale/formatter.js';
import { DEFAULT_LOCALE } from '../locale/locales.js';

/** The formatter of the default locale (en-GB). */
export const DEFAULT_FORMAT = formatterFor(DEFAULT_LOCALE);

/** `2400` -> "2,400", `99.95` -> "99.95"; `digits` fixes the decimals, e.g. 1 for "99.0". */
export const formatNumber = (value: number | undefined, digits?: number): string => DEFAULT_FORMAT.number(value, digits);
/** `149, 'USD'` -> "USD 149.00". */
export const formatMoney = (amount: number | undefined, currency: string): string => DEFAULT_FORMAT.money(amount, currency);
/** `99.9 %`, `4 business hours`, `USD 149.00`, `7 attempts`. */
export const formatQuantity = (quantity: QuantityLike | undefined): string => DEFAULT_FORMAT.quantity(quantity);
/** "USD 149.00 per month". */
export const formatRate = (rate: RateLike | undefined): string => DEFAULT_FORMAT.rate(rate);
/** `2026-03-01` -> "1 March 2026". */
export const formatDate = (iso: string | undefined): string => DEFAULT_FORMAT.date(iso);
/** "1 March 2026 to 29 February 2028", or "from 1 January 2026 until terminated". */
export const formatTerm = (start: string | undefined, end: string | undefined): string => DEFAULT_FORMAT.term(start, end);
/** `>=` -> "at least". */
export const formatComparator = (comparator: string | undefined): string => DEFAULT_FORMAT.comparator(comparator);
/** "at least 99.95 %", "at most 15 minutes in 95 % of tickets". */
export const formatTarget = (target: TargetLike | undefined): string => DEFAULT_FORMAT.target(target);
/** "calendar month", "rolling 30 days". */
export const formatWindow = (window: WindowLike | undefined): string => DEFAULT_FORMAT.window(window);
/** "every month", "every 6 months". */
export const formatCadence = (cadence: WindowLike | undefined): string => DEFAULT_FORMAT.cadence(cadence);
/** "A", "A and B", "A, B and C". */
export const formatList = (items: readonly string[]): string => DEFAULT_FORMAT.list(items);

/** "1 error", "2 warnings". */
export function plural(count: number, word: string): string {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
