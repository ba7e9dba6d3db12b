/**
 * IANA time zones from the runtime's own data (`Intl.DateTimeFormat`), so nothing is downloaded. Offsets are
 * cached per 15-minute block: every time zone change since 1970 happens on a quarter hour, and a year of
 * per-minute samples then costs one `Intl` call per block instead of one per row.
 */
import { MS_PER_DAY, MS_PER_MINUTE } from './civil.js';

const BLOCK_MS = 15 * MS_PER_MINUTE;

export class TimeZone {
    private readonly format: Intl.DateTimeFormat;
    private readonly offsets = new Map<number, number>();
    private readonly dayStarts = new Map<number, number>();
    /** The local day of the last instant asked about, and where that day starts and ends. */
    private lastDay = { day: NaN, start: Infinity, end: -Infinity };

    private constructor(readonly name: string) {
        this.format = new Intl.DateTimeFormat('en-US', {
            timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
            hour: 'numeric', minute: 'numeric', second: 'numeric'
        });
    }

    private static readonly zones = new Map<string, TimeZone>();

    /** The zone with this IANA name, or undefined when the runtime does not know it. */
    static named(name: string): TimeZone | undefined {
        let zone = TimeZone.zones.get(name);
        if (!zone) {
            try {
                zone = new TimeZone(name);
            } catch {
                return undefined;
            }
            TimeZone.zones.set(name, zone);
        }
        return zone;
    }

    /** Minutes to add to UTC to get local time at this instant (e.g. 120 for CEST). */
    offsetMinutes(instant: number): number {
        const block = Math.floor(instant / BLOCK_MS);
        let offset = this.offsets.get(block);
        if (offset === undefined) {
            offset = this.computeOffset(block * BLOCK_MS);
            this.offsets.set(block, offset);
        }
        return offset;
    }

    private computeOffset(instant: number): number {
        const parts: Record<string, number> = {};
        for (const part of this.format.formatToParts(instant)) parts[part.type] = Number(part.value);
        const local = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
        return Math.round((local - instant) / MS_PER_MINUTE);
    }

    /** The local calendar day (a day number) an instant falls on. */
    localDay(instant: number): number {
        const last = this.lastDay;
        if (instant >= last.start && instant < last.end) return last.day;
        const day = Math.floor((instant + this.offsetMinutes(instant) * MS_PER_MINUTE) / MS_PER_DAY);
        this.lastDay = { day, start: this.dayStart(day), end: this.dayStart(day + 1) };
        return day;
    }

    /** The first instant of a local day (midnight, or the end of a gap when midnight does not exist). */
    dayStart(day: number): number {
        let start = this.dayStarts.get(day);
        if (start === undefined) {
            start = this.instantOf(day, 0);
            this.dayStarts.set(day, start);
        }
        return start;
    }

    /**
     * The instant of a local wall-clock time. A time repeated when clocks go back is its first occurrence; a time
     * skipped when clocks go forward is moved forward by the length of the gap (02:30 becomes 03:30).
     */
    instantOf(day: number, minuteOfDay: number): number {
        const local = day * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
        const before = local - this.offsetMinutes(local - MS_PER_DAY / 2) * MS_PER_MINUTE;
        const after = local - this.offsetMinutes(local + MS_PER_DAY / 2) * MS_PER_MINUTE;
        const valid = [before, after].filter(candidate => candidate + this.offsetMinutes(candidate) * MS_PER_MINUTE === local);
        return valid.length ? Math.min(...valid) : before;
    }

    /** An instant as ISO 8601 in this zone, to the minute: `2026-10-25T02:30+01:00`. */
    formatIso(instant: number): string {
        const offset = this.offsetMinutes(instant);
        const local = new Date(instant + offset * MS_PER_MINUTE).toISOString().slice(0, 16);
        if (offset === 0 && this.name === 'UTC') return `${local}Z`;
        const sign = offset < 0 ? '-' : '+';
        const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
        return `${local}${sign}${hours}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
    }
}
