/** Small agreements and data for the evaluation tests: each test writes only the parts it is about. */
import { expect } from 'vitest';
import { readCsv } from '../../packages/language/src/evaluation/data/csv-reader.js';
import type { DataRow, DataRows } from '../../packages/language/src/evaluation/data/data-row.js';
import { readJson } from '../../packages/language/src/evaluation/data/json-reader.js';
import { evaluateAgreement, type EvaluationOptions, type EvaluationOutcome } from '../../packages/language/src/evaluation/evaluate.js';
import type { EvaluationReport, LevelResult } from '../../packages/language/src/evaluation/report.js';
import { parse } from '../helpers.js';

export interface AgreementParts {
    readonly timezone?: string;
    readonly calendars?: string;
    readonly services?: string;
    readonly packages?: string;
    readonly segments?: string;
    readonly metrics: string;
    readonly levels: string;
    readonly responsibilities?: string;
    readonly exclusions?: string;
    readonly remedies?: string;
}

const block = (keyword: string, body: string | undefined) => body ? `    ${keyword} {\n${body}\n    }\n` : '';

/** A whole agreement around the parts given; parties Acme (provider) and Globex (customer), a service Web. */
export function agreement(parts: AgreementParts): string {
    return `agreement Test "Test agreement" {
    version 1.0
    effective 2026-01-01 until 2027-12-31
    ${parts.timezone === undefined ? 'timezone "UTC"' : parts.timezone ? `timezone "${parts.timezone}"` : ''}
    parties {
        provider Acme "Acme Ltd."
        customer Globex "Globex Corp."
    }
    goals {
        goal "Measure the service."
    }
${block('calendars', parts.calendars)}${block('services', parts.services ?? '        service Web "Web shop" { }')}${block('packages', parts.packages)}${block('segments', parts.segments)}${block('metrics', parts.metrics)}${block('levels', parts.levels)}${block('responsibilities', parts.responsibilities ?? '        Globex must "report outages"')}${block('exclusions', parts.exclusions ?? '        force-majeure "Events beyond control"')}${block('remedies', parts.remedies ?? '        sole remedy')}    changes {
        proposed by Acme, Globex
        notice 30 days
    }
    review {
        every 6 months
        participants Acme, Globex
    }
}
`;
}

/** A text in chunks of a few characters, so that every reader handles rows, quotes and escapes cut in two. */
export async function* chunks(text: string, size = 7): AsyncIterable<string> {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** A data file from its text: JSON when the name ends in `.json`, else CSV. */
export function dataFile(name: string, text: string): DataRows {
    return name.endsWith('.json') ? readJson(() => chunks(text)) : readCsv(chunks(text));
}

/** Evaluates an agreement text against data files given by name and content. */
export async function evaluate(text: string, files: Record<string, string>, options: EvaluationOptions = {}): Promise<EvaluationOutcome> {
    const document = await parse(text);
    expect(document.parseResult.parserErrors).toEqual([]);
    return evaluateAgreement(document.parseResult.value, Object.entries(files).map(([path, content]) => ({ path, rows: dataFile(path, content) })), options);
}

/** The report, failing the test with the problems when there is none. */
export async function report(text: string, files: Record<string, string>, options: EvaluationOptions = {}): Promise<EvaluationReport> {
    const outcome = await evaluate(text, files, options);
    expect(outcome.problems).toBeUndefined();
    return outcome.report!;
}

/** The result of one level (and service, and window), failing the test when there is not exactly one. */
export function result(report: EvaluationReport, level: string, filter: Partial<Pick<LevelResult, 'service'>> & { window?: string } = {}): LevelResult {
    const found = report.levels.filter(r => r.level === level && (filter.service === undefined || r.service === filter.service)
        && (filter.window === undefined || r.window.label === filter.window));
    expect(found, `results of ${level}`).toHaveLength(1);
    return found[0];
}

/** Every row of a data file, with each row's cells and the positions of its cells. */
export async function rowsOf(rows: DataRows): Promise<Array<{ line: number, cells: readonly string[], at: DataRow['at'] }>> {
    const all: Array<{ line: number, cells: readonly string[], at: DataRow['at'] }> = [];
    await rows(row => {
        const copy = { line: row.line, cells: row.cells, at: row.at.bind(row) };
        all.push(copy);
    });
    return all;
}

/** Per-minute sample rows `start,service,Uptime`: `up` minutes up then `down` minutes down, from `from`. */
export function minuteSamples(from: string, up: number, down: number, service = 'Web'): string {
    const start = Date.parse(from);
    const rows = ['start,service,Uptime'];
    for (let i = 0; i < up + down; i++) rows.push(`${new Date(start + i * 60_000).toISOString().slice(0, 16)}Z,${service},${i < up ? 1 : 0}`);
    return rows.join('\n') + '\n';
}

/** Per-minute uptime; the tests' data covers minutes, not months, so intervals without data are left out. */
export const UPTIME_METRIC = `        metric Uptime "Uptime" {
            kind ratio
            unit %
            aggregation percent-of-intervals
            interval 1 minute
            window calendar month
            scope per service
            missing counts as excluded
        }`;
