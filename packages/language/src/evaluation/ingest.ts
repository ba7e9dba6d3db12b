/**
 * Streams one data file into the levels' daily totals. The header decides the layout and which levels each metric
 * column feeds; each row is read, checked and added to the totals of every level whose services and segment it
 * belongs to, minus what exclusions, unmet customer duties and the lead quality gate remove. Rows are never kept:
 * memory depends on the number of levels and days, not on the size of the file.
 */
import type { Exclusion, Segment, Service } from '../generated/ast.js';
import { isQualityGate } from '../measurement-rules.js';
import { unitInfo } from '../units.js';
import { satisfies } from './compare.js';
import { tierCovers } from './credits.js';
import { DataError, type DataRows } from './data/data-row.js';
import { readHeader, type ColumnVocabulary, type Layout, type LayoutName } from './data/layouts.js';
import { RowReader, type CellKind, type RowValues } from './data/row-values.js';
import type { CalendarClocks } from './plan/clocks.js';
import type { LevelPlan, Measure } from './plan/level-plan.js';
import { flagEffects, removalFor, type FlagEffects, type Removal } from './removals.js';
import { RowAudit, type IgnoredRows } from './row-audit.js';
import type { RowLedger } from './row-ledger.js';
import { deadlineWithPauses, measureWithPauses } from './time/clock.js';
import type { TimeZone } from './time/time-zone.js';
import type { DailyTotals, Totals } from './totals.js';

/** How long before the period a ticket or lead may have started and still close its window in the period. */
const ITEM_LOOKBACK_DAYS = 366;

/** A file stops being read after this many errors; they are enough to fix the export. */
export const MAX_ERRORS_PER_FILE = 20;

export interface IngestSetup {
    readonly zone: TimeZone;
    readonly vocabulary: ColumnVocabulary;
    readonly services: ReadonlyMap<string, Service>;
    readonly segments: ReadonlyMap<string, Segment>;
    readonly exclusions: readonly Exclusion[];
    readonly plans: readonly LevelPlan[];
    /** The moment the evaluation is made as of: a row describing time after it is an error. */
    readonly asOf?: number;
    /** Local days outside this range are read and checked but not counted. */
    readonly days?: { readonly first: number, readonly last: number };
    totals(plan: LevelPlan, group: Service | undefined): DailyTotals;
    /** Calendars' clocks, for maintenance windows. */
    readonly clocks: CalendarClocks;
    /** The rows counted so far, over every file; `file` is this file's index in `paths`. */
    readonly ledger: RowLedger;
    readonly file: number;
    readonly paths: readonly string[];
}

export interface FileSummary {
    readonly path: string;
    readonly layout: LayoutName;
    readonly rows: number;
    readonly outsidePeriod: number;
    readonly ignoredColumns: readonly string[];
    /** Rows read and checked but not counted: repeats, rows outside the period. */
    readonly ignoredRows: readonly IgnoredRows[];
    readonly lastDay?: number;
}

export interface FileResult {
    readonly summary?: FileSummary;
    readonly errors: readonly DataError[];
    /** Whether reading stopped at MAX_ERRORS_PER_FILE. */
    readonly truncated: boolean;
}

const LAYOUTS_OF: Record<Measure, readonly LayoutName[]> = {
    intervals: ['samples'],
    'interval-values': ['samples'],
    items: ['tickets', 'leads'],
    values: ['samples', 'tickets', 'leads'],
    'lead-average': ['leads']
};

/** Count units a `sum` metric counts by counting rows, when a tickets or leads file has no column for it. */
const ROW_COUNTS: Record<LayoutName, readonly string[]> = {
    samples: [],
    tickets: ['tickets', 'incidents', 'calls', 'requests', 'cases'],
    leads: ['leads']
};

/** Where a level's values come from in a file: a metric column, or each row counting as 1. */
interface Route {
    readonly plan: LevelPlan;
    readonly column: number | 'row';
    /** A per-lead score level whose misses remove the lead from other parties' levels. */
    readonly gate: boolean;
}

export async function ingestFile(path: string, rows: DataRows, setup: IngestSetup): Promise<FileResult> {
    const errors: DataError[] = [];
    let layout: Layout | undefined;
    let routes: Route[] = [];
    let reader: RowReader | undefined;
    let gates: Route[] = [];
    let audit: RowAudit | undefined;
    const effects = flagEffects(setup.plans);
    let count = 0, outside = 0, lastDay: number | undefined;
    const future = { count: 0, line: 0 };
    try {
        await rows(row => {
            if (!layout) {
                layout = readHeader(row, setup.vocabulary);
                routes = routesOf(layout, setup.plans, row.line, (index: number) => row.at(index).column);
                gates = routes.filter(route => route.gate);
                audit = new RowAudit(setup.ledger, layout, setup.file, setup.paths, slotOf(routes));
                reader = new RowReader({
                    layout, width: row.cells.length, zone: setup.zone, vocabulary: setup.vocabulary,
                    services: setup.services, segments: setup.segments, exclusions: setup.exclusions, cellKinds: cellKinds(layout, setup.plans)
                });
                return true;
            }
            const values = reader!.read(row, errors);
            if (errors.length >= MAX_ERRORS_PER_FILE) return false;
            if (!values) return true;
            count++;
            if (setup.asOf !== undefined && (values.start >= setup.asOf || (values.end !== undefined && values.end > setup.asOf))) {
                if (future.count++ === 0) future.line = row.line;
                return true;
            }
            const day = setup.zone.localDay(values.start);
            if (lastDay === undefined || day > lastDay) lastDay = day;
            const lastInstant = values.end === undefined ? values.start : values.end - 1;
            // A ticket or lead is judged when its own window closes, which may be in the period although it started before.
            const lookback = layout.name === 'samples' ? 0 : ITEM_LOOKBACK_DAYS;
            if (setup.days && (setup.zone.localDay(lastInstant) < setup.days.first - lookback || day > setup.days.last)) {
                outside++;
                audit!.ignore('outside-period', row.line);
                return true;
            }
            // The ledger sees every row that may count, so that a row contradicting one counted in the period is reported.
            if (!audit!.admit(values, day, row.line, errors)) return errors.length < MAX_ERRORS_PER_FILE;
            if (addRow(values, day, layout, routes, gates, effects, setup) === 'closed-before-period') {
                outside++;
                audit!.ignore('outside-period', row.line);
            }
            return true;
        });
    } catch (error) {
        if (!(error instanceof DataError)) throw error;
        errors.push(error);
    }
    if (errors.length >= MAX_ERRORS_PER_FILE) return { errors: errors.slice(0, MAX_ERRORS_PER_FILE), truncated: true };
    if (future.count) errors.push(futureRows(future, setup));
    if (!layout && errors.length === 0) errors.push(new DataError(1, 1, 'the file has no rows: a CSV file needs at least its header row, a JSON file at least one object'));
    if (errors.length) return { errors, truncated: false };
    const ignoredRows = [...audit!.ignored.values()];
    return { summary: { path, layout: layout!.name, rows: count, outsidePeriod: outside, ignoredColumns: layout!.ignored, ignoredRows, lastDay }, errors, truncated: false };
}

/**
 * Rows after the as-of moment, as one error: data cannot describe time that has not happened, so the clock or the
 * offsets of the data (or the moment given) are wrong; counting the rows would measure the future, dropping them
 * would hide them.
 */
function futureRows(future: { count: number, line: number }, { asOf, zone }: IngestSetup): DataError {
    const rows = future.count === 1 ? 'this row describes' : `${future.count} rows, the first on this line, describe`;
    return new DataError(future.line, 0, `${rows} time after ${zone.formatIso(asOf!)}, the moment this evaluation is made as of; `
        + 'data cannot be from the future: check the time zone or offsets of the data, or evaluate as of a later moment');
}

/** The interval a sample takes in the ledger: the shortest of the levels the file feeds; none when it feeds none. */
function slotOf(routes: readonly Route[]): number | undefined {
    if (routes.length === 0) return undefined;
    return Math.min(...routes.map(route => route.plan.intervalMs));
}

function routesOf(layout: Layout, plans: readonly LevelPlan[], line: number, columnOf: (index: number) => number): Route[] {
    const routes: Route[] = [];
    for (const { metric, index } of layout.metrics) {
        for (const plan of plans.filter(p => p.metric === metric)) {
            if (!LAYOUTS_OF[plan.measure].includes(layout.name)) {
                throw new DataError(line, columnOf(index), `${metric.name} is aggregated ${plan.aggregation}, so its column belongs in a ${LAYOUTS_OF[plan.measure].join(' or ')} file, not in ${layout.name}`);
            }
            const gate = layout.name === 'leads' && isQualityGate(plan.level);
            routes.push({ plan, column: index, gate });
        }
    }
    const columns = new Set(layout.metrics.map(m => m.metric));
    for (const plan of plans) {
        const unit = unitInfo(plan.metric.unit?.name)?.canonical;
        if (plan.aggregation === 'sum' && !columns.has(plan.metric) && unit && ROW_COUNTS[layout.name].includes(unit)) {
            routes.push({ plan, column: 'row', gate: false });
        }
    }
    return routes;
}

function cellKinds(layout: Layout, plans: readonly LevelPlan[]): Map<number, CellKind> {
    const kinds = new Map<number, CellKind>();
    for (const { metric, index } of layout.metrics) {
        const own = plans.filter(plan => plan.metric === metric);
        const timed = own.some(plan => plan.timed) || (metric.aggregation?.startsWith('per-') && unitInfo(metric.unit?.name)?.dimension === 'duration');
        kinds.set(index, metric.aggregation === 'percent-of-intervals' ? 'flag' : timed ? 'timestamp' : 'number');
    }
    return kinds;
}

/**
 * Adds the row to the levels it feeds. 'closed-before-period' when it is a ticket or lead whose window closed
 * before the period for every level it feeds: it counts in none of them.
 */
function addRow(row: RowValues, day: number, layout: Layout, routes: readonly Route[], gates: readonly Route[], effects: FlagEffects,
    setup: IngestSetup): 'added' | 'closed-before-period' | 'not-fed' {
    const failed = gates.length ? gates.filter(route => covers(route.plan, row) && failsGate(route, row)) : gates;
    let added = false, closedBefore = false;
    for (const route of routes) {
        const { plan } = route;
        if (!covers(plan, row)) continue;
        const value = route.column === 'row' ? 1 : row.values[route.column];
        if (value === undefined && !(plan.timed && plan.measure === 'items')) continue;
        const failedGate = failed.find(gate => gate.plan !== plan && gate.plan.obliged !== plan.obliged);
        const removal = removalFor(plan, row, failedGate?.plan, effects, setup.clocks);
        const counted = { plan, row, value, removal, day, layout, effects, setup };
        // Per service: the row's service, or, for a file without a `service` column, every service of the level.
        let landed = false;
        if (!plan.perService) landed = addToGroup(counted, undefined);
        else if (row.service) landed = addToGroup(counted, row.service);
        else for (const service of plan.services) landed = addToGroup(counted, service) || landed;
        if (landed) added = true;
        else closedBefore = true;
    }
    return added ? 'added' : closedBefore ? 'closed-before-period' : 'not-fed';
}

interface Counted {
    readonly plan: LevelPlan;
    readonly row: RowValues;
    readonly value: number | undefined;
    readonly removal: Removal | undefined;
    readonly day: number;
    readonly layout: Layout;
    readonly effects: FlagEffects;
    readonly setup: IngestSetup;
}

/** False for a ticket or lead whose window closed before the period: the group has it as data, but not in its totals. */
function addToGroup({ plan, row, value, removal, day, layout, effects, setup }: Counted, group: Service | undefined): boolean {
    const daily = setup.totals(plan, group);
    if (row.service && !plan.perService) daily.rowsNameServices = true;
    if (layout.name !== 'samples') return addItemRow(plan, row, value, removal, effects, daily, setup);
    addSample(plan, row, value!, removal, day, daily, setup.zone);
    return true;
}

function covers(plan: LevelPlan, row: RowValues): boolean {
    return (row.service === undefined || plan.services.has(row.service)) && (!plan.segment || row.segments.includes(plan.segment));
}

function failsGate(route: Route, row: RowValues): boolean {
    const value = row.values[route.column as number];
    const threshold = route.plan.scale(route.plan.threshold);
    return value !== undefined && threshold !== undefined && !satisfies(value, route.plan.comparator, threshold);
}

/** A sample, or a run of samples from `start` to `end`, split at local midnight (and at the maintenance window). */
function addSample(plan: LevelPlan, row: RowValues, value: number, removal: Removal | undefined, day: number, daily: DailyTotals, zone: TimeZone): void {
    if (row.end === undefined) {
        addSamplePart(plan, value, removal, daily.on(day), row.start, undefined);
        return;
    }
    for (let d = day, from = row.start; from < row.end; d++) {
        const to = Math.min(row.end, zone.dayStart(d + 1));
        addSamplePart(plan, value, removal, daily.on(d), from, to);
        from = to;
    }
}

/** One interval (`to` undefined) or the part of a run within one day. */
function addSamplePart(plan: LevelPlan, value: number, removal: Removal | undefined, totals: Totals, from: number, to: number | undefined): void {
    const weight = to === undefined ? 1 : (to - from) / plan.intervalMs;
    let removed = 0;
    if (removal?.kind === 'kept') {
        totals.keep(removal.text, weight);
    } else if (removal) {
        const window = removal.window;
        removed = !window ? weight : to === undefined ? Number(window.isRunning(from)) : window.measure(from, to) / plan.intervalMs;
        if (removed > 0) totals.remove(removal.kind, removal.text, removed);
        if (removed < weight) totals.keep(removal.outsideText, weight - removed);
    }
    if (weight - removed <= 0) return;
    if (plan.measure === 'intervals') totals.addInterval(value === 1, weight - removed);
    else totals.addValue(value, weight - removed);
}

/**
 * A ticket or lead: met or missed (items), or a value (averages, sums). It is judged on the day its own window
 * closes (level-plan.ts `closes`): a ticket created on 31 October with its deadline on 1 November counts in
 * November; until then the day it started lists it as open, as it does one whose window closes after the moment
 * the evaluation is made as of. One whose window closed before the period counts in none of its windows: false,
 * and nothing is added.
 */
function addItemRow(plan: LevelPlan, row: RowValues, value: number | undefined, removal: Removal | undefined, effects: FlagEffects,
    daily: DailyTotals, { zone, days, asOf }: IngestSetup): boolean {
    const timed = plan.measure === 'items' && plan.timed;
    const clock = plan.clock(row.service);
    const paused = timed && plan.pausedBy.length ? row.waiting : [];
    const threshold = plan.measure === 'items' ? plan.scale(plan.threshold, row.service)! : 0;
    const deadline = timed && (plan.comparator === '<=' || plan.comparator === '<') ? deadlineWithPauses(clock, row.start, threshold, paused) : undefined;
    const closes = plan.closes(row.start, row.service, timed ? value : undefined, deadline);
    const startDay = zone.localDay(row.start);
    const closeDay = closes > row.start ? zone.localDay(closes) : startDay;
    if (days && closeDay < days.first) return false;
    if (asOf !== undefined && closes > asOf) {
        // Its own window closes after the moment the evaluation is made as of: open, in no figure yet.
        daily.on(startDay).opening.push({ id: row.id, service: row.service?.name, start: row.start, closes });
        return true;
    }
    const totals = daily.on(closeDay);
    if (removal?.kind === 'kept') {
        totals.keep(removal.text, 1);
    } else if (removal?.window && !removal.window.isRunning(row.start)) {
        totals.keep(removal.outsideText, 1);
    } else if (removal) {
        totals.remove(removal.kind, removal.text, 1, row.id);
        return true;
    }
    if (plan.measure === 'lead-average' && row.connected) {
        totals.remove('connected', 'connected leads: the average counts leads not connected', 1);
        return true;
    }
    if (closeDay !== startDay) daily.on(startDay).opening.push({ id: row.id, service: row.service?.name, start: row.start, closes });
    if (plan.measure !== 'items') {
        totals.addValue(value!, 1);
        return true;
    }
    if (!timed) {
        const met = satisfies(value!, plan.comparator, threshold);
        totals.addItem(met, { id: row.id, service: row.service?.name, start: row.start, value });
        if (!met) addLate(plan, totals, value!, row.service);
        return true;
    }
    if (!effects.pauses && row.waiting.length) totals.keep('time waiting on the customer counted: no customer duty pauses any level', 1);
    if (value === undefined) {
        if (deadline !== undefined) totals.addPending({ id: row.id, service: row.service?.name, start: row.start, deadline });
        return true;
    }
    const duration = measureWithPauses(clock, row.start, value, paused);
    const met = satisfies(duration, plan.comparator, threshold);
    totals.addItem(met, { id: row.id, service: row.service?.name, start: row.start, end: value, value: duration, deadline });
    if (!met) addLate(plan, totals, duration, row.service);
    return true;
}

/** With credits per late ticket, the tier a late item's own measured value falls in. */
export function addLate(plan: LevelPlan, totals: Totals, value: number, service: Service | undefined): void {
    if (!plan.perItemCredits) return;
    const tier = plan.credits!.tiers.find(t => tierCovers(plan, t, value, service));
    if (tier) totals.addLate(tier);
}
