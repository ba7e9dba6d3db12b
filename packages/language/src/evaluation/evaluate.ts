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
import { assessLevel, windowInfo, type Assessment } from './assess.js';
import { partyCredits, type CreditLine } from './credits.js';
import type { DataRows } from './data/data-row.js';
import type { ColumnVocabulary } from './data/layouts.js';
import { ingestFile, MAX_ERRORS_PER_FILE, type FileSummary } from './ingest.js';
import { CalendarClocks } from './plan/clocks.js';
import { planLevel, type LevelPlan } from './plan/level-plan.js';
import { LEVEL_STATUSES, type EvaluationReport, type LevelStatus } from './report.js';
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
}

/** A reason the evaluation cannot run: an option, the agreement, or a data file (with line and column). */
export interface InputProblem {
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
    const problems: InputProblem[] = [];
    const chain = [agreement, ...ancestors(agreement)];
    const zoneName = chain.map(a => headerField(a, isTimezoneField)?.zone).find(zone => zone !== undefined);
    if (zoneName === undefined) notes.push(`${agreement.name} names no time zone: windows are cut in UTC.`);
    const zone = TimeZone.named(zoneName ?? 'UTC');
    const period = options.period === undefined ? undefined : parsePeriod(options.period);
    if (!zone) problems.push({ message: `the agreement's time zone '${zoneName}' is not a known IANA time zone` });
    if (typeof period === 'string') problems.push({ message: period });
    if (inputs.length === 0) problems.push({ message: 'name at least one data file' });
    const levels = levelsOf(agreement);
    for (const name of options.excuse ?? []) {
        const level = levels.find(l => l.name === name);
        if (!level) problems.push({ message: `--excuse ${name}: ${agreement.name} has no level named ${name}` });
        else if (!excusable(agreement, name)) problems.push({ message: `--excuse ${name}: no responsibility of ${agreement.name} excuses ${name}` });
    }
    if (problems.length || !zone || typeof period === 'string') return { problems };

    const clocks = new CalendarClocks(zone);
    const plans = levels.map(level => planLevel(level, { agreement, clocks, notes }));
    const evaluable = plans.filter(plan => !plan.problem);
    const totals = new Map<LevelPlan, Map<Service | undefined, DailyTotals>>();
    const totalsOf = (plan: LevelPlan, group: Service | undefined) => totals.get(plan)?.get(group);
    const services = new Map(allServices(agreement).map(s => [s.name, s]));
    const segments = chain.flatMap(a => declarations(a).filter(isSegment));
    const summaries: FileSummary[] = [];
    const vocabulary = vocabularyOf(agreement);
    const exclusions = section(agreement, isExclusionsSection)?.exclusions ?? [];
    for (const input of inputs) {
        const result = await ingestFile(input.path, input.rows, {
            zone, vocabulary, services, clocks, plans: evaluable, exclusions,
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
    const lastDay = Math.max(...summaries.map(s => s.lastDay ?? -Infinity));
    if (!period && !Number.isFinite(lastDay)) return { problems: [{ message: 'the data files have no rows; name the period with --period' }] };
    const assessed = period ?? calendarPeriod('month', lastDay);

    const excused = new Set(options.excuse ?? []);
    const assessments: Assessment[] = plans.flatMap(plan => assessLevel(plan, { zone, period: assessed, excused, totalsOf }));
    const lines: CreditLine[] = assessments.flatMap(({ result, credit }) => credit ? [{ ...credit, party: result.obliged ?? 'the provider' }] : []);
    const remedies = section(agreement, isRemediesSection)?.remedies ?? [];
    const caps = remedies.filter(isCap);
    if (caps.some(cap => cap.period === 'year') && assessed.last - assessed.first < 364 && lines.length) {
        notes.push(`The yearly cap is applied to the credits of ${assessed.label} only: credits of other months of the year are not in this evaluation.`);
    }
    const credits = partyCredits(lines, caps, remedies.find(isMinimumCredit), notes);
    const summary = Object.fromEntries(LEVEL_STATUSES.map(status => [status, 0])) as Record<LevelStatus, number>;
    for (const { result } of assessments) summary[result.status]++;
    for (const plan of plans.filter(p => p.perService && p.level.services.length === 0 && !p.problem)) {
        const silent = [...plan.services].filter(service => !totalsOf(plan, service)).map(s => s.name);
        if (silent.length && silent.length < plan.services.size) notes.push(`${plan.level.name} applies to every service; no data for ${silent.join(', ')}.`);
    }
    return {
        report: {
            agreement: { name: agreement.name, title: agreement.title, timeZone: zone.name },
            period: windowInfo(assessed, zone),
            inputs: summaries.map(({ path, layout, rows, outsidePeriod, ignoredColumns }) => ({ path, layout, rows, outsidePeriod, ignoredColumns })),
            levels: assessments.map(a => a.result),
            credits,
            notes: [...new Set(notes)],
            summary
        }
    };
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
