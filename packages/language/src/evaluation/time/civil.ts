/**
 * Calendar dates without a time zone, as day numbers: days since 1970-01-01 of the proleptic Gregorian calendar.
 * Windows, holidays and business days are sets of local dates; integers make them cheap to compare and to use as
 * map keys while millions of rows stream past.
 */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

/** Monday is 1, Sunday is 7 (ISO 8601). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Days since 1970-01-01 of a Gregorian date; month and day may overflow (month 13 is January of the next year). */
export function dayNumber(year: number, month: number, day: number): number {
    // Arithmetic rather than Date.UTC: data files parse one date per row.
    const y = year + Math.floor((month - 1) / 12);
    const m = ((month - 1) % 12 + 12) % 12 + 1;
    const shifted = m <= 2 ? y - 1 : y;
    const era = Math.floor(shifted / 400);
    const yearOfEra = shifted - era * 400;
    const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
    return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_LENGTHS[month - 1];
}

export interface CivilDate {
    readonly year: number;
    /** 1 to 12. */
    readonly month: number;
    readonly day: number;
}

export function civilDate(day: number): CivilDate {
    const date = new Date(day * MS_PER_DAY);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function isoWeekday(day: number): IsoWeekday {
    // 1970-01-01 was a Thursday (4).
    return (((day + 3) % 7 + 7) % 7 + 1) as IsoWeekday;
}

/** `2026-10-05`, or undefined when the text is not a real date. */
export function parseIsoDate(text: string): number | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const result = dayNumber(year, month, day);
    const check = civilDate(result);
    return check.month === month && check.day === day ? result : undefined;
}

export function formatIsoDate(day: number): string {
    const { year, month, day: dayOfMonth } = civilDate(day);
    return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

export function pad2(value: number): string {
    return String(value).padStart(2, '0');
}

/** The Monday of ISO week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): number {
    const january4 = dayNumber(year, 1, 4);
    return january4 - (isoWeekday(january4) - 1) + (week - 1) * 7;
}

/** The ISO year and week a day belongs to. */
export function isoWeekOf(day: number): { year: number, week: number } {
    const thursday = day - isoWeekday(day) + 4;
    const year = civilDate(thursday).year;
    return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}
