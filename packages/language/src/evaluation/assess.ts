/**
 * Assessing one level over the windows of its metric that end in the period: merge the days of each window,
 * decide the tickets still open when the window ends, compute the figure, compare it with the target, and price
 * a miss. A rolling window is assessed at the end of every day of the period; the report keeps the worst one.
 */
import type { Service } from '../generated/ast.js';
import { formatNumber, formatQuantity, formatTarget } from '../generator/format.js';
import { satisfies } from './compare.js';
import { applyCoverage, measuredInIntervals } from './coverage.js';
import { levelCredit, type CreditLine } from './credits.js';
import { addLate } from './ingest.js';
import { durationText, figureOf, figureText } from './figures.js';
import type { LevelPlan } from './plan/level-plan.js';
import type { LevelResult, LevelStatus, MissedInfo, OpenInfo, WindowInfo } from './report.js';
import type { TimeZone } from './time/time-zone.js';
import { formatIsoDate } from './time/civil.js';
import { LISTED_ITEMS, Totals, type DailyTotals, type MissedItem, type OpeningItem } from './totals.js';
import { windowsEndingIn, type DayRange } from './windows.js';

export interface AssessContext {
    readonly zone: TimeZone;
    readonly period: DayRange;
    readonly excused: ReadonlySet<string>;
    /** Where a window whose data cannot be right (more intervals than it holds) is reported. */
    readonly problems: string[];
    totalsOf(plan: LevelPlan, group: Service | undefined): DailyTotals | undefined;
}

export interface Assessment {
    readonly result: LevelResult;
    readonly credit?: Omit<CreditLine, 'party'>;
}

export function windowInfo(window: DayRange, zone: TimeZone): WindowInfo {
    return {
        label: window.label, first: formatIsoDate(window.first), last: formatIsoDate(window.last),
        start: zone.formatIso(zone.dayStart(window.first)), end: zone.formatIso(zone.dayStart(window.last + 1))
    };
}

export function assessLevel(plan: LevelPlan, context: AssessContext): Assessment[] {
    const level = plan.level;
    const common = {
        level: level.name, title: level.title, metric: plan.metric?.name ?? level.target?.metric?.$refText ?? '?',
        aggregation: plan.aggregation ?? '?', services: [...plan.services].map(s => s.name), segment: plan.segment?.name,
        obliged: plan.obliged?.name, target: formatTarget(level.target), countedAs: countedAs(plan)
    };
    const empty = { counted: 0, missed: [], removed: [], kept: [], notes: [] };
    if (plan.problem) {
        return [{ result: { ...common, ...empty, window: windowInfo(context.period, context.zone), status: 'not-evaluated', reason: `Not evaluated: ${plan.problem}.` } }];
    }
    const windows = windowsEndingIn(plan.window, context.period);
    if (windows.length === 0) {
        return [{ result: { ...common, ...empty, window: windowInfo(context.period, context.zone), status: 'not-evaluated', reason: `No ${plan.metric.window?.period ?? ''} window of ${plan.metric.name} ends in ${context.period.label}.` } }];
    }
    const assessments: Assessment[] = [];
    for (const group of groupsOf(plan, context)) {
        const daily = context.totalsOf(plan, group);
        const perWindow = windows.map(window => assessWindow(plan, group, window, daily, context, common));
        if ('rollingDays' in plan.window) assessments.push(worstOf(plan, perWindow));
        else assessments.push(...perWindow);
    }
    return assessments;
}

/**
 * The groups a level is assessed in: all its services pooled, or each service on its own. A level without `for`
 * applies to every service; it is assessed for those with data (or once, without data, when none has any).
 */
function groupsOf(plan: LevelPlan, context: AssessContext): Array<Service | undefined> {
    if (!plan.perService) return [undefined];
    const services = [...plan.services];
    if (plan.level.services.length) return services;
    const withData = services.filter(service => context.totalsOf(plan, service));
    return withData.length ? withData : [undefined];
}

type Common = Pick<LevelResult, 'level' | 'title' | 'metric' | 'aggregation' | 'services' | 'segment' | 'obliged' | 'target' | 'countedAs'>;

function countedAs(plan: LevelPlan): string {
    switch (plan.measure) {
        case 'intervals':
        case 'interval-values': return 'intervals';
        case 'items': return plan.level.target?.population ?? (plan.aggregation === 'per-lead' ? 'leads' : 'tickets');
        case 'lead-average': return 'leads';
        case 'values': return 'rows';
    }
}

function assessWindow(plan: LevelPlan, group: Service | undefined, window: DayRange, daily: DailyTotals | undefined, context: AssessContext, common: Common): Assessment {
    const { zone } = context;
    const totals = daily?.over(window.first, window.last) ?? new Totals();
    const end = zone.dayStart(window.last + 1);
    for (const item of totals.pending) {
        // Its deadline passed in this window with the clock still running (pending items sit on their deadline's day).
        totals.addItem(false, { ...item });
        if (!plan.perItemCredits) continue;
        // At least this late; pauses are not counted, as the ticket has no end yet.
        const service = serviceNamed(plan, item.service);
        addLate(plan, totals, plan.clock(service).measure(item.start, end), service);
    }
    const open = totals.opening.filter(item => item.closes >= end && item.start < end);
    const streams = daily?.rowsNameServices ? plan.services.size : 1;
    const coverage = measuredInIntervals(plan) ? applyCoverage(plan, totals, zone.dayStart(window.first), end, streams, window.label) : undefined;
    if (coverage?.problem) context.problems.push(coverage.problem);
    const figure = figureOf(plan, totals);
    const target = plan.measure === 'items' ? plan.share : plan.scale(plan.threshold, group);
    const met = figure !== undefined && target !== undefined && satisfies(figure, plan.measure === 'items' ? '>=' : plan.comparator, target);
    const excused = context.excused.has(plan.level.name);
    const status: LevelStatus = excused ? 'excused' : figure === undefined ? 'no-data'
        : coverage?.insufficient ? 'insufficient-data' : met ? 'met' : 'breached';
    const bounds = [target, ...(plan.credits?.tiers.flatMap(t => [t.first, t.second]) ?? []).map(b => b?.value ? plan.scale(b.value) : undefined)]
        .filter((b): b is number => b !== undefined);
    const notes: string[] = [];
    if (plan.level.condition) notes.push(`Condition not checked against the data: "${plan.level.condition}".`);
    if (open.length) {
        notes.push(`${open.length} ${open.length === 1 ? countedAs(plan).replace(/s$/, '') : countedAs(plan)} of this window still open: `
            + 'each is judged in the period in which its own window closes.');
    }
    if (coverage?.info && status === 'insufficient-data') {
        notes.push(`Insufficient data: ${plan.metric.name} needs data for at least ${formatNumber(coverage.info.minimum)} % of the intervals of a window; `
            + 'the level is neither met nor breached, and no credit is computed.');
    }
    let credit: Assessment['credit'];
    let creditInfo: LevelResult['credit'];
    const lateCredits = plan.perItemCredits && status !== 'excused' && totals.late.size > 0;
    if ((status === 'breached' && plan.credits && !plan.perItemCredits) || lateCredits) {
        const priced = levelCredit(plan, plan.credits!, figure!, window, plan.perItemCredits ? totals.late : undefined);
        if (typeof priced === 'string') notes.push(`No credit: ${priced}.`);
        else ({ info: creditInfo, line: credit } = priced);
    }
    const result: LevelResult = {
        ...common,
        service: plan.perService ? group?.name : undefined,
        window: windowInfo(window, zone),
        status,
        reason: excused ? `Excused for ${context.period.label}: a customer duty that excuses this level was not met.` : undefined,
        measured: figure === undefined ? undefined : { value: figure, text: figureText(plan, figure, bounds) },
        counted: totals.weight,
        coverage: coverage?.info,
        items: plan.measure === 'items' ? { met: totals.good, missed: totals.weight - totals.good, pending: open.length } : undefined,
        open: open.length ? { count: open.length, items: open.slice(0, LISTED_ITEMS).map(item => openInfo(item, zone)) } : undefined,
        missed: totals.missed.map(item => missedInfo(plan, item, zone)),
        removed: [...totals.removed.values()].map(({ kind, text, weight, ids }) => ({ kind, text, count: weight, ids })),
        kept: [...totals.kept].map(([text, count]) => ({ text, count })),
        credit: creditInfo,
        notes
    };
    return { result, credit };
}

function openInfo(item: OpeningItem, zone: TimeZone): OpenInfo {
    return { id: item.id, service: item.service, start: zone.formatIso(item.start), closes: zone.formatIso(item.closes) };
}

function missedInfo(plan: LevelPlan, item: MissedItem, zone: TimeZone): MissedInfo {
    const measured = item.value === undefined ? undefined
        : plan.timed ? timedText(plan, item)
            : formatQuantity({ value: item.value, unit: plan.metric.unit?.name ?? plan.threshold.unit });
    return {
        id: item.id, service: item.service, start: zone.formatIso(item.start),
        end: item.end === undefined ? undefined : zone.formatIso(item.end),
        deadline: item.deadline === undefined || !Number.isFinite(item.deadline) ? undefined : zone.formatIso(item.deadline),
        measured
    };
}

/** A missed item's duration on its service's clock, precise enough to show how it missed the threshold. */
function timedText(plan: LevelPlan, item: MissedItem): string {
    const service = serviceNamed(plan, item.service);
    return durationText(item.value!, plan.threshold, plan.clock(service).dayLength, plan.scale(plan.threshold, service));
}

/** A listed item's service, by the name the item keeps. */
function serviceNamed(plan: LevelPlan, name: string | undefined): Service | undefined {
    for (const service of plan.services) if (service.name === name) return service;
    return undefined;
}

/** Of a rolling window's daily assessments, the worst: the lowest share or the figure furthest from the target. */
function worstOf(plan: LevelPlan, assessments: readonly Assessment[]): Assessment {
    const measured = assessments.filter(a => a.result.measured);
    if (measured.length === 0) return assessments[assessments.length - 1];
    const higherIsBetter = plan.measure === 'items' || plan.comparator === '>=' || plan.comparator === '>';
    const worst = measured.reduce((a, b) => (higherIsBetter ? b.result.measured!.value < a.result.measured!.value : b.result.measured!.value > a.result.measured!.value) ? b : a);
    const breached = assessments.filter(a => a.result.status === 'breached').length;
    const note = `The worst of ${assessments.length} rolling windows ending in the period; ${breached} of them missed the target.`;
    return { ...worst, result: { ...worst.result, notes: [note, ...worst.result.notes] } };
}
