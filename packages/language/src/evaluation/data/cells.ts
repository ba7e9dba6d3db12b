/**
 * Reading single cells. Each reader returns the value, `undefined` for an empty cell (nothing measured), or
 * `INVALID` when the text is not what the column holds; the caller reports the cell's position.
 */
import { OUTSIDE_DATA_YEARS, parseTimestamp } from '../time/timestamp.js';
import type { TimeZone } from '../time/time-zone.js';

export const INVALID = Symbol('invalid');
/** A timestamp outside the years data may name (time/timestamp.ts). */
export const OUT_OF_RANGE = Symbol('out of range');

const TRUE = new Set(['1', 'true', 'yes', 'y', 'up']);
const FALSE = new Set(['0', 'false', 'no', 'n', 'down']);

/** `1`, `true`, `yes`, `up` and `0`, `false`, `no`, `down`, in any case. */
export function readFlag(cell: string): boolean | undefined | typeof INVALID {
    if (cell === '1') return true;
    if (cell === '0') return false;
    const text = cell.trim().toLowerCase();
    if (text === '') return undefined;
    return TRUE.has(text) ? true : FALSE.has(text) ? false : INVALID;
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export function readNumber(cell: string): number | undefined | typeof INVALID {
    const text = cell.trim();
    if (text === '') return undefined;
    // 1e309 is a number to the pattern and infinity to JavaScript, which no measurement is.
    const value = NUMBER.test(text) ? Number(text) : NaN;
    return Number.isFinite(value) ? value : INVALID;
}

export function readTimestamp(cell: string, zone: TimeZone): number | undefined | typeof INVALID | typeof OUT_OF_RANGE {
    const text = cell.trim();
    if (text === '') return undefined;
    const instant = parseTimestamp(text, zone);
    return Number.isNaN(instant) ? INVALID : instant === OUTSIDE_DATA_YEARS ? OUT_OF_RANGE : instant;
}

/** What a cell of each kind of column should look like, for error messages. */
export const EXPECTED = {
    flag: 'yes or no (also 1/0, true/false, up/down)',
    number: 'a number such as 42 or 99.5',
    timestamp: 'a date and time such as 2026-10-05T14:30, 2026-10-05 14:30:00 or 2026-10-05T12:30Z (offsets up to ±14:00)'
} as const;
