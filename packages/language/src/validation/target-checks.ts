/**
 * Targets a contract manager can hold the provider to: not 100 % (no room for the credits that follow), not finer
 * than the measurement can express, and reported over a period at least as long as the window they are measured in.
 */
import type { ValidationAcceptor } from 'langium';
import type { Agreement, Level } from '../generated/ast.js';
import { cadenceText, quantitySpan, shortestMinutes, spanMinutes, windowSpan, windowText } from '../periods.js';
import { formatQuantity, quantityDimension } from '../units.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';
import { coverage, levelWindow } from './reporting.js';
import { promiseOf } from './targets.js';

export function checkPerfectTarget(level: Level, accept: ValidationAcceptor): void {
    const threshold = level.target?.threshold;
    const comparator = level.target?.comparator;
    if (!threshold || level.target.share || quantityDimension(threshold) !== 'percent') return;
    if (threshold.value >= 100 && (comparator === '>=' || comparator === '=')) {
        report(accept, 'warning', IssueCodes.PerfectTarget,
            `A target of ${formatQuantity(threshold)} allows no miss at all: one bad measurement breaches it, and the credits that follow are owed almost every period. Promise less than 100 %, e.g. 99.95 %.`,
            { node: threshold });
    }
}

/**
 * A percentage of good intervals moves in steps of one interval: 99.99 % of a month's 5-minute intervals allows
 * fewer than one bad interval, so the target is really 100 %. Months are taken at their shortest (28 days).
 * Only interval-counting metrics are concerned; a mean of per-interval rates has no such steps.
 */
export function checkTargetResolution(level: Level, accept: ValidationAcceptor): void {
    const metric = level.target?.metric?.ref;
    const promise = promiseOf(level);
    const threshold = level.target?.threshold;
    if (!metric || !promise?.higherIsBetter || level.target.share || quantityDimension(threshold) !== 'percent') return;
    if (metric.aggregation && metric.aggregation !== 'percent-of-intervals') return;
    const interval = quantitySpan(metric.interval);
    const window = windowSpan(metric.window);
    if (!interval || !window || !metric.window || threshold.value >= 100) return;
    const intervals = Math.floor(shortestMinutes(window) / spanMinutes(interval));
    const allowedBad = intervals * (100 - threshold.value) / 100;
    if (allowedBad >= 1) return;
    const expressible = Math.floor((100 - 100 / Math.max(intervals, 1)) * 100) / 100;
    report(accept, 'warning', IssueCodes.TargetFinerThanInterval,
        `'${metric.name}' counts intervals of ${formatQuantity(metric.interval!)} in a ${windowText(metric.window)} (as few as ${intervals}), so ${formatQuantity(threshold)} allows ${allowedBad.toFixed(2)} bad intervals: a single bad interval misses the target. `
        + (expressible > 0 ? `Measure in shorter intervals, or promise at most ${expressible} %.` : 'Measure in shorter intervals or over a longer window.'),
        { node: threshold }, { intervals });
}

/**
 * A level measured over a month but reported only weekly is never reported as met or missed. Interim reports are
 * fine: the warning comes only when no report covering the level is at least as long as its window.
 */
export function checkReportingCoversWindows(agreement: Agreement, accept: ValidationAcceptor): void {
    for (const [level, covers] of coverage(agreement)) {
        const window = levelWindow(level);
        const metricWindow = level.target?.metric?.ref?.window;
        if (!window || !metricWindow) continue;
        const longest = covers.reduce((a, b) => spanMinutes(b.cadence) > spanMinutes(a.cadence) ? b : a);
        if (spanMinutes(longest.cadence) >= spanMinutes(window)) continue;
        report(accept, 'warning', IssueCodes.WindowLongerThanReporting,
            `'${level.name}' is measured over a ${windowText(metricWindow)}, but the reports covering it come only ${cadenceText(longest.report.cadence!)}: none states whether a whole window met the target. Cover it in a report at least as long as the window.`,
            { node: longest.report, property: 'levels', index: longest.index });
    }
}
