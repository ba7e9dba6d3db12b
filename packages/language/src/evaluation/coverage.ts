/**
 * How much of a window the data covers, for levels measured in intervals: a window of a month at 5-minute
 * intervals holds 8,640 intervals (8,928 in a 31-day month), and the data has some of them. The intervals without
 * data count as the metric says (`missing counts as down`, the default; `up`; `excluded`), and a window with less
 * data than the metric's `minimum coverage` is "insufficient data". More intervals than the window holds means
 * that some were counted twice, which no rule can undo: the evaluation stops with an error.
 */
import { formatNumber, formatQuantity } from '../generator/format.js';
import { round } from './figures.js';
import type { LevelPlan } from './plan/level-plan.js';
import type { CoverageInfo } from './report.js';
import type { Totals } from './totals.js';

/** Intervals are weights; a run of samples split at midnight may leave a rounding error this small. */
const EPSILON = 1e-6;

export type CoverageOutcome =
    | { readonly info: CoverageInfo, readonly insufficient: boolean, readonly problem?: undefined }
    | { readonly problem: string, readonly info?: undefined, readonly insufficient?: undefined };

/** Whether a level's figure is a share or a mean of intervals, the levels coverage is measured for. */
export function measuredInIntervals(plan: LevelPlan): boolean {
    return plan.measure === 'intervals' || plan.measure === 'interval-values';
}

/**
 * Coverage of one window from `start` to `end` (instants) for `streams` series of samples (a level that pools
 * services expects each service's intervals): adds the missing intervals to the totals as the metric
 * says (a mean of interval values leaves them out: there is no value a missing interval could have).
 * A window in progress at the as-of moment `due` expects only the intervals up to that moment; one under way at
 * the moment is due when the data already has it.
 */
export function applyCoverage(plan: LevelPlan, totals: Totals, start: number, end: number, streams: number, label: string, due = end): CoverageOutcome {
    const inProgress = due < end;
    const elapsed = streams * (Math.min(due, end) - start) / plan.intervalMs;
    let present = totals.weight;
    for (const tally of totals.removed.values()) present += tally.weight;
    const expected = inProgress ? Math.min(Math.max(elapsed, present), streams * Math.ceil(elapsed / streams - EPSILON)) : elapsed;
    if (present > expected + EPSILON) {
        return {
            problem: `${plan.level.name}: the data has ${formatNumber(round(present, 6))} intervals of ${plan.metric.name} in ${label}, `
                + `which holds ${formatNumber(round(expected, 6))} intervals of ${formatQuantity(plan.metric.interval)}; `
                + 'some intervals are in the data more than once (samples less than one interval apart, or overlapping runs)'
        };
    }
    const missing = Math.max(0, expected - present);
    const countsAs = plan.measure === 'intervals' ? plan.missing : 'excluded';
    if (present > 0 && missing > EPSILON && countsAs !== 'excluded') totals.addInterval(countsAs === 'up', missing);
    const percent = expected > 0 ? 100 * present / expected : 100;
    const minimum = plan.minimumCoverage || undefined;
    const rest = missing <= EPSILON ? '' : `; the ${formatNumber(round(missing, 6))} without data ${COUNTED_AS[countsAs]}`;
    return {
        info: {
            present: round(present, 6), expected: round(expected, 6), percent: round(percent, 6), missingCountsAs: countsAs, minimum,
            text: `${formatNumber(round(present, 6))} of ${formatNumber(round(expected, 6))} intervals ${inProgress ? 'due so far ' : ''}have data (${coveragePercent(percent)} %)${rest}`
                + (inProgress ? '; the rest of the window has not happened yet' : '')
        },
        insufficient: minimum !== undefined && percent < minimum - EPSILON
    };
}

const COUNTED_AS: Record<CoverageInfo['missingCountsAs'], string> = {
    down: 'count as down',
    up: 'count as up',
    excluded: 'are left out of the figure'
};

/** Two decimals, more when rounding would make a shortfall read as a whole figure (99.9995 % is not "100 %"). */
function coveragePercent(percent: number): string {
    let digits = 2;
    const rounded = () => Math.round(percent * 10 ** digits) / 10 ** digits;
    while (digits < 6 && rounded() !== percent && Number.isInteger(rounded())) digits++;
    return formatNumber(rounded());
}
