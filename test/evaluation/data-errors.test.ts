/** Bad data: every problem is reported with its file, line and column, and nothing is computed from it. */
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach } from '../helpers.js';
import { agreement, evaluate, UPTIME_METRIC } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

const text = agreement({
    segments: '        priority P1 "Critical"',
    metrics: `${UPTIME_METRIC}
        metric Response "Time to respond" {
            kind duration
            unit minutes
            aggregation per-ticket
            window calendar month
        }`,
    levels: [
        '        level WebUptime "Web uptime" for Web {\n            Uptime >= 99 %\n            obliged Acme\n        }',
        '        level P1Response "P1 response" for Web {\n            Response <= 15 minutes in 90 % of tickets\n            segment P1\n            obliged Acme\n        }'
    ].join('\n')
});

async function problems(files: Record<string, string>) {
    const outcome = await evaluate(text, files);
    expect(outcome.report).toBeUndefined();
    return outcome.problems;
}

describe('bad rows', () => {
    test.each([
        ['a timestamp that is not one', 'start,service,Uptime\n2026-10-05T10:00Z,Web,up\n2026-10-05 25:00,Web,up\n', 3, 1, "'start' must be a date and time such as 2026-10-05T14:30"],
        ['an unknown service', 'start,service,Uptime\n2026-10-05T10:00Z,Shop,up\n', 2, 19, "'Shop' is not a service of the agreement; the services are Web"],
        ['a cell too many', 'start,service,Uptime\n2026-10-05T10:00Z,Web,up,extra\n', 2, 26, 'this row has 4 cells; the header has 3 columns'],
        ['a cell too few', 'start,service,Uptime\n2026-10-05T10:00Z,Web\n', 2, 22, 'this row has 2 cells; the header has 3 columns'],
        ['an interval that is neither up nor down', 'start,service,Uptime\n2026-10-05T10:00Z,Web,maybe\n', 2, 23, "'Uptime' must be yes or no (also 1/0, true/false, up/down); found 'maybe'"],
        ['an end before the start', 'start,end,service,Uptime\n2026-10-05T10:00Z,2026-10-05T09:00Z,Web,up\n', 2, 19, "'end' must be after 'start'"],
        ['an unknown exclusion kind', 'start,service,Uptime,exclusion\n2026-10-05T10:00Z,Web,down,holiday\n', 2, 28, "'holiday' is not an exclusion kind"],
        ['an exclusion the agreement does not have', 'start,service,Uptime,exclusion\n2026-10-05T10:00Z,Web,down,force-majeure: volcano\n', 2, 28, "no force-majeure exclusion of the agreement mentions 'volcano'"],
        ['an unknown segment', 'id,created,priority,Response\nT-1,2026-10-05T10:00Z,P9,2026-10-05T10:05Z\n', 2, 23, "'P9' is not a priority segment; the agreement has P1"],
        ['a response before the ticket', 'id,created,priority,Response\nT-1,2026-10-05T10:00Z,P1,2026-10-05T09:05Z\n', 2, 26, "'Response' (2026-10-05T09:05Z) is before 'created' (2026-10-05T10:00Z)"],
        ['a ticket without an id', 'id,created,priority,Response\n,2026-10-05T10:00Z,P1,2026-10-05T10:05Z\n', 2, 1, "every ticket needs an 'id'"],
        ['a waiting interval that is not one', 'id,created,waiting_on_customer\nT-1,2026-10-05T10:00Z,tomorrow\n', 2, 23, "'waiting_on_customer': 'tomorrow' is not an interval"]
    ])('%s', async (_, data, line, column, message) => {
        expect(await problems({ 'data.csv': data })).toEqual([{ path: 'data.csv', line, column, message: expect.stringContaining(message) }]);
    });

    test('in JSON, at the value', async () => {
        const data = '[\n  {"id": "T-1", "created": "2026-10-05T10:00Z", "priority": "P1"},\n  {"id": "T-2", "created": "soon", "priority": "P1"}\n]';
        expect(await problems({ 'tickets.json': data })).toEqual([{ path: 'tickets.json', line: 3, column: 28, message: expect.stringContaining("'created' must be a date and time") }]);
    });
});

describe('bad headers', () => {
    test.each([
        ['no time column', 'service,Uptime\nWeb,up\n', 1, 1, "the header names no time column: 'start' (samples), 'created' (tickets) or 'handed_over' (leads)"],
        ['a column twice', 'start,service,service\n', 1, 15, "the column 'service' appears twice (first in column 2)"],
        ['a column of another layout', 'start,service,waiting_on_customer\n', 1, 15, "the column 'waiting_on_customer' belongs to tickets and leads files"],
        ['a metric in the wrong layout', 'id,created,Uptime\n', 1, 12, 'Uptime is aggregated percent-of-intervals, so its column belongs in a samples file, not in tickets'],
        ['tickets without ids', 'created,Response\n', 1, 1, "a tickets file needs an 'id' column"],
        ['nothing at all', '', 1, 1, 'the file has no rows']
    ])('%s', async (_, data, line, column, message) => {
        expect(await problems({ 'data.csv': data })).toEqual([{ path: 'data.csv', line, column, message: expect.stringContaining(message) }]);
    });
});

describe('nothing is computed from a half-read file', () => {
    test('a good file and a bad one give the problems and no report', async () => {
        const good = 'start,service,Uptime\n2026-10-05T10:00Z,Web,up\n';
        expect(await problems({ 'good.csv': good, 'bad.csv': 'start,service,Uptime\n2026-10-05T10:02Z,Web,\n2026-10-05T10:01Z,Web,sideways\n' }))
            .toEqual([{ path: 'bad.csv', line: 3, column: 23, message: expect.stringContaining("found 'sideways'") }]);
    });

    test('a broken file is read to its end for more problems, up to 20', async () => {
        const rows = Array.from({ length: 30 }, (_, i) => `2026-10-05T10:${String(i).padStart(2, '0')}Z,Nope,up`);
        const found = await problems({ 'bad.csv': `start,service,Uptime\n${rows.join('\n')}\n` });
        expect(found).toHaveLength(21);
        expect(found[19]).toMatchObject({ line: 21, column: 19 });
        expect(found[20]).toEqual({ path: 'bad.csv', message: 'stopped reading after 20 errors' });
    });

    test('unknown columns are read past and listed', async () => {
        const outcome = await evaluate(text, { 'samples.csv': 'start,service,Uptime,probe,region\n2026-10-05T10:00Z,Web,up,fra-1,eu\n' });
        expect(outcome.report?.inputs).toEqual([{ path: 'samples.csv', layout: 'samples', rows: 1, outsidePeriod: 0, ignoredColumns: ['probe', 'region'], ignoredRows: [] }]);
    });
});
