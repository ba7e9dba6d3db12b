/**
 * `evaluateAgreement`: an agreement and measured data in, the compliance report out. Every file is streamed in
 * full before anything is assessed; if any file has a bad row, the result is the list of problems (with file, line
 * and column) and no figures at all, so nothing is ever computed from a half-read file.
 */
import type { Agreement, Segment, Service } from '../generated/ast.js';
import {
    isCap, isExclusionsSection, isMetric, isMinimumCredit, isRemediesSection, isResponsibilitiesSection, isSegment, isTimezoneField
} from '../generated/ast.js';
import { allServices, ancestors, declarations, excusedLevels, headerField, levelsOf, section } from '../sla-model.js';
import { parseAsOf } from './as-of.js';
import { assessLevel, windowInfo, type Assessment } from './assess.js';
import { partyCredits, type CreditLine } from './credits.js';
import type { DataRows } from './data/data-row.js';
import type { ColumnVocabulary } from './data/layouts.js';
import { ingestFile, MAX_ERRORS_PER_FILE, type FileSummary } from './ingest.js';
import { CalendarClocks } from './plan/clocks.js';
import { planLevel, type LevelPlan } from './plan/level-plan.js';
import { LEVEL_STATUSES, type EvaluationReport, type LevelStatus, type PartyCredits } from './report.js';
import { samePath } from './row-audit.js';
import { RowLedger } from './row-ledger.js';
import { TimeZone } from './time/time-zone.js';
import { DailyTotals } from './totals.js';
import { calendarPeriod, parsePeriod, windowsEndingIn, type DayRange } from './windows.js';

export interface EvaluationInput {
    /** How the report and problems name the file. */
    readonly path: string;
    readonly rows: DataRows;
}

export interface EvaluationOptions {
    /** `2026-10`, `2026-Q4`, `2026`, `2026-W43` or `2026-10-05`; default: the month of the latest data. */
    readonly period?: string;
    /** Levels excused for the whole period because a customer duty that excuses them was not met. */
    readonly excuse?: readonly string[];
    /**
     * The moment the evaluation is made as of: an instant in milliseconds (a front end passes the clock's now), or
     * text in the agreement's time zone (`2026-10-15T14:00`, `2026-10-15` for the end of that day). A window ending
     * later is in progress: no credit is owed for it. None: every window is taken as ended.
     */
    readonly asOf?: string | number;
}

/** A reason the evaluation cannot run: an option, the agreement, or a data file (with line and column). */
export interface InputProblem {
    /** The request option the problem is about, for a front end to name as its user wrote it (`--period`). */
    readonly option?: keyof EvaluationOptions;
    readonly path?: string;
    readonly line?: number;
    readonly column?: number;
    readonly message: string;
}

/** A problem in one line: `file:line:column: message`, or as much of the place as is known. */
export function problemText(problem: InputProblem): string {
    const place = [problem.path, problem.line, problem.column].filter(part => part !== undefined).join(':');
    return place ? `${place}: ${problem.message}` : problem.message;
}

export type EvaluationOutcome =
    | { readonly report: EvaluationReport, readonly problems?: undefined }
    | { readonly problems: readonly InputProblem[], readonly report?: undefined };

export async function evaluateAgreement(agreement: Agreement, inputs: readonly EvaluationInput[], options: EvaluationOptions = {}): Promise<EvaluationOutcome> {
    const notes: string[] = [];
    const setup = checkRequest(agreement, inputs, options, notes);
    if (!('zone' in setup)) return { problems: setup };
    const { zone, period, asOf } = setup;
    const clocks = new CalendarClocks(zone);
    const plans = levelsOf(agreement).map(level => planLevel(level, { agreement, clocks, notes }));
    const read = await ingestAll(agreement, inputs, plans, zone, clocks, period, asOf);
    if ('problems' in read) return { problems: read.problems };
    const lastDay = Math.max(...read.summaries.map(s => s.lastDay ?? -Infinity));
    if (!period && !Number.isFinite(lastDay)) return { problems: [{ option: 'period', message: 'the data files have no rows; name the period to evaluate' }] };
    const assessed = period ?? calendarPeriod('month', lastDay);

    const problems: string[] = [];
    const excused = new Set(options.excuse ?? []);
    const assessments = plans.flatMap(plan => assessLevel(plan, { zone, period: assessed, excused, problems, asOf, notes, totalsOf: read.totalsOf }));
    if (problems.length) return { problems: problems.map(message => ({ message })) };
    notes.push(...repeatedFiles(read.summaries), ...silentServices(plans, read.totalsOf));
    return {
        report: {
            agreement: { name: agreement.name, title: agreement.title, timeZone: zone.name },
            period: windowInfo(assessed, zone),
            ...moment(asOf, assessed, zone, assessments, notes),
            inputs: read.summaries.map(({ path, layout, rows, outsidePeriod, ignoredColumns, ignoredRows }) => ({ path, layout, rows, outsidePeriod, ignoredColumns, ignoredRows })),
            levels: assessments.map(a => a.result),
            credits: creditsOwed(agreement, assessments, assessed, notes),
            notes: [...new Set(notes)],
            summary: statusCounts(assessments)
        }
    };
}

/** The time zone and period, or every reason the evaluation cannot start, in the words of the agreement. */
function checkRequest(agreement: Agreement, inputs: readonly EvaluationInput[], options: EvaluationOptions, notes: string[]): { zone: TimeZone, period?: DayRange, asOf?: number } | InputProblem[] {
    const problems: InputProblem[] = [];
    const chain = [agreement, ...ancestors(agreement)];
    const zoneName = chain.map(a => headerField(a, isTimezoneField)?.zone).find(zone => zone !== undefined);
    if (zoneName === undefined) notes.push(`${agreement.name} names no time zone: windows are cut in UTC.`);
    const zone = TimeZone.named(zoneName ?? 'UTC');
    const period = options.period === undefined ? undefined : parsePeriod(options.period);
    if (!zone) problems.push({ message: `the agreement's time zone '${zoneName}' is not a known IANA time zone` });
    if (typeof period === 'string') problems.push({ option: 'period', message: period });
    const asOf = options.asOf === undefined || !zone ? undefined : parseAsOf(options.asOf, zone);
    if (typeof asOf === 'string') problems.push({ option: 'asOf', message: asOf });
    if (zone && typeof asOf === 'number' && period && typeof period !== 'string' && zone.dayStart(period.first) >= asOf) {
        problems.push({
            option: 'period',
            message: `${period.label} has not started at ${zone.formatIso(asOf)}, the moment this evaluation is made as of: there is nothing to measure yet; `
                + 'name a period that has started'
        });
    }
    if (inputs.length === 0) problems.push({ message: 'name at least one data file' });
    inputs.forEach((input, index) => {
        const earlier = inputs.slice(0, index).find(other => samePath(other.path, input.path));
        if (earlier) problems.push({ path: input.path, message: `this data file is given twice (also as ${earlier.path}); its rows would be counted twice: name it once` });
    });
    const levels = levelsOf(agreement);
    for (const name of options.excuse ?? []) {
        const level = levels.find(l => l.name === name);
        if (!level) problems.push({ option: 'excuse', message: `${agreement.name} has no level named ${name} to excuse` });
        else if (!excusable(agreement, name)) problems.push({ option: 'excuse', message: `${name} cannot be excused: no responsibility of ${agreement.name} excuses it` });
    }
    if (problems.length || !zone || typeof period === 'string' || typeof asOf === 'string') return problems;
    return { zone, period, asOf };
}

interface ReadData {
    readonly summaries: readonly FileSummary[];
    totalsOf(plan: LevelPlan, group: Service | undefined): DailyTotals | undefined;
}

/** Streams every file into the levels' daily totals; one ledger across the files counts each row once. */
async function ingestAll(agreement: Agreement, inputs: readonly EvaluationInput[], plans: readonly LevelPlan[], zone: TimeZone,
    clocks: CalendarClocks, period: DayRange | undefined, asOf: number | undefined): Promise<ReadData | { problems: InputProblem[] }> {
    const problems: InputProblem[] = [];
    const evaluable = plans.filter(plan => !plan.problem);
    const totals = new Map<LevelPlan, Map<Service | undefined, DailyTotals>>();
    const services = new Map(allServices(agreement).map(s => [s.name, s]));
    const segments = [agreement, ...ancestors(agreement)].flatMap(a => declarations(a).filter(isSegment));
    const summaries: FileSummary[] = [];
    const vocabulary = vocabularyOf(agreement);
    const exclusions = section(agreement, isExclusionsSection)?.exclusions ?? [];
    const ledger = new RowLedger(zone);
    const paths = inputs.map(input => input.path);
    for (const [file, input] of inputs.entries()) {
        const result = await ingestFile(input.path, input.rows, {
            zone, vocabulary, services, clocks, plans: evaluable, exclusions, ledger, file, paths, asOf,
            segments: new Map(segments.map(s => [s.name, s])),
            days: period && neededDays(evaluable, period),
            totals: (plan, group) => {
                let groups = totals.get(plan);
                if (!groups) totals.set(plan, groups = new Map());
                let daily = groups.get(group);
                if (!daily) groups.set(group, daily = new DailyTotals(plan.aggregation === 'median'));
                return daily;
            }
        });
        problems.push(...result.errors.map(error => ({ path: input.path, line: error.line || undefined, column: error.column || undefined, message: error.message })));
        if (result.truncated) problems.push({ path: input.path, message: `stopped reading after ${MAX_ERRORS_PER_FILE} errors` });
        if (result.summary) summaries.push(result.summary);
    }
    if (problems.length) return { problems };
    return { summaries, totalsOf: (plan, group) => totals.get(plan)?.get(group) };
}

/**
 * The as-of moment as the report states it: only while the period runs, as a period that has ended reads the same
 * whatever the moment (and so the same report whenever it is made).
 */
function moment(asOf: number | undefined, period: DayRange, zone: TimeZone, assessments: readonly Assessment[], notes: string[]): { asOf?: string, periodInProgress?: true } {
    if (asOf === undefined || asOf >= zone.dayStart(period.last + 1)) return {};
    if (assessments.some(a => a.result.status === 'in-progress')) {
        notes.push(`Windows still running at ${zone.formatIso(asOf)} are in progress: the time after that moment is neither measured nor missing, `
            + 'and no credit is owed for them until they end. What a credit would be if such a window ended now is shown beside it, in no total.');
    }
    return { asOf: zone.formatIso(asOf), periodInProgress: true };
}

/** A file whose every row repeats rows of other files is most likely a copy: say so once, not row by row. */
function repeatedFiles(summaries: readonly FileSummary[]): string[] {
    return summaries.flatMap(summary => {
        const repeats = summary.ignoredRows.find(group => group.reason === 'duplicate')?.count ?? 0;
        if (repeats === 0) return [];
        return repeats === summary.rows - summary.outsidePeriod && summary.rows > 0
            ? [`Every row of ${summary.path} repeats an earlier row: the file is a copy, and each row was counted once.`]
            : [`${summary.path}: ${repeats} ${repeats === 1 ? 'row repeats' : 'rows repeat'} an earlier row exactly; each was counted once (the rows are listed under the file).`];
    });
}

/** A level for every service whose data names only some of them. */
function silentServices(plans: readonly LevelPlan[], totalsOf: ReadData['totalsOf']): string[] {
    return plans.filter(p => p.perService && p.level.services.length === 0 && !p.problem).flatMap(plan => {
        const silent = [...plan.services].filter(service => !totalsOf(plan, service)).map(s => s.name);
        return silent.length && silent.length < plan.services.size ? [`${plan.level.name} applies to every service; no data for ${silent.join(', ')}.`] : [];
    });
}

function creditsOwed(agreement: Agreement, assessments: readonly Assessment[], assessed: DayRange, notes: string[]): PartyCredits[] {
    const lines: CreditLine[] = assessments.flatMap(({ result, credit }) => credit ? [{ ...credit, party: result.obliged ?? 'the provider' }] : []);
    const remedies = section(agreement, isRemediesSection)?.remedies ?? [];
    const caps = remedies.filter(isCap);
    if (caps.some(cap => cap.period === 'year') && assessed.last - assessed.first < 364 && lines.length) {
        notes.push(`The yearly cap is applied to the credits of ${assessed.label} only: credits of other months of the year are not in this evaluation.`);
    }
    return partyCredits(lines, caps, remedies.find(isMinimumCredit), notes);
}

function statusCounts(assessments: readonly Assessment[]): Record<LevelStatus, number> {
    const summary = Object.fromEntries(LEVEL_STATUSES.map(status => [status, 0])) as Record<LevelStatus, number>;
    for (const { result } of assessments) summary[result.status]++;
    return summary;
}

function excusable(agreement: Agreement, level: string): boolean {
    return (section(agreement, isResponsibilitiesSection)?.duties ?? [])
        .some(duty => duty.effect === 'excuses' && excusedLevels(duty).some(excused => excused.name === level));
}

/** What column names mean: the metrics and segment dimensions of the agreement and those it refines. */
function vocabularyOf(agreement: Agreement): ColumnVocabulary {
    const chain = [agreement, ...ancestors(agreement)];
    const metrics = new Map(chain.flatMap(a => declarations(a).filter(isMetric)).reverse().map(m => [m.name, m]));
    const dimensions = new Map<string, Map<string, Segment>>();
    for (const segment of chain.flatMap(a => declarations(a).filter(isSegment))) {
        if (!segment.dimension) continue;
        let named = dimensions.get(segment.dimension);
        if (!named) dimensions.set(segment.dimension, named = new Map());
        if (!named.has(segment.name)) named.set(segment.name, segment);
    }
    return { metrics, dimensions };
}

/** The local days the period's windows cover; rows outside them are checked but not counted. */
function neededDays(plans: readonly LevelPlan[], period: DayRange): { first: number, last: number } {
    const firsts = plans.flatMap(plan => windowsEndingIn(plan.window, period).map(w => w.first));
    return { first: Math.min(period.first, ...firsts), last: period.last };
}
