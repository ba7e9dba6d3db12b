/**
 * Running totals of one level's rows for one service group and one local day. Days merge into windows, so a row
 * is read once however many windows (a month, a quarter, 30 rolling windows) it belongs to, and memory grows with
 * the number of days, not rows. Only a median keeps its values; lists of missed and removed items are capped.
 */

import type { CreditTier } from '../generated/ast.js';

/** At most this many missed items and removed ids are kept per day and per window, for the report to list. */
export const LISTED_ITEMS = 50;

/** A ticket or lead that missed its target, or was still open when its deadline passed. */
export interface MissedItem {
    readonly id: string;
    readonly service?: string;
    readonly start: number;
    /** When the clock stopped (response, resolution, first touch); absent while it still runs. */
    readonly end?: number;
    /** The measured duration in milliseconds, or the item's value. */
    readonly value?: number;
    readonly deadline?: number;
}

/** An item whose clock was still running when the data was exported; decided at the end of its window. */
export interface PendingItem {
    readonly id: string;
    readonly service?: string;
    readonly start: number;
    readonly deadline: number;
}

/** An item that started on a day and is judged on a later one, when its own window closes. */
export interface OpeningItem {
    readonly id: string;
    readonly service?: string;
    readonly start: number;
    readonly closes: number;
}

/** What was removed from a level for one reason: how much, and which tickets or leads. */
export interface RemovedTally {
    readonly kind: 'exclusion' | 'excused' | 'quality' | 'connected';
    readonly text: string;
    weight: number;
    readonly ids: string[];
}

export class Totals {
    /** Intervals, items or values counted. */
    weight = 0;
    /** Intervals that were up; items that met the threshold. */
    good = 0;
    sum = 0;
    min = Infinity;
    max = -Infinity;
    /** Value and weight pairs, only for a median. */
    values?: number[];
    readonly missed: MissedItem[] = [];
    missedCount = 0;
    readonly pending: PendingItem[] = [];
    /** Items that started on this day and are judged on a later day (on the start day's totals only). */
    readonly opening: OpeningItem[] = [];
    readonly removed = new Map<string, RemovedTally>();
    /** Rows counted although flagged, by what the report says about them. */
    readonly kept = new Map<string, number>();
    /** For credits per late ticket: how many late items fell in each tier. */
    readonly late = new Map<CreditTier, number>();

    constructor(keepValues = false) {
        if (keepValues) this.values = [];
    }

    addInterval(up: boolean, weight: number): void {
        this.weight += weight;
        if (up) this.good += weight;
    }

    addValue(value: number, weight: number): void {
        this.weight += weight;
        this.sum += value * weight;
        if (value < this.min) this.min = value;
        if (value > this.max) this.max = value;
        this.values?.push(value, weight);
    }

    addItem(met: boolean, missed?: MissedItem): void {
        this.weight++;
        if (met) {
            this.good++;
        } else if (missed) {
            this.missedCount++;
            if (this.missed.length < LISTED_ITEMS) this.missed.push(missed);
        }
    }

    addPending(item: PendingItem): void {
        this.pending.push(item);
    }

    remove(kind: RemovedTally['kind'], text: string, weight: number, id?: string): void {
        const key = `${kind}\u0000${text}`;
        let tally = this.removed.get(key);
        if (!tally) this.removed.set(key, tally = { kind, text, weight: 0, ids: [] });
        tally.weight += weight;
        if (id !== undefined && tally.ids.length < LISTED_ITEMS) tally.ids.push(id);
    }

    addLate(tier: CreditTier): void {
        this.late.set(tier, (this.late.get(tier) ?? 0) + 1);
    }

    keep(text: string, weight: number): void {
        this.kept.set(text, (this.kept.get(text) ?? 0) + weight);
    }

    /** Adds another day's totals into these. */
    merge(other: Totals): void {
        this.weight += other.weight;
        this.good += other.good;
        this.sum += other.sum;
        this.min = Math.min(this.min, other.min);
        this.max = Math.max(this.max, other.max);
        if (this.values && other.values) {
            // A loop, not push(...values): a month of per-minute values is more arguments than a call takes.
            for (const value of other.values) this.values.push(value);
        }
        this.missedCount += other.missedCount;
        this.missed.push(...other.missed.slice(0, LISTED_ITEMS - this.missed.length));
        for (const item of other.pending) this.pending.push(item);
        for (const item of other.opening) this.opening.push(item);
        for (const [key, tally] of other.removed) {
            const mine = this.removed.get(key);
            if (!mine) {
                this.removed.set(key, { ...tally, ids: tally.ids.slice() });
            } else {
                mine.weight += tally.weight;
                mine.ids.push(...tally.ids.slice(0, LISTED_ITEMS - mine.ids.length));
            }
        }
        for (const [text, weight] of other.kept) this.keep(text, weight);
        for (const [tier, count] of other.late) this.late.set(tier, (this.late.get(tier) ?? 0) + count);
    }

    /** The weighted median of the values: the smallest value with at least half of the weight at or below it. */
    median(): number | undefined {
        const values = this.values;
        if (!values?.length) return undefined;
        const pairs: Array<[number, number]> = [];
        for (let i = 0; i < values.length; i += 2) pairs.push([values[i], values[i + 1]]);
        pairs.sort((a, b) => a[0] - b[0]);
        const half = this.weight / 2;
        let running = 0;
        for (let i = 0; i < pairs.length; i++) {
            running += pairs[i][1];
            if (running > half) return pairs[i][0];
            if (running === half) return (pairs[i][0] + (pairs[i + 1]?.[0] ?? pairs[i][0])) / 2;
        }
        return pairs[pairs.length - 1][0];
    }
}

/** The totals of one level's group, one per local day. */
export class DailyTotals {
    private readonly days = new Map<number, Totals>();
    private lastDay = NaN;
    private last?: Totals;
    /** Whether rows named their service: then a pooled level expects the intervals of each of its services. */
    rowsNameServices = false;

    constructor(private readonly keepValues: boolean) { }

    on(day: number): Totals {
        if (day === this.lastDay) return this.last!;
        let totals = this.days.get(day);
        if (!totals) this.days.set(day, totals = new Totals(this.keepValues));
        this.lastDay = day;
        this.last = totals;
        return totals;
    }

    /** The totals of the days from `first` to `last`, merged into a new object. */
    over(first: number, last: number): Totals {
        const merged = new Totals(this.keepValues);
        for (const [day, totals] of this.days) {
            if (day >= first && day <= last) merged.merge(totals);
        }
        return merged;
    }
}
