/**
 * The result of evaluating an agreement against measured data: for each level and window, the figure measured,
 * the status, what was removed and why, the tickets or leads that missed, and the credit; then the credits owed per
 * party and month after caps and the minimum. Plain data (numbers and preformatted text), so that it serialises
 * as the `--format json` output and renders as a table, Markdown or HTML.
 */
import type { Money } from '../pricing/bills.js';
import type { BasisPart } from './charges.js';
import type { MissingData } from '../generated/ast.js';
import type { LayoutName } from './data/layouts.js';
import type { IgnoredRows } from './row-audit.js';

/**
 * `insufficient-data`: less of the window has data than the metric's minimum coverage; never met, never paid.
 * `in-progress`: the window ends after the moment the evaluation is made as of; neither met nor breached yet, and
 * no credit is owed for it.
 */
export type LevelStatus = 'met' | 'breached' | 'in-progress' | 'insufficient-data' | 'excused' | 'no-data' | 'not-evaluated';

export const LEVEL_STATUSES: readonly LevelStatus[] = ['met', 'breached', 'in-progress', 'insufficient-data', 'excused', 'no-data', 'not-evaluated'];

export interface EvaluationReport {
    readonly agreement: { readonly name: string, readonly title?: string, readonly timeZone: string };
    readonly period: WindowInfo;
    /**
     * When the period ends after the moment the evaluation is made as of: that moment (ISO 8601 with the agreement's
     * offset). A period that has ended reads the same whatever the moment, and names none.
     */
    readonly asOf?: string;
    /** The period ends after the as-of moment: some of its windows are in progress. */
    readonly periodInProgress?: boolean;
    readonly inputs: readonly InputSummary[];
    readonly levels: readonly LevelResult[];
    readonly credits: readonly PartyCredits[];
    readonly notes: readonly string[];
    readonly summary: Readonly<Record<LevelStatus, number>>;
}

/** A window or period: its label, its first and last local date, and the instants it starts and ends. */
export interface WindowInfo {
    readonly label: string;
    readonly first: string;
    readonly last: string;
    /** ISO 8601 with the agreement's offset, e.g. `2026-10-01T00:00+02:00`. */
    readonly start: string;
    readonly end: string;
}

export interface InputSummary {
    readonly path: string;
    readonly layout: LayoutName;
    readonly rows: number;
    /** Rows read and checked, but outside every window of the period. */
    readonly outsidePeriod: number;
    readonly ignoredColumns: readonly string[];
    /** Every row read but not counted, by reason: exact repeats of earlier rows, rows outside the period. */
    readonly ignoredRows: readonly IgnoredRows[];
}

export interface LevelResult {
    readonly level: string;
    readonly title?: string;
    readonly metric: string;
    readonly aggregation: string;
    /** The service assessed, when the metric is assessed per service. */
    readonly service?: string;
    readonly services: readonly string[];
    readonly segment?: string;
    readonly obliged?: string;
    readonly window: WindowInfo;
    readonly status: LevelStatus;
    /** Why the level was not evaluated or is excused. */
    readonly reason?: string;
    /** "at least 99.95 %", "at most 15 business minutes in 95 % of tickets". */
    readonly target: string;
    /** The figure compared with the target: a percentage of intervals or of items, or the aggregated value. */
    readonly measured?: { readonly value: number, readonly text: string };
    /** Intervals, items or values counted. */
    readonly counted: number;
    /** What `counted` counts: `intervals`, `values`, or the items' noun (`tickets`, `incidents`, `leads`). */
    readonly countedAs: string;
    /** For levels measured in intervals: how much of the window has data, and what the rest counted as. */
    readonly coverage?: CoverageInfo;
    /** Tickets or leads of this window whose own window closes after it: judged in a later period. */
    readonly open?: { readonly count: number, readonly items: readonly OpenInfo[] };
    /** For per-ticket and per-lead levels; `pending` counts the open ones. */
    readonly items?: { readonly met: number, readonly missed: number, readonly pending: number };
    readonly missed: readonly MissedInfo[];
    readonly removed: readonly RemovalInfo[];
    /** Flagged rows that were counted anyway, and why. */
    readonly kept: ReadonlyArray<{ readonly text: string, readonly count: number }>;
    readonly credit?: CreditInfo;
    /** Set when the window ends after the as-of moment: the figure so far, and where it stands against the target. */
    readonly inProgress?: ProgressInfo;
    readonly notes: readonly string[];
}

/** Where a window still running at the as-of moment stands. Nothing in it is owed; nothing in it is in any total. */
export interface ProgressInfo {
    /** The moment the figure is as of (ISO 8601 with the agreement's offset). */
    readonly asOf: string;
    /** How much of the window has passed, in percent of its length. */
    readonly elapsedPercent: number;
    /** Whether the figure so far meets the target; undefined when nothing was measured yet. */
    readonly onTrack?: boolean;
    /** For a share of intervals: how much more downtime the window can take before the target is missed (negative: missed already). */
    readonly downtimeLeftMinutes?: number;
    /** "on track: 99.98 % so far ...; about 5.2 hours more downtime would miss the target". */
    readonly text: string;
    /** What the credit would be if the window ended at the as-of moment: NOT owed, and in no total. */
    readonly creditIfEndedNow?: CreditInfo;
}

export interface CoverageInfo {
    /** Intervals with data (counted or removed by an exclusion). */
    readonly present: number;
    /** Intervals the window holds. */
    readonly expected: number;
    /** `present` as a share of `expected`, in percent. */
    readonly percent: number;
    /** What the intervals without data counted as. */
    readonly missingCountsAs: MissingData;
    /** The metric's minimum coverage in percent, when it states one. */
    readonly minimum?: number;
    /** "1,000 of 8,640 intervals have data (11.57 %); the other 7,640 count as down". */
    readonly text: string;
}

export interface OpenInfo {
    readonly id: string;
    readonly service?: string;
    readonly start: string;
    /** When its own window closes (its deadline, or its time plus `over`). */
    readonly closes: string;
}

export interface MissedInfo {
    readonly id: string;
    readonly service?: string;
    readonly start: string;
    readonly end?: string;
    readonly deadline?: string;
    /** The measured duration or value, e.g. "47 business minutes"; absent while still open. */
    readonly measured?: string;
}

export interface RemovalInfo {
    readonly kind: 'exclusion' | 'excused' | 'quality' | 'connected';
    readonly text: string;
    /** Intervals (possibly fractional, for runs split by a window) or items. */
    readonly count: number;
    readonly ids: readonly string[];
}

export type { Money };

export interface CreditInfo {
    /** The tier's bounds in words: "below 99.95 % down to 99.0 %". */
    readonly tier: string;
    /** As written: "10 %", "USD 500.00". */
    readonly rate: string;
    /** The credit in money, when the agreement says what it is a percentage of or gives an amount. */
    readonly amount?: Money;
    /** The credit as a percentage, when no charge to take it of is known. */
    readonly percent?: number;
    /** What a percentage is taken of: "USD 929.00, what the customer pays for Essential in 2026-10: ...". */
    readonly basis?: string;
    /** The amounts that make up the basis: the package's price and each per-unit charge times its quantity. */
    readonly basisParts?: readonly BasisPart[];
    readonly text: string;
}

/** The credits one party owes in one unit (a currency, or % when no charge is known). */
export interface PartyCredits {
    readonly party: string;
    readonly unit: string;
    readonly periods: readonly CreditPeriod[];
    readonly computed: number;
    readonly payable: number;
    readonly text: string;
}

export interface CreditPeriod {
    /** The month the credits fall in: the month of their windows' last day. */
    readonly period: string;
    readonly computed: number;
    readonly adjustments: ReadonlyArray<{ readonly rule: string, readonly before: number, readonly after: number }>;
    readonly payable: number;
}
