/**
 * Measurement windows as ranges of local dates in the agreement's time zone: a calendar month from its first to
 * its last day (so October in Berlin has 31 days and 745 hours, with the hour clocks go back), ISO weeks, quarters,
 * years, and rolling windows of whole days. The period a report covers (`--period 2026-10`) is a range of the same
 * kind; a metric is assessed in every window of its own that ends within the period.
 */
import type { Period as PeriodName } from '../generated/ast.js';
import { civilDate, dayNumber, formatIsoDate, isoWeekOf, isoWeekStart, pad2 } from './time/civil.js';
import { FIRST_DATA_YEAR, LAST_DATA_YEAR } from './time/timestamp.js';

/** Local dates from `first` to `last`, both included. */
export interface DayRange {
    readonly label: string;
    readonly first: number;
    readonly last: number;
}

/** How a metric's window is cut: a calendar period, or the last `days` days. */
export type WindowRule = { readonly period: PeriodName } | { readonly rollingDays: number };

/** `2026-10`, `2026-Q4`, `2026-W43`, `2026-10-05` or `2026`; a message when the text is none of these. */
export function parsePeriod(text: string): DayRange | string {
    const year = /^(\d{4})(-|$)/.exec(text)?.[1];
    if (year !== undefined && (Number(year) < FIRST_DATA_YEAR || Number(year) > LAST_DATA_YEAR)) {
        return `'${text}' is outside the periods an evaluation covers (the years ${FIRST_DATA_YEAR} to ${LAST_DATA_YEAR})`;
    }
    let match: RegExpExecArray | null;
    if ((match = /^(\d{4})$/.exec(text))) return calendarPeriod('year', dayNumber(Number(match[1]), 1, 1));
    if ((match = /^(\d{4})-(\d{2})$/.exec(text)) && Number(match[2]) >= 1 && Number(match[2]) <= 12) {
        return calendarPeriod('month', dayNumber(Number(match[1]), Number(match[2]), 1));
    }
    if ((match = /^(\d{4})-Q([1-4])$/i.exec(text))) {
        return calendarPeriod('quarter', dayNumber(Number(match[1]), Number(match[2]) * 3 - 2, 1));
    }
    if ((match = /^(\d{4})-W(\d{2})$/i.exec(text))) {
        const start = isoWeekStart(Number(match[1]), Number(match[2]));
        if (Number(match[2]) >= 1 && isoWeekOf(start).week === Number(match[2])) return calendarPeriod('week', start);
    }
    if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
        const day = dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
        if (formatIsoDate(day) === text) return calendarPeriod('day', day);
    }
    return `'${text}' is not a period; write a month (2026-10), a quarter (2026-Q4), a year (2026), an ISO week (2026-W43) or a day (2026-10-05)`;
}

/** The calendar period of a kind that contains a local date. */
export function calendarPeriod(kind: PeriodName, day: number): DayRange {
    const { year, month } = civilDate(day);
    switch (kind) {
        case 'day':
            return { label: formatIsoDate(day), first: day, last: day };
        case 'week': {
            const week = isoWeekOf(day);
            const first = isoWeekStart(week.year, week.week);
            return { label: `${week.year}-W${pad2(week.week)}`, first, last: first + 6 };
        }
        case 'month':
            return { label: `${year}-${pad2(month)}`, first: dayNumber(year, month, 1), last: dayNumber(year, month + 1, 1) - 1 };
        case 'quarter': {
            const quarter = Math.floor((month - 1) / 3);
            return {
                label: `${year}-Q${quarter + 1}`,
                first: dayNumber(year, quarter * 3 + 1, 1), last: dayNumber(year, quarter * 3 + 4, 1) - 1
            };
        }
        case 'year':
            return { label: String(year), first: dayNumber(year, 1, 1), last: dayNumber(year + 1, 1, 1) - 1 };
    }
}

/**
 * The windows of a rule that end within the period, in order: the calendar periods whose last day is in it, or
 * one rolling window ending on each of its days.
 */
export function windowsEndingIn(rule: WindowRule, period: DayRange): DayRange[] {
    const windows: DayRange[] = [];
    for (let day = period.first; day <= period.last;) {
        if ('rollingDays' in rule) {
            windows.push({ label: `${rule.rollingDays} days to ${formatIsoDate(day)}`, first: day - rule.rollingDays + 1, last: day });
            day++;
        } else {
            const window = calendarPeriod(rule.period, day);
            if (window.last <= period.last) windows.push(window);
            day = window.last + 1;
        }
    }
    return windows;
}
