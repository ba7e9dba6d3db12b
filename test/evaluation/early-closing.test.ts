/**
 * Tickets and leads that started before the period and whose window closed before it too: read and checked by the
 * ledger like every row (a repeat is listed, a contradiction with a row counted in the period is an error), but
 * counted in no window and listed under "Rows not counted". Levels, credits and money are the same with or without
 * them.
 */
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach } from '../helpers.js';
import { agreement, evaluate, report } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

const TEXT = agreement({
    packages: '        package Basic "Basic plan" {\n            includes Web\n            price 1000 USD per month\n        }',
    metrics: `        metric Response "Response" {
            unit minutes
            aggregation per-ticket
            window calendar month
        }
        metric Resolution "Resolution" {
            unit hours
            aggregation per-ticket
            window rolling 60 days
        }`,
    levels: `        level Fast "Fast" for Web {
            Response <= 30 minutes in 90 % of tickets
            obliged Acme
        }
        level Solved "Solved" for Web {
            Resolution <= 48 hours in 80 % of tickets
            obliged Acme
        }`,
    remedies: '        credits for Fast per late ticket of Basic {\n            when > 30 minutes and <= 120 minutes credit 1 %\n            when > 120 minutes credit 2 %\n        }'
});

const HEADER = 'id,created,Response,Resolution,exclusion';

/** Tickets in October 2026 (the period): some late, one excluded. */
const IN_PERIOD = [
    'T-10,2026-10-02T09:00Z,2026-10-02T09:10Z,2026-10-03T09:00Z,',
    'T-11,2026-10-05T09:00Z,2026-10-05T10:30Z,2026-10-09T09:00Z,',
    'T-12,2026-10-09T09:00Z,2026-10-09T12:00Z,2026-10-10T09:00Z,',
    'T-13,2026-10-20T09:00Z,2026-10-20T09:05Z,2026-10-20T19:00Z,force-majeure',
    // Started on 30 September: its response deadline is 1 October, so it counts in October.
    'T-14,2026-09-30T23:50Z,2026-10-01T00:40Z,2026-10-02T00:00Z,'
];

/** Tickets of September: before the period, but in the 60 days up to 31 October that Solved is assessed over. */
const IN_ROLLING_WINDOW = [
    'T-3,2026-09-29T09:00Z,2026-09-29T13:00Z,2026-09-29T20:00Z,',
    'T-4,2026-09-28T09:00Z,,,'
];

/** Tickets of the year before whose every window closed before the first day any level is assessed over. */
const CLOSED_BEFORE = [
    'T-1,2025-11-03T09:00Z,2025-11-03T11:00Z,2025-11-08T09:00Z,',
    'T-2,2026-03-10T09:00Z,2026-03-10T09:05Z,2026-03-10T12:00Z,force-majeure',
    'T-5,2026-07-20T09:00Z,,,'
];

/** More than a year before the period: never read beyond its dates. */
const LONG_BEFORE = ['T-0,2024-06-03T09:00Z,2024-06-03T09:20Z,2024-06-04T09:00Z,'];

const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const period = { period: '2026-10' };

describe('a ticket whose windows closed before the period', () => {
    test('changes no level, credit or amount, and is listed as outside the period', async () => {
        const alone = await report(TEXT, { 'tickets.csv': csv(...IN_ROLLING_WINDOW, ...IN_PERIOD) }, period);
        const mixed = await report(TEXT, { 'tickets.csv': csv(LONG_BEFORE[0], CLOSED_BEFORE[0], ...IN_ROLLING_WINDOW, IN_PERIOD[0], CLOSED_BEFORE[1], ...IN_PERIOD.slice(1), CLOSED_BEFORE[2]) }, period);
        expect(mixed.levels).toEqual(alone.levels);
        expect(mixed.credits).toEqual(alone.credits);
        expect(mixed.summary).toEqual(alone.summary);
        expect(alone.levels.map(l => [l.level, l.status, l.counted])).toEqual([['Fast', 'breached', 4], ['Solved', 'breached', 2]]);
        expect(alone.credits.map(c => c.text)).toEqual(['USD 40.00']);
        expect(mixed.inputs[0]).toMatchObject({ rows: 11, outsidePeriod: 4 });
        expect(mixed.inputs[0].ignoredRows).toEqual([{
            reason: 'outside-period', text: 'outside every window assessed in the period', count: 4,
            rows: [{ line: 2 }, { line: 3 }, { line: 7 }, { line: 12 }]
        }]);
    });

    test('the row that starts before the period but is due in it still counts', async () => {
        const withT14 = await report(TEXT, { 'tickets.csv': csv(...IN_PERIOD) }, period);
        const without = await report(TEXT, { 'tickets.csv': csv(...IN_PERIOD.slice(0, -1)) }, period);
        expect(withT14.levels.find(l => l.level === 'Fast')!.counted).toBe(without.levels.find(l => l.level === 'Fast')!.counted + 1);
    });

    test('a repeat of it is listed as a repeat', async () => {
        const r = await report(TEXT, { 'tickets.csv': csv(CLOSED_BEFORE[1], ...IN_PERIOD, CLOSED_BEFORE[1]) }, period);
        expect(r.inputs[0].ignoredRows).toEqual([
            { reason: 'outside-period', text: 'outside every window assessed in the period', count: 1, rows: [{ line: 2 }] },
            { reason: 'duplicate', text: 'repeats an earlier row exactly: counted once', count: 1, rows: [{ line: 8, repeats: 'tickets.csv:2' }] }
        ]);
    });

    test.each([['before', true], ['after', false]])('a row counted in the period that contradicts it (%s it) is an error', async (_, earlyFirst) => {
        const early = CLOSED_BEFORE[1];
        const contradiction = 'T-2,2026-10-12T09:00Z,2026-10-12T09:05Z,2026-10-12T10:00Z,';
        const rows = earlyFirst ? [early, contradiction] : [contradiction, early];
        const outcome = await evaluate(TEXT, { 'tickets.csv': csv(...IN_PERIOD, ...rows) }, period);
        expect(outcome.report).toBeUndefined();
        expect(outcome.problems).toEqual([expect.objectContaining({
            path: 'tickets.csv', line: 8,
            message: 'the same ticket T-2 as tickets.csv:7 with different values; the evaluation cannot tell which is right: keep one of the two rows'
        })]);
    });

    test('without a period every ticket counts in its own window', async () => {
        const r = await report(TEXT, { 'tickets.csv': csv(...CLOSED_BEFORE, ...IN_ROLLING_WINDOW, ...IN_PERIOD) });
        expect(r.inputs[0]).toMatchObject({ outsidePeriod: 0, ignoredRows: [] });
    });
});
