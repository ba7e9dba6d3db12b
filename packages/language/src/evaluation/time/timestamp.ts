/**
 * Timestamps in data files: ISO 8601 date and time, `2026-10-05T17:55:00+02:00`, `2026-10-05T15:55Z`, or without
 * an offset (`2026-10-05 17:55`), which is a wall-clock time in the agreement's time zone. Parsed by hand: a year
 * of per-minute samples is ten million of them.
 */
import { dayNumber, daysInMonth, MS_PER_DAY, MS_PER_MINUTE } from './civil.js';
import type { TimeZone } from './time-zone.js';

/**
 * The years data may name (docs/evaluation.md): every real measurement falls in them, and a date beyond them is a
 * placeholder such as the "open-ended" 9999-12-31 of an export, which would otherwise be computed with day by day.
 */
export const FIRST_DATA_YEAR = 1970;
export const LAST_DATA_YEAR = 2199;
export const DATA_DATE_RANGE = `${FIRST_DATA_YEAR}-01-01 to ${LAST_DATA_YEAR}-12-31`;
/** What `parseTimestamp` returns for a well-formed timestamp outside the data years. */
export const OUTSIDE_DATA_YEARS = Number.POSITIVE_INFINITY;
/** Real offsets run from -12:00 to +14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * Instants are milliseconds since 1970-01-01T00:00Z; NaN when the text is not a timestamp (an offset beyond
 * ±14:00 included), `OUTSIDE_DATA_YEARS` when it is one outside the data years.
 */
export function parseTimestamp(text: string, zone: TimeZone): number {
    if (text.length < 16 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58) return NaN;
    const separator = text.charCodeAt(10);
    if (separator !== 84 && separator !== 32 && separator !== 116) return NaN;
    const year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    const hour = digits(text, 11, 2), minute = digits(text, 14, 2);
    let position = 16;
    let milliseconds = 0;
    if (text.charCodeAt(position) === 58) {
        const second = digits(text, position + 1, 2);
        if (second > 59) return NaN;
        milliseconds = second * 1000;
        position += 3;
        if (text.charCodeAt(position) === 46) {
            let end = position + 1;
            while (end < text.length && isDigit(text.charCodeAt(end))) end++;
            if (end === position + 1) return NaN;
            milliseconds += Math.round(Number(`0${text.slice(position, end)}`) * 1000);
            position = end;
        }
    }
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59)) return NaN;
    if (year < FIRST_DATA_YEAR || year > LAST_DATA_YEAR) return Number.isNaN(parseOffset(text, position)) ? NaN : OUTSIDE_DATA_YEARS;
    const localDay = dayNumber(year, month, day);
    const offset = parseOffset(text, position);
    if (offset === undefined) {
        return position === text.length ? zone.instantOf(localDay, hour * 60 + minute) + milliseconds : NaN;
    }
    return localDay * MS_PER_DAY + (hour * 60 + minute - offset) * MS_PER_MINUTE + milliseconds;
}

/** `Z`, `+02:00` or `-0530` at the end of the text, in minutes east of UTC; undefined when there is none. */
function parseOffset(text: string, position: number): number | undefined {
    if (position === text.length) return undefined;
    const sign = text.charCodeAt(position);
    if ((sign === 90 || sign === 122) && position + 1 === text.length) return 0;
    if (sign !== 43 && sign !== 45) return NaN;
    const rest = text.slice(position + 1);
    const match = /^(\d{2}):?(\d{2})$/.exec(rest);
    if (!match) return NaN;
    if (Number(match[2]) > 59) return NaN;
    const minutes = Number(match[1]) * 60 + Number(match[2]);
    if (minutes > MAX_OFFSET_MINUTES) return NaN;
    return sign === 45 ? -minutes : minutes;
}

function digits(text: string, start: number, count: number): number {
    let value = 0;
    for (let i = start; i < start + count; i++) {
        const code = text.charCodeAt(i);
        if (!isDigit(code)) return NaN;
        value = value * 10 + code - 48;
    }
    return value;
}

function isDigit(code: number): boolean {
    return code >= 48 && code <= 57;
}

/** A span of time `[start, end)`. */
export interface Interval {
    readonly start: number;
    readonly end: number;
}

/**
 * Intervals written `start/end`, several separated by `;`: `2026-10-05T10:00/2026-10-05T14:30; ...`. Returns
 * the intervals sorted and merged, or a message saying what is wrong with the text.
 */
export function parseIntervals(text: string, zone: TimeZone): Interval[] | string {
    const intervals: Interval[] = [];
    for (const part of text.split(';').map(p => p.trim()).filter(Boolean)) {
        const [from, to, extra] = part.split('/').map(p => p.trim());
        if (to === undefined || extra !== undefined) return `'${part}' is not an interval; write start/end, e.g. 2026-10-05T10:00/2026-10-05T14:30`;
        const start = parseTimestamp(from, zone), end = parseTimestamp(to, zone);
        for (const [written, instant] of [[from, start], [to, end]] as const) {
            if (Number.isNaN(instant)) return `'${written}' is not a timestamp`;
            if (instant === OUTSIDE_DATA_YEARS) return `'${written}' is outside the dates an evaluation reads (${DATA_DATE_RANGE})`;
        }
        if (end < start) return `the interval '${part}' ends before it starts`;
        intervals.push({ start, end });
    }
    return mergeIntervals(intervals);
}

export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
    const sorted = [...intervals].sort((a, b) => a.start - b.start);
    const merged: Interval[] = [];
    for (const interval of sorted) {
        const last = merged.at(-1);
        if (last && interval.start <= last.end) {
            merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, interval.end) };
        } else {
            merged.push(interval);
        }
    }
    return merged;
}
