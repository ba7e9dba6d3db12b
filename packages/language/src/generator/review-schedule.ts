/**
 * The concrete review dates of an agreement: from the `next` review (or one cadence after the effective start),
 * every cadence, within the term. Dates are ISO `yyyy-mm-dd` strings; months are added from the first date, so a
 * review on 31 January falls on 28 (or 29) February and again on 31 March.
 */
import type { Cadence } from '../generated/ast.js';
import { unitInfo } from '../units.js';

export interface ReviewSchedule {
    /** The review dates, earliest first. */
    readonly dates: readonly string[];
    /** More reviews follow within the term (or the term is open-ended) than `dates` lists. */
    readonly continues: boolean;
}

interface Step {
    readonly months: number;
    readonly days: number;
}

/** How many dates are listed at most; an open-ended term lists this many and says that reviews continue. */
export const MAX_LISTED_REVIEWS = 8;

export function reviewSchedule(
    cadence: Cadence | undefined, next: string | undefined, term: { start?: string, end?: string }
): ReviewSchedule {
    const step = cadenceStep(cadence);
    const first = parseDate(next) ?? (step && parseDate(term.start) ? addStep(parseDate(term.start)!, step, 1) : undefined);
    if (!first) return { dates: [], continues: false };
    if (!step) return { dates: [toIso(first)], continues: false };
    const end = parseDate(term.end);
    const dates: string[] = [];
    for (let k = 0; ; k++) {
        const date = addStep(first, step, k);
        if (Number.isNaN(date.getTime()) || (end && date > end)) return { dates, continues: false };
        if (dates.length === MAX_LISTED_REVIEWS) return { dates, continues: true };
        dates.push(toIso(date));
    }
}

function cadenceStep(cadence: Cadence | undefined): Step | undefined {
    if (cadence?.period) return stepOf(cadence.period, 1);
    const length = cadence?.length;
    if (!length || length.business || !(length.value > 0) || !Number.isInteger(length.value)) return undefined;
    return stepOf(unitInfo(length.unit)?.canonical, length.value);
}

function stepOf(unit: string | undefined, n: number): Step | undefined {
    switch (unit?.replace(/s$/, '')) {
        case 'day': return { months: 0, days: n };
        case 'week': return { months: 0, days: 7 * n };
        case 'month': return { months: n, days: 0 };
        case 'quarter': return { months: 3 * n, days: 0 };
        case 'year': return { months: 12 * n, days: 0 };
        default: return undefined;
    }
}

/** A UTC date from `yyyy-mm-dd`, or undefined when the text is not a real date. */
function parseDate(iso: string | undefined): Date | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

function addStep(from: Date, step: Step, times: number): Date {
    const year = from.getUTCFullYear();
    const month = from.getUTCMonth() + step.months * times;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return new Date(Date.UTC(year, month, Math.min(from.getUTCDate(), lastDay) + step.days * times));
}

function toIso(date: Date): string {
    return date.toISOString().slice(0, 10);
}
