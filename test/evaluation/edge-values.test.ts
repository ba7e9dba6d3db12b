/**
 * Values at the edges (issue 17): dates outside the years data may name, offsets no place has, numbers too large
 * to be numbers, runs longer than a year, column names of Object.prototype, and a quote left open in a large CSV.
 * Each is one clear problem at its cell, or a bounded computation, never minutes of work.
 */
import { describe, expect, test } from 'vitest';
import { readCsv, MAX_ROW_CHARS } from '../../packages/language/src/evaluation/data/csv-reader.js';
import { DataError } from '../../packages/language/src/evaluation/data/data-row.js';
import { parsePeriod } from '../../packages/language/src/evaluation/windows.js';
import { clearDocumentsAfterEach } from '../helpers.js';
import { agreement, evaluate, report, rowsOf, UPTIME_METRIC } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

const text = agreement({
    metrics: `${UPTIME_METRIC}
        metric Latency "Latency" {
            kind duration
            unit ms
            aggregation mean
            window calendar month
        }`,
    levels: [
        '        level WebUptime "Web uptime" for Web {\n            Uptime >= 99 %\n            obliged Acme\n        }',
        '        level WebLatency "Web latency" for Web {\n            Latency <= 300 ms\n            obliged Acme\n        }'
    ].join('\n')
});

async function problems(files: Record<string, string>, options = {}) {
    const outcome = await evaluate(text, files, options);
    expect(outcome.report).toBeUndefined();
    return outcome.problems!.map(p => ({ line: p.line, column: p.column, message: p.message }));
}

describe('dates and offsets at the edges', () => {
    test.each([
        ['an open-ended 9999-12-31 end', 'start,end,service,Uptime\n2026-10-01T00:00Z,9999-12-31T00:00Z,Web,up\n', 19,
            "'end' 9999-12-31T00:00Z is outside the dates an evaluation reads (1970-01-01 to 2199-12-31); for a run still going on, write when the data was exported"],
        ['a start in year 1', 'start,service,Uptime\n0001-01-01T00:00Z,Web,up\n', 1, "'start' 0001-01-01T00:00Z is outside the dates an evaluation reads (1970-01-01 to 2199-12-31)"],
        ['a start in 1969', 'start,service,Uptime\n1969-12-31 23:59,Web,up\n', 1, "'start' 1969-12-31 23:59 is outside the dates an evaluation reads"],
        ['an offset of +99:99', 'start,service,Uptime\n2026-10-01T00:00+99:99,Web,up\n', 1, "'start' must be a date and time such as 2026-10-05T14:30"],
        ['an offset of +15:00', 'start,service,Uptime\n2026-10-01T00:00+15:00,Web,up\n', 1, 'offsets up to ±14:00'],
        ['an offset with 60 minutes', 'start,service,Uptime\n2026-10-01T00:00-05:60,Web,up\n', 1, "'start' must be a date and time"],
        ['a run of 500 years', 'start,end,service,Uptime\n2026-10-01T00:00Z,2199-10-01T00:00Z,Web,up\n', 19, "'end' is 63187 days after 'start'; a row stands for at most 367 days of intervals"],
        ['1e309, which is infinity', 'start,service,Latency\n2026-10-01T00:00Z,Web,1e309\n', 23, "'Latency' must be a number such as 42 or 99.5; found '1e309'"]
    ])('%s is one problem at its cell', async (_, data, column, message) => {
        const started = Date.now();
        const found = await problems({ 'data.csv': data });
        expect(found).toEqual([{ line: 2, column, message: expect.stringContaining(message) }]);
        expect(Date.now() - started).toBeLessThan(20_000);
    });

    test('the extreme offsets that exist, -12:00 and +14:00, are read', async () => {
        const data = 'start,end,service,Uptime\n2026-10-01T12:00-12:00,2026-10-03T00:00+14:00,Web,up\n';
        const result = await report(text, { 'data.csv': data }, { period: '2026-10' });
        expect(result.inputs[0].rows).toBe(1);
    });

    test('a run of a whole year is read', async () => {
        const data = 'start,end,service,Uptime\n2026-01-01T00:00Z,2027-01-01T00:00Z,Web,up\n';
        expect((await report(text, { 'data.csv': data }, { period: '2026-12' })).inputs[0].rows).toBe(1);
    });

    test.each(['0000', '1969-12', '2200-Q1', '9999-W01', '0001-01-01'])('the period %s is refused in one sentence', period => {
        expect(parsePeriod(period)).toBe(`'${period}' is outside the periods an evaluation covers (the years 1970 to 2199)`);
    });
});

describe('column names that are names of Object.prototype', () => {
    test('constructor, __proto__, toString, valueOf and hasOwnProperty are ignored columns, not crashes', async () => {
        const data = 'start,constructor,__proto__,toString,valueOf,hasOwnProperty,service,Uptime\n2026-10-01T00:00Z,a,b,c,d,e,Web,up\n';
        const result = await report(text, { 'data.csv': data }, { period: '2026-10' });
        expect(result.inputs[0].ignoredColumns).toEqual(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']);
        const json = '[{"start": "2026-10-01T00:00Z", "constructor": 1, "__proto__": 2, "toString": 3, "service": "Web", "Uptime": true}]';
        expect((await report(text, { 'data.json': json }, { period: '2026-10' })).inputs[0].ignoredColumns).toEqual(['constructor', '__proto__', 'toString']);
    });
});

describe('a quote left open near the top of a large CSV', () => {
    test('is reported where it opens after reading a bounded stretch, not the whole file again per chunk', async () => {
        const row = '2026-10-01T00:00Z,,Web,up,\n';
        const rows = row.repeat(Math.ceil(8 * MAX_ROW_CHARS / row.length));
        let chunks = 0;
        async function* source() {
            const all = `start,end,service,Uptime,exclusion\n2026-10-01T00:00Z,,Web,"up,\n${rows}`;
            for (let i = 0; i < all.length; i += 1 << 16) {
                chunks++;
                yield all.slice(i, i + (1 << 16));
            }
        }
        const error = await rowsOf(readCsv(source())).then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(DataError);
        expect(error).toMatchObject({ line: 2, column: 24, message: expect.stringContaining('this quoted field is never closed') });
        // The error comes once the open field passes the bound, long before the end of the file.
        expect(chunks).toBeLessThan(20);
    });

    test('a file without line breaks is refused once a line passes the bound', async () => {
        async function* source() {
            for (let i = 0; i < 64; i++) yield 'x'.repeat(1 << 16);
        }
        const error = await rowsOf(readCsv(source())).then(() => undefined, (e: unknown) => e);
        expect(error).toMatchObject({ line: 1, message: expect.stringContaining('longer than 1 MiB') });
    });
});
