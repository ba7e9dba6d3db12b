/**
 * What the evaluation needs to know about each level before reading any data: how its metric aggregates, which
 * services and segment it covers, its target on the scale the data is measured on, the clock its durations run
 * on, and which exclusions, excusals and pauses apply to it. A level the evaluation cannot assess (its metric has
 * no aggregation or window, its calendar names an unknown time zone) keeps the reason, and the report says so.
 */
import type {
    Aggregation, Agreement, Comparator, Credits, Exclusion, Level, Metric, MissingData, Party, Quantity, Responsibility, Segment,
    Service
} from '../../generated/ast.js';
import { isExclusionsSection, isResponsibilitiesSection } from '../../generated/ast.js';
import { applicableCredits } from '../../pricing/credit-basis.js';
import { allServices, excusedLevels, obligedParty, section } from '../../sla-model.js';
import { tierShape } from '../../credit-tiers.js';
import { DEFAULT_MISSING } from '../../measurement-rules.js';
import { unitInfo } from '../../units.js';
import { MS_PER_MINUTE } from '../time/civil.js';
import { WALL_CLOCK, type Clock } from '../time/clock.js';
import type { WindowRule } from '../windows.js';
import type { CalendarClocks } from './clocks.js';

/** How a level's rows become one measured figure. */
export type Measure =
    /** percent-of-intervals: the share of intervals that were up. */
    | 'intervals'
    /** mean-of-intervals: the mean of per-interval values. */
    | 'interval-values'
    /** per-ticket, per-lead: each row meets the threshold or not; the figure is the share that does. */
    | 'items'
    /** mean, median, sum, maximum, minimum of the rows' values. */
    | 'values'
    /** average-per-lead: the mean of the leads' values, leaving out connected leads. */
    | 'lead-average';

const MEASURES: Record<Aggregation, Measure> = {
    'percent-of-intervals': 'intervals',
    'mean-of-intervals': 'interval-values',
    'per-ticket': 'items',
    'per-lead': 'items',
    mean: 'values',
    median: 'values',
    sum: 'values',
    maximum: 'values',
    minimum: 'values',
    'average-per-lead': 'lead-average'
};

export interface LevelPlan {
    readonly level: Level;
    readonly metric: Metric;
    readonly aggregation: Aggregation;
    readonly measure: Measure;
    /** The services the level covers: those after `for`, or every service. */
    readonly services: ReadonlySet<Service>;
    /** Whether each service is assessed on its own (`scope per service`) or all are pooled. */
    readonly perService: boolean;
    readonly segment?: Segment;
    readonly obliged?: Party;
    readonly comparator: Comparator;
    readonly threshold: Quantity;
    /** The share of items that must meet the threshold, in percent (`in 95 % of tickets`; 100 without `in`). */
    readonly share: number;
    readonly window: WindowRule;
    /** The length of one sample interval. */
    readonly intervalMs: number;
    /** Items whose cells are timestamps: the clock runs from the row's time to the cell's. */
    readonly timed: boolean;
    readonly pausedBy: readonly Responsibility[];
    readonly excusedBy: readonly Responsibility[];
    readonly exclusions: readonly Exclusion[];
    readonly credits?: Credits;
    /** Whether the credits are per late ticket or lead (credit-tiers.ts): each late item earns its tier's credit. */
    readonly perItemCredits: boolean;
    /** What an interval without data counts as (`missing counts as`); down unless the metric says otherwise. */
    readonly missing: MissingData;
    /** The share of a window's intervals that must have data, in percent (`minimum coverage`); 0 without one. */
    readonly minimumCoverage: number;
    /** Why the level cannot be assessed, when it cannot; then only `level` and `problem` are to be read. */
    readonly problem?: string;
    /**
     * When an item's own window closes, the instant it is judged at: after `over 14 days` from its time; for a
     * ticket with a deadline, when its clock stopped or at the deadline, whichever is first; else at its time.
     */
    closes(start: number, service: Service | undefined, end: number | undefined, deadline: number | undefined): number;
    /** The clock durations of a service's items run on. */
    clock(service: Service | undefined): Clock;
    /** A quantity of the level (threshold, credit bound) on the scale its figure is measured on. */
    scale(quantity: Quantity, service?: Service): number | undefined;
}

export interface PlanContext {
    readonly agreement: Agreement;
    readonly clocks: CalendarClocks;
    readonly notes: string[];
}

export function planLevel(level: Level, context: PlanContext): LevelPlan {
    const { agreement } = context;
    const metric = level.target?.metric?.ref;
    const aggregation = metric?.aggregation;
    const covered = level.services.length ? level.services.flatMap(ref => ref.ref ? [ref.ref] : []) : allServices(agreement);
    const rule = metric ? windowRule(metric) : undefined;
    const threshold = level.target?.threshold;
    // The target's own unit says which clock it counts on, as the contract prints it (unit-checks.ts warns when
    // a metric in business time has a target in calendar time).
    const business = threshold?.business === true;
    const timed = unitInfo(threshold?.unit)?.dimension === 'duration' && aggregation !== undefined && MEASURES[aggregation] === 'items';
    const clockProblems = new Set<string>();
    const clock = (service: Service | undefined): Clock => {
        if (!business) return WALL_CLOCK;
        const calendar = (service ?? covered[0])?.hours?.ref;
        const found = calendar ? context.clocks.of(calendar) : undefined;
        if (typeof found === 'string') clockProblems.add(found);
        return typeof found === 'object' ? found : WALL_CLOCK;
    };
    const problem = !metric ? 'its metric is not declared'
        : !aggregation ? `the metric ${metric.name} has no aggregation`
            : !rule ? `the metric ${metric.name} has no window the evaluation can cut (calendar periods, or rolling whole days)`
                : !threshold || !level.target.comparator ? 'it has no comparator and threshold'
                    : business && !timed ? `its target is in business time, which only per-ticket and per-lead durations are measured in`
                        : undefined;
    const duties = section(agreement, isResponsibilitiesSection)?.duties ?? [];
    const applicable = applicableCredits(agreement, level);
    if (applicable.note) context.notes.push(applicable.note);
    const names = (effect: string) => duties.filter(duty => duty.effect === effect && excusedLevels(duty).includes(level));
    const plan: LevelPlan = {
        level,
        metric: metric!,
        aggregation: aggregation!,
        measure: aggregation ? MEASURES[aggregation] : 'values',
        services: new Set(covered),
        perService: metric?.scope.includes('service') ?? false,
        segment: level.segment?.ref,
        obliged: obligedParty(level),
        comparator: level.target?.comparator ?? '>=',
        threshold: threshold!,
        share: level.target?.share?.value ?? 100,
        window: rule ?? { period: 'month' },
        intervalMs: (durationMinutesOf(metric?.interval) ?? 1) * MS_PER_MINUTE,
        timed,
        pausedBy: names('pauses'),
        excusedBy: names('excuses'),
        exclusions: (section(agreement, isExclusionsSection)?.exclusions ?? [])
            .filter(exclusion => exclusion.levels.length === 0 || exclusion.levels.some(ref => ref.ref === level)),
        credits: applicable.credits,
        perItemCredits: applicable.credits !== undefined && tierShape(applicable.credits) === 'per-item',
        missing: metric?.missing ?? DEFAULT_MISSING,
        minimumCoverage: metric?.coverage?.value ?? 0,
        problem,
        clock,
        scale: (quantity, service) => scaleOf(quantity, metric, timed ? clock(service) : undefined),
        closes: (start, service, end, deadline) => {
            const over = level.target?.over;
            if (over) {
                const ms = scaleOf(over, metric, clock(service)) ?? 0;
                return over.business ? clock(service).advance(start, ms) : start + ms;
            }
            const closing = deadline === undefined ? start : end === undefined ? deadline : Math.min(end, deadline);
            return Number.isFinite(closing) ? closing : start;
        }
    };
    if (business && !problem) {
        for (const service of covered) {
            clock(service);
            if (!service.hours?.ref) context.notes.push(`${service.name} has no service hours calendar: business time for ${level.name} is counted around the clock.`);
        }
        for (const message of clockProblems) context.notes.push(`${message}: business time for ${level.name} is counted around the clock.`);
    }
    return plan;
}

function windowRule(metric: Metric): WindowRule | undefined {
    const window = metric.window;
    if (window?.period) return { period: window.period };
    const minutes = durationMinutesOf(window?.length);
    const days = minutes === undefined || window?.length?.business ? undefined : minutes / 1440;
    return days !== undefined && Number.isInteger(days) && days >= 1 ? { rollingDays: days } : undefined;
}

function durationMinutesOf(quantity: Quantity | undefined): number | undefined {
    const minutes = unitInfo(quantity?.unit)?.minutes;
    return quantity && minutes !== undefined ? quantity.value * minutes : undefined;
}

/**
 * A quantity on the scale a level is measured on. Durations of timed items are milliseconds on the item's clock,
 * so `1 business day` is one opening span of the calendar. Values are in the metric's unit (`6 hours` against a
 * metric in minutes is 360). Percentages, counts and money are taken as written.
 */
function scaleOf(quantity: Quantity, metric: Metric | undefined, clock: Clock | undefined): number | undefined {
    const info = unitInfo(quantity.unit);
    if (info?.dimension !== 'duration') return quantity.value;
    if (clock) {
        if (!quantity.business || info.minutes! < 1440) return quantity.value * info.minutes! * MS_PER_MINUTE;
        if (info.canonical === 'days') return quantity.value * clock.dayLength;
        if (info.canonical === 'weeks') return quantity.value * clock.daysPerWeek * clock.dayLength;
        return undefined;
    }
    const metricMinutes = unitInfo(metric?.unit?.name)?.minutes;
    return metricMinutes === undefined ? quantity.value : quantity.value * info.minutes! / metricMinutes;
}
