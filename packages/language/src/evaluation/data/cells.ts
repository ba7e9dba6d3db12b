/**
 * Reading single cells. Each reader returns the value, `undefined` for an empty cell (nothing measured), or
 * `INVALID` when the text is not what the column holds; the caller reports the cell's position.
 */
import { parseTimestamp } from '../time/timestamp.js';
import type { TimeZone } from '../time/time-zone.js';

export const INVALID = Symbol('invalid');

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
    return NUMBER.test(text) ? Number(text) : INVALID;
}

export function readTimestamp(cell: string, zone: TimeZone): number | undefined | typeof INVALID {
    const text = cell.trim();
    if (text === '') return undefined;
    const instant = parseTimestamp(text, zone);
    return Number.isNaN(instant) ? INVALID : instant;
}

/** What a cell of each kind of column should look like, for error messages. */
export const EXPECTED = {
    flag: 'yes or no (also 1/0, true/false, up/down)',
    number: 'a number such as 42 or 99.5',
    timestamp: 'a date and time such as 2026-10-05T14:30, 2026-10-05 14:30:00 or 2026-10-05T12:30Z'
} as const;
