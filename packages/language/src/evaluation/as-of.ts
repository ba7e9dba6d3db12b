/**
 * The moment an evaluation is made "as of". A window that ends after it is in progress: only the time up to the
 * moment is due, nothing after it counts as missing, and no credit is owed for it yet. The front ends (CLI, the
 * `sla/evaluate` request) read the real clock once and pass it in; the evaluation itself never reads a clock, so
 * that the same data and moment always give the same report.
 */
import { formatNumber, formatQuantity } from '../generator/format.js';
import { round } from './figures.js';
import { MS_PER_MINUTE, parseIsoDate } from './time/civil.js';
import { FIRST_DATA_YEAR, LAST_DATA_YEAR, OUTSIDE_DATA_YEARS, parseTimestamp } from './time/timestamp.js';
import type { TimeZone } from './time/time-zone.js';

const AS_OF_FORMS = 'write a date and time in the agreement\'s time zone (2026-10-15T14:00), with an offset if you like '
    + '(2026-10-15T14:00+02:00 or 2026-10-15T12:00Z), or a date (2026-10-15, meaning the end of that day)';

/**
 * The instant of an as-of moment: an instant in milliseconds as given, or text read in the agreement's time zone
 * (a date alone is the end of that day: "as of 15 October" includes the 15th). A message when the text is neither.
 */
export function parseAsOf(asOf: string | number, zone: TimeZone): number | string {
    if (typeof asOf === 'number') {
        return Number.isFinite(asOf) ? asOf : 'the moment to evaluate as of is not a valid time';
    }
    const text = asOf.trim();
    const day = parseIsoDate(text);
    if (day !== undefined) return inDataYears(text, zone.dayStart(day + 1));
    const instant = parseTimestamp(text.length === 13 ? `${text}:00` : text, zone);
    if (Number.isNaN(instant)) return `'${asOf}' is not a date or time; ${AS_OF_FORMS}`;
    return inDataYears(text, instant);
}

function inDataYears(text: string, instant: number): number | string {
    return instant === OUTSIDE_DATA_YEARS || Number.isNaN(instant) || new Date(instant).getUTCFullYear() < FIRST_DATA_YEAR || new Date(instant).getUTCFullYear() > LAST_DATA_YEAR
        ? `'${text}' is outside the years an evaluation covers (${FIRST_DATA_YEAR} to ${LAST_DATA_YEAR})`
        : instant;
}

/** A stretch of time for people: "45 minutes", "3.5 hours", "2.25 days". */
export function spanText(milliseconds: number): string {
    const minutes = milliseconds / MS_PER_MINUTE;
    if (minutes < 120) return formatQuantity({ value: round(minutes, 1), unit: 'minutes' });
    if (minutes < 48 * 60) return formatQuantity({ value: round(minutes / 60, 2), unit: 'hours' });
    return formatQuantity({ value: round(minutes / 1440, 2), unit: 'days' });
}

/** "36 % of the window": how far a window has run at the as-of moment. */
export function elapsedText(start: number, end: number, asOf: number): string {
    return `${formatNumber(round(100 * (asOf - start) / (end - start), 1))} % of the window`;
}
