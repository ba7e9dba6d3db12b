/**
 * Clocks that durations are counted on: wall-clock time, or the business hours of a calendar (days, hours, time
 * zone, holidays). A ticket's response time "in business minutes" is the time its clock ran, and its deadline is
 * the instant the clock reaches the target.
 */
import { type Interval } from './timestamp.js';
import { MS_PER_DAY, MS_PER_MINUTE, isoWeekday, type IsoWeekday } from './civil.js';
import type { TimeZone } from './time-zone.js';

export interface Clock {
    /** Milliseconds the clock runs in `[from, to)`; 0 when `to <= from`. */
    measure(from: number, to: number): number;
    /** The instant at which the clock, started at `from`, has run `duration` milliseconds. */
    advance(from: number, duration: number): number;
    /** The length of one business day, for targets such as `1 business day`. */
    readonly dayLength: number;
    /** The number of days per week the clock runs, for targets such as `1 business week`. */
    readonly daysPerWeek: number;
}

/** Calendar time: every millisecond counts. */
export const WALL_CLOCK: Clock = {
    measure: (from, to) => Math.max(0, to - from),
    advance: (from, duration) => from + duration,
    dayLength: MS_PER_DAY,
    daysPerWeek: 7
};

export interface BusinessHours {
    readonly zone: TimeZone;
    readonly weekdays: ReadonlySet<IsoWeekday>;
    /** Opening and closing time in minutes after local midnight; closing before opening runs past midnight. */
    readonly open: number;
    readonly close: number;
    /** Local dates (day numbers) on which the clock does not run. */
    readonly holidays: ReadonlySet<number>;
}

/** The clock of a service calendar. Each local day has at most one opening span, cached once computed. */
export class BusinessClock implements Clock {
    private readonly spans = new Map<number, Interval | null>();
    readonly dayLength: number;
    readonly daysPerWeek: number;

    constructor(readonly hours: BusinessHours) {
        const minutes = hours.close > hours.open ? hours.close - hours.open : 1440 - hours.open + hours.close;
        this.dayLength = minutes * MS_PER_MINUTE;
        this.daysPerWeek = hours.weekdays.size;
    }

    /** When the clock runs on a local day: `[opening, closing)` as instants, or null on a closed day. */
    span(day: number): Interval | null {
        let span = this.spans.get(day);
        if (span === undefined) {
            const { zone, weekdays, open, close, holidays } = this.hours;
            span = !weekdays.has(isoWeekday(day)) || holidays.has(day) ? null : {
                start: zone.instantOf(day, open),
                end: close > open ? zone.instantOf(day, close) : zone.instantOf(day + 1, close)
            };
            this.spans.set(day, span);
        }
        return span;
    }

    /** Whether the clock runs at this instant (a maintenance window is open, the desk is staffed). */
    isRunning(instant: number): boolean {
        const day = this.hours.zone.localDay(instant);
        return [day - 1, day].some(d => {
            const span = this.span(d);
            return span !== null && instant >= span.start && instant < span.end;
        });
    }

    measure(from: number, to: number): number {
        if (to <= from) return 0;
        let total = 0;
        const zone = this.hours.zone;
        for (let day = zone.localDay(from) - 1, last = zone.localDay(to); day <= last; day++) {
            const span = this.span(day);
            if (span) total += Math.max(0, Math.min(to, span.end) - Math.max(from, span.start));
        }
        return total;
    }

    advance(from: number, duration: number): number {
        let remaining = duration;
        const zone = this.hours.zone;
        // A calendar with no open day at all would loop forever; ten years without an opening ends the search.
        for (let day = zone.localDay(from) - 1, last = day + 3660; day <= last; day++) {
            const span = this.span(day);
            if (!span || span.end <= from) continue;
            const start = Math.max(from, span.start);
            if (span.end - start >= remaining) return start + remaining;
            remaining -= span.end - start;
        }
        return Infinity;
    }
}

/** The clock time in `[from, to)` outside the paused intervals (which are sorted and do not overlap). */
export function measureWithPauses(clock: Clock, from: number, to: number, paused: readonly Interval[]): number {
    let total = clock.measure(from, to);
    for (const pause of paused) total -= clock.measure(Math.max(from, pause.start), Math.min(to, pause.end));
    return total;
}

/** The instant the clock, started at `from` and stopped during the paused intervals, has run `duration`. */
export function deadlineWithPauses(clock: Clock, from: number, duration: number, paused: readonly Interval[]): number {
    let start = from;
    let remaining = duration;
    for (const pause of paused) {
        if (pause.end <= start) continue;
        const before = clock.measure(start, pause.start);
        if (before >= remaining) break;
        remaining -= before;
        start = Math.max(start, pause.end);
    }
    return clock.advance(start, remaining);
}
