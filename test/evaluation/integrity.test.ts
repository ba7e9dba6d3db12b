/**
 * Data as it arrives in real life: repeated rows, the same file twice, an interval reported both up and down, a
 * repeated ticket, a month with most of its data missing. Each is counted once, reported, or refused; never
 * absorbed into the figure without a word.
 */
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach } from '../helpers.js';
import { agreement, evaluate, report, result } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

const FIVE_MINUTES = 5 * 60_000;

function uptimeAgreement(extra = ''): string {
    return agreement({
        packages: '        package Basic "Basic plan" {\n            includes Web\n            price 1000 USD per month\n        }',
        metrics: `        metric Uptime "Uptime" {
            kind ratio
            unit %
            aggregation percent-of-intervals
            interval 5 minutes
            window calendar month${extra}
        }`,
        levels: '        level WebUptime "Web uptime" for Web {\n            Uptime >= 99.9 %\n            obliged Acme\n        }',
        remedies: '        credits for WebUptime of Basic {\n            when < 99.9 % credit 200 USD\n        }'
    });
}

/** Rows `start,service,Uptime` for the 5-minute intervals `from` (index) to `to` of November 2026 (8,640 intervals). */
function novemberRows(from: number, to: number, down: (index: number) => boolean = () => false): string[] {
    const rows: string[] = [];
    for (let i = from; i < to; i++) rows.push(`${new Date(Date.UTC(2026, 10, 1) + i * FIVE_MINUTES).toISOString().slice(0, 16)}Z,Web,${down(i) ? 0 : 1}`);
    return rows;
}

const csv = (rows: readonly string[]) => ['start,service,Uptime', ...rows].join('\n') + '\n';

/** A whole November with 9 of its 8,640 intervals down: 99.8958 %, below 99.9 %. */
const NINE_DOWN = (i: number) => i >= 1000 && i < 1009;

describe('repeated rows are counted once and reported', () => {
    test('360 repeated rows do not turn 8,640 intervals into 9,000: the level stays breached and the 200 USD credit stays', async () => {
        const rows = novemberRows(0, 8640, NINE_DOWN);
        const repeated = [...rows, ...rows.slice(2000, 2360)];
        const r = await report(uptimeAgreement(), { 'samples.csv': csv(repeated) });
        const level = result(r, 'WebUptime');
        expect(level).toMatchObject({ status: 'breached', counted: 8640, measured: { text: '99.8958 %' }, credit: { amount: { amount: 200, currency: 'USD' } } });
        expect(level.coverage).toMatchObject({ present: 8640, expected: 8640, text: '8,640 of 8,640 intervals have data (100 %)' });
        const ignored = r.inputs[0].ignoredRows.find(group => group.reason === 'duplicate')!;
        expect(ignored.count).toBe(360);
        expect(ignored.rows[0]).toEqual({ line: 8642, repeats: 'samples.csv:2002' });
        expect(r.notes).toContain('samples.csv: 360 rows repeat an earlier row exactly; each was counted once (the rows are listed under the file).');
        expect(r.credits[0].payable).toBe(200);
    });

    test('a copy of a file under another name counts once, and the report says the file is a copy', async () => {
        const text = csv(novemberRows(0, 8640, NINE_DOWN));
        const r = await report(uptimeAgreement(), { 'a.csv': text, 'b.csv': text });
        expect(result(r, 'WebUptime')).toMatchObject({ status: 'breached', counted: 8640 });
        expect(r.notes).toContain('Every row of b.csv repeats an earlier row: the file is a copy, and each row was counted once.');
    });

    test('a file split in two gives the same result as the whole file', async () => {
        const rows = novemberRows(0, 8640, NINE_DOWN);
        const whole = result(await report(uptimeAgreement(), { 'all.csv': csv(rows) }), 'WebUptime');
        const split = result(await report(uptimeAgreement(), { 'one.csv': csv(rows.slice(0, 4000)), 'two.csv': csv(rows.slice(4000)) }), 'WebUptime');
        expect(split).toEqual(whole);
    });

    test('a repeated ticket id counts as one ticket', async () => {
        const text = agreement({
            metrics: '        metric Response "Response" {\n            unit minutes\n            aggregation per-ticket\n            window calendar month\n        }',
            levels: '        level Fast "Fast" for Web {\n            Response <= 15 minutes in 50 % of tickets\n            obliged Acme\n        }'
        });
        const tickets = 'id,created,Response\nT-1,2026-10-05T10:00Z,2026-10-05T10:05Z\nT-2,2026-10-05T11:00Z,2026-10-05T12:00Z\nT-1,2026-10-05T10:00Z,2026-10-05T10:05Z\n';
        const r = await report(text, { 'tickets.csv': tickets });
        expect(result(r, 'Fast')).toMatchObject({ counted: 2, items: { met: 1, missed: 1, pending: 0 }, status: 'met' });
        expect(r.inputs[0].ignoredRows).toEqual([{ reason: 'duplicate', text: 'repeats an earlier row exactly: counted once', count: 1, rows: [{ line: 4, repeats: 'tickets.csv:2' }] }]);
    });
});

describe('contradictions and impossible data are errors', () => {
    test('the same file given twice is refused', async () => {
        const text = csv(novemberRows(0, 10));
        const outcome = await evaluate(uptimeAgreement(), { 'data/samples.csv': text, './data//samples.csv': text });
        expect(outcome.problems).toEqual([{ path: './data//samples.csv', message: 'this data file is given twice (also as data/samples.csv); its rows would be counted twice: name it once' }]);
    });

    test('an interval reported both up and down names both rows', async () => {
        const outcome = await evaluate(uptimeAgreement(), {
            'probe-a.csv': csv(novemberRows(0, 3)),
            'probe-b.csv': csv(novemberRows(2, 4, () => true))
        });
        expect(outcome.problems).toEqual([{
            path: 'probe-b.csv', line: 2, column: 1,
            message: 'the same interval as probe-a.csv:4 with different values; the evaluation cannot tell which is right: keep one of the two rows'
        }]);
    });

    test('a ticket given twice with different times names both rows', async () => {
        const text = agreement({
            metrics: '        metric Response "Response" {\n            unit minutes\n            aggregation per-ticket\n            window calendar month\n        }',
            levels: '        level Fast "Fast" for Web {\n            Response <= 15 minutes\n            obliged Acme\n        }'
        });
        const outcome = await evaluate(text, {
            'october.csv': 'id,created,Response\nT-7,2026-10-05T10:00Z,2026-10-05T10:05Z\n',
            'export.csv': 'id,created,Response\nT-8,2026-10-06T10:00Z,2026-10-06T10:05Z\nT-7,2026-10-05T10:00Z,2026-10-05T11:05Z\n'
        });
        expect(outcome.problems).toEqual([{
            path: 'export.csv', line: 3, column: 1,
            message: 'the same ticket T-7 as october.csv:2 with different values; the evaluation cannot tell which is right: keep one of the two rows'
        }]);
    });

    test('a run of samples that overlaps another row is a contradiction, not a repeat', async () => {
        const outcome = await evaluate(uptimeAgreement(), {
            'runs.csv': 'start,end,service,Uptime\n2026-11-01T00:00Z,2026-11-01T01:00Z,Web,up\n2026-11-01T00:30Z,2026-11-01T02:00Z,Web,up\n'
        });
        expect(outcome.problems?.[0]).toMatchObject({ path: 'runs.csv', line: 3, message: expect.stringContaining('the same interval as runs.csv:2') });
    });

    test('per-minute samples for a 5-minute metric are more intervals than the window holds', async () => {
        const text = agreement({
            metrics: `        metric Uptime "Uptime" {
            unit %
            aggregation percent-of-intervals
            interval 1 minute
            window calendar month
            missing counts as excluded
        }
        metric Slow "Slow intervals" {
            unit %
            aggregation percent-of-intervals
            interval 5 minutes
            window calendar day
        }`,
            levels: '        level Up "Up" for Web {\n            Uptime >= 99 %\n            obliged Acme\n        }\n        level Quick "Quick" for Web {\n            Slow >= 99 %\n            obliged Acme\n        }'
        });
        const rows = ['start,service,Uptime,Slow'];
        for (let minute = 0; minute < 1440; minute++) rows.push(`${new Date(Date.UTC(2026, 10, 1) + minute * 60_000).toISOString().slice(0, 16)}Z,Web,1,1`);
        const outcome = await evaluate(text, { 'minutes.csv': rows.join('\n') + '\n' }, { period: '2026-11-01' });
        expect(outcome.problems).toEqual([{
            message: 'Quick: the data has 1,440 intervals of Slow in 2026-11-01, which holds 288 intervals of 5 minutes; '
                + 'some intervals are in the data more than once (samples less than one interval apart, or overlapping runs)'
        }]);
    });
});

describe('coverage', () => {
    const thousand = csv(novemberRows(0, 1000));

    test('1,000 of 8,640 intervals: the report states the coverage, and by default the intervals without data count as down', async () => {
        const level = result(await report(uptimeAgreement(), { 'samples.csv': thousand }), 'WebUptime');
        expect(level.coverage).toEqual({
            present: 1000, expected: 8640, percent: expect.closeTo(11.574074, 5), missingCountsAs: 'down', minimum: undefined,
            text: '1,000 of 8,640 intervals have data (11.57 %); the 7,640 without data count as down'
        });
        expect(level).toMatchObject({ status: 'breached', counted: 8640, measured: { text: '11.5741 %' } });
    });

    test('with `missing counts as excluded` the figure is over the intervals with data, still with the coverage stated', async () => {
        const level = result(await report(uptimeAgreement('\n            missing counts as excluded'), { 'samples.csv': thousand }), 'WebUptime');
        expect(level).toMatchObject({ status: 'met', counted: 1000, measured: { value: 100 } });
        expect(level.coverage?.text).toBe('1,000 of 8,640 intervals have data (11.57 %); the 7,640 without data are left out of the figure');
    });

    test('`missing counts as up` counts them as good intervals', async () => {
        const level = result(await report(uptimeAgreement('\n            missing counts as up'), { 'samples.csv': csv(novemberRows(0, 1000, i => i < 9)) }), 'WebUptime');
        expect(level).toMatchObject({ status: 'breached', counted: 8640, measured: { text: '99.8958 %' } });
    });

    test('below the minimum coverage a level is insufficient data: never met, no credit', async () => {
        const r = await report(uptimeAgreement('\n            missing counts as excluded\n            minimum coverage 95 %'), { 'samples.csv': thousand });
        const level = result(r, 'WebUptime');
        expect(level).toMatchObject({ status: 'insufficient-data', coverage: { minimum: 95 } });
        expect(level.credit).toBeUndefined();
        expect(level.notes).toContain('Insufficient data: Uptime needs data for at least 95 % of the intervals of a window; the level is neither met nor breached, and no credit is computed.');
        expect(r.summary['insufficient-data']).toBe(1);
    });

    test('at the minimum coverage exactly the level is assessed', async () => {
        // 95 % of 8,640 is 8,208 intervals.
        const level = result(await report(uptimeAgreement('\n            minimum coverage 95 %'), { 'samples.csv': csv(novemberRows(0, 8208)) }), 'WebUptime');
        expect(level).toMatchObject({ status: 'breached', coverage: { present: 8208, percent: 95 } });
    });
});
