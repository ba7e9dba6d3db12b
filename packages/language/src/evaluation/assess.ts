/**
 * Assessing one level over the windows of its metric that end in the period: merge the days of each window,
 * decide the tickets still open when the window ends, compute the figure, compare it with the target, and price
 * a miss. A rolling window is assessed at the end of every day of the period; the report keeps the worst one.
 */
import type { Service } from '../generated/ast.js';
import { formatList, formatMoney, formatNumber, formatQuantity, formatTarget } from '../generator/format.js';
import { satisfies } from './compare.js';
import { applyCoverage, measuredInIntervals } from './coverage.js';
import { levelCredit, type CreditLine } from './credits.js';
import { addLate } from './ingest.js';
import { durationText, figureOf, figureText, round } from './figures.js';
import type { LevelPlan } from './plan/level-plan.js';
import { elapsedText, spanText } from './as-of.js';
import type { CreditInfo, LevelResult, LevelStatus, MissedInfo, OpenInfo, ProgressInfo, WindowInfo } from './report.js';
import type { TimeZone } from './time/time-zone.js';
import { formatIsoDate, MS_PER_MINUTE } from './time/civil.js';
import { LISTED_ITEMS, Totals, type DailyTotals, type MissedItem, type OpeningItem } from './totals.js';
import { windowsEndingIn, type DayRange } from './windows.js';

export interface AssessContext {
    readonly zone: TimeZone;
    readonly period: DayRange;
    readonly excused: ReadonlySet<string>;
    /** Where a window whose data cannot be right (more intervals than it holds) is reported. */
    readonly problems: string[];
    /** The moment the evaluation is made as of: windows ending later are in progress. None: every window has ended. */
    readonly asOf?: number;
    /** Where the windows skipped because they start after the as-of moment are reported. */
    readonly notes: string[];
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
    const windows = startedWindows(plan, windowsEndingIn(plan.window, context.period), context);
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
 * The windows that have started by the as-of moment: one that starts later has nothing to assess and is named in
 * a note. Of rolling windows, those ending after the as-of day are left out: what of them has happened is part of
 * the window ending on that day, which is assessed in progress.
 */
function startedWindows(plan: LevelPlan, windows: readonly DayRange[], { asOf, zone, notes }: AssessContext): DayRange[] {
    if (asOf === undefined) return [...windows];
    const asOfDay = zone.localDay(asOf);
    const started = windows.filter(w => 'rollingDays' in plan.window ? w.last <= asOfDay : zone.dayStart(w.first) < asOf);
    const later = windows.filter(w => !started.includes(w));
    if (later.length && !('rollingDays' in plan.window)) {
        const one = later.length === 1;
        notes.push(`${plan.level.name}: ${formatList(later.map(w => w.label))} ${one ? 'starts' : 'start'} after ${zone.formatIso(asOf)}, `
            + `the moment this evaluation is made as of, and ${one ? 'is' : 'are'} not assessed.`);
    }
    return started;
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
    // A window that ends after the as-of moment is in progress: only the time up to the moment is due.
    const running = context.asOf !== undefined && context.asOf < end;
    const due = running ? context.asOf! : end;
    // Items whose own window closes after the window, or after the as-of moment (those are in no day's totals).
    const open = totals.opening.filter(item => (running ? item.closes > due : item.closes >= end) && item.start < end);
    for (const item of totals.pending) {
        // Its deadline passed in this window with the clock still running (pending items sit on their deadline's day).
        totals.addItem(false, { ...item });
        if (!plan.perItemCredits) continue;
        // At least this late; pauses are not counted, as the ticket has no end yet.
        const service = serviceNamed(plan, item.service);
        addLate(plan, totals, plan.clock(service).measure(item.start, due), service);
    }
    const streams = daily?.rowsNameServices ? plan.services.size : 1;
    const start = zone.dayStart(window.first);
    const coverage = measuredInIntervals(plan) ? applyCoverage(plan, totals, start, end, streams, window.label, due) : undefined;
    if (coverage?.problem) context.problems.push(coverage.problem);
    const figure = figureOf(plan, totals);
    const target = plan.measure === 'items' ? plan.share : plan.scale(plan.threshold, group);
    const met = figure !== undefined && target !== undefined && satisfies(figure, plan.measure === 'items' ? '>=' : plan.comparator, target);
    const excused = context.excused.has(plan.level.name);
    const status: LevelStatus = excused ? 'excused' : figure === undefined ? 'no-data' : running ? 'in-progress'
        : coverage?.insufficient ? 'insufficient-data' : met ? 'met' : 'breached';
    const bounds = [target, ...(plan.credits?.tiers.flatMap(t => [t.first, t.second]) ?? []).map(b => b?.value ? plan.scale(b.value) : undefined)]
        .filter((b): b is number => b !== undefined);
    const notes: string[] = [];
    if (plan.level.condition) notes.push(`Condition not checked against the data: "${plan.level.condition}".`);
    if (open.length) {
        notes.push(`${open.length} ${open.length === 1 ? countedAs(plan).replace(/s$/, '') : countedAs(plan)} of this window still open: `
            + 'each is judged in the period in which its own window closes.');
    }
    if (running && coverage?.insufficient) {
        notes.push(`So far only ${formatNumber(round(coverage.info.percent, 2))} % of the intervals due have data; ${plan.metric.name} needs at least `
            + `${formatNumber(coverage.info.minimum!)} % of a window.`);
    }
    if (coverage?.info && status === 'insufficient-data') {
        notes.push(`Insufficient data: ${plan.metric.name} needs data for at least ${formatNumber(coverage.info.minimum)} % of the intervals of a window; `
            + 'the level is neither met nor breached, and no credit is computed.');
    }
    let credit: Assessment['credit'];
    let creditInfo: LevelResult['credit'];
    let creditIfEndedNow: LevelResult['credit'];
    const lateCredits = plan.perItemCredits && status !== 'excused' && totals.late.size > 0;
    const missed = status === 'breached' || (status === 'in-progress' && !met);
    if ((missed && plan.credits && !plan.perItemCredits) || lateCredits) {
        const priced = levelCredit(plan, plan.credits!, figure!, window, plan.perItemCredits ? totals.late : undefined);
        if (typeof priced === 'string') notes.push(`No credit${running ? ' would be due' : ''}: ${priced}.`);
        // A window in progress owes nothing yet: what it would owe is shown apart, in no total.
        else if (running) creditIfEndedNow = priced.info;
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
        inProgress: running ? progressOf(plan, totals, { start, end, asOf: due, streams, figure, target, met }, zone, creditIfEndedNow) : undefined,
        notes
    };
    return { result, credit };
}

interface Progress {
    readonly start: number;
    readonly end: number;
    readonly asOf: number;
    readonly streams: number;
    readonly figure: number | undefined;
    readonly target: number | undefined;
    readonly met: boolean;
}

/**
 * Where a window in progress stands: the figure so far against the target and, for a share of intervals up, how
 * much more downtime the whole window can take before the target is missed (assuming the rest of it is measured).
 */
function progressOf(plan: LevelPlan, totals: Totals, p: Progress, zone: TimeZone, creditIfEndedNow: ProgressInfo['creditIfEndedNow']): ProgressInfo {
    const asOf = zone.formatIso(p.asOf);
    const elapsedPercent = Math.round(1000 * (p.asOf - p.start) / (p.end - p.start)) / 10;
    const head = `As of ${asOf} (${elapsedText(p.start, p.end, p.asOf)} has passed)`;
    if (p.figure === undefined || p.target === undefined) {
        return { asOf, elapsedPercent, text: `${head}: nothing measured yet.`, creditIfEndedNow };
    }
    let downtimeLeftMinutes: number | undefined;
    let budget = '';
    if (plan.measure === 'intervals' && (plan.comparator === '>=' || plan.comparator === '>')) {
        const allowed = p.streams * (p.end - p.start) / plan.intervalMs * (1 - p.target / 100);
        const left = (allowed - (totals.weight - totals.good)) * plan.intervalMs;
        downtimeLeftMinutes = round(left / MS_PER_MINUTE, 2);
        budget = left > 0 ? `; the rest of the window can take ${spanText(left)} more downtime and still meet it`
            : `; the downtime so far is already ${spanText(-left)} more than the whole window allows: unless some of it is excluded, the target will be missed`;
    }
    const so = `${figureText(plan, p.figure, [p.target])} so far ${p.met ? 'meets' : 'does not meet'} the target`;
    const ifEnded = creditIfEndedNow ? `. If the window ended now the credit would be ${creditText(creditIfEndedNow)}: not owed while the window runs` : '';
    return {
        asOf, elapsedPercent, onTrack: p.met, downtimeLeftMinutes,
        text: `${head}: ${p.met ? 'on track' : 'behind'}: ${so}${budget}${ifEnded}.`,
        creditIfEndedNow
    };
}

function creditText(credit: CreditInfo): string {
    return credit.amount ? formatMoney(credit.amount.amount, credit.amount.currency) : `${formatNumber(credit.percent ?? 0)} %`;
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
