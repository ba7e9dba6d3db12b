/**
 * Evaluating as of a moment: a window that ends after it is in progress. The time after the moment is neither
 * measured nor missing, tickets and leads whose own window has not closed stay open, no credit is owed (what it
 * would be is shown apart, in no total), and windows that have ended read exactly as before.
 */
import { describe, expect, test } from 'vitest';
import { renderEvaluation } from '../../packages/language/src/generator/evaluation-document.js';
import { clearDocumentsAfterEach } from '../helpers.js';
import { agreement, evaluate, report, result } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

/** 5-minute uptime, missing intervals counted as down (the default), a monthly window, 10 % credit below 99.9 %. */
const uptime = (window = 'calendar month', remedies = '') => agreement({
    services: '        service Web "Web shop" { }',
    packages: '        package Basic "Basic plan" {\n            includes Web\n            price 1000 EUR per month\n        }',
    metrics: `        metric Uptime "Uptime" {
            kind ratio
            unit %
            aggregation percent-of-intervals
            interval 5 minutes
            window ${window}
        }`,
    levels: '        level WebUptime "Web uptime" for Web {\n            Uptime >= 99.9 %\n            obliged Acme\n        }',
    remedies: `        credits for WebUptime of Basic {\n            when < 99.9 % credit 10 %\n        }\n${remedies}`
});

/** Data up to 15 October 00:00: up, but for 30 minutes on 14 October. */
const HALF_MONTH = 'start,end,service,Uptime\n2026-10-01T00:00Z,2026-10-14T12:00Z,Web,up\n2026-10-14T12:00Z,2026-10-14T12:30Z,Web,down\n2026-10-14T12:30Z,2026-10-15T00:00Z,Web,up\n';
const FULL_MONTH = `${HALF_MONTH}2026-10-15T00:00Z,2026-11-01T00:00Z,Web,up\n`;

describe('a month with half of its data', () => {
    test('without an as-of moment (every window taken as ended), the missing half counts as down and a credit is owed', async () => {
        const r = await report(uptime(), { 'half.csv': HALF_MONTH });
        expect(result(r, 'WebUptime')).toMatchObject({ status: 'breached', measured: { text: '45.0941 %' }, credit: { amount: { amount: 100, currency: 'EUR' } } });
        expect(r.credits).toMatchObject([{ party: 'Acme', payable: 100 }]);
    });

    test('as of 15 October it is in progress: only the time so far is due, no credit is owed, what it would be is shown apart', async () => {
        const r = await report(uptime(), { 'half.csv': HALF_MONTH }, { asOf: '2026-10-15T00:00' });
        const level = result(r, 'WebUptime');
        expect(level).toMatchObject({
            status: 'in-progress',
            measured: { text: '99.8512 %' },
            counted: 4032,
            coverage: { present: 4032, expected: 4032, percent: 100, text: '4,032 of 4,032 intervals due so far have data (100 %); the rest of the window has not happened yet' },
            inProgress: {
                asOf: '2026-10-15T00:00Z', elapsedPercent: 45.2, onTrack: false, downtimeLeftMinutes: 14.64,
                creditIfEndedNow: { amount: { amount: 100, currency: 'EUR' } }
            }
        });
        expect(level.credit).toBeUndefined();
        expect(level.inProgress!.text).toBe('As of 2026-10-15T00:00Z (45.2 % of the window has passed): behind: 99.8512 % so far does not meet the target; '
            + 'the rest of the window can take 14.6 minutes more downtime and still meet it. If the window ended now the credit would be EUR 100.00: not owed while the window runs.');
        expect(r).toMatchObject({ asOf: '2026-10-15T00:00Z', periodInProgress: true, credits: [] });
        expect(r.summary).toMatchObject({ 'in-progress': 1, breached: 0, met: 0 });
    });

    test('the table, Markdown and HTML say in progress and mark the credit as not owed', async () => {
        const r = await report(uptime(), { 'half.csv': HALF_MONTH }, { asOf: '2026-10-15T00:00' });
        const table = renderEvaluation(r, 'table');
        expect(table).toContain('As of: 2026-10-15T00:00Z');
        expect(table).toContain('Result: 1 in progress');
        expect(table).not.toMatch(/owes (EUR|\d)/);
        const markdown = renderEvaluation(r, 'md');
        expect(markdown).toContain('| WebUptime | Web | 2026-10 | at least 99.9 % | 99.8512 % so far (4,032 intervals) | in progress | not owed (EUR 100.00 if it ended now) |');
        expect(markdown).toContain('1 assessment of Test for 2026-10: 1 in progress. 1 assessment is of a window still running at 2026-10-15T00:00Z: '
            + 'neither met nor breached yet, and no credit is owed for it; see Windows in progress.');
        expect(markdown).toContain('## 2. Windows in progress');
        expect(markdown).not.toContain('Service credits');
        const html = renderEvaluation(r, 'html');
        expect(html).toMatch(/<td>in progress<\/td><td>not owed \(EUR.100\.00 if it ended now\)<\/td>/);
        expect(JSON.parse(renderEvaluation(r, 'json')).levels[0]).toMatchObject({ status: 'in-progress', inProgress: { asOf: '2026-10-15T00:00Z' } });
    });

    test('more downtime than the whole window allows is said to miss the target unless excluded, still without a credit owed', async () => {
        const down = 'start,end,service,Uptime\n2026-10-01T00:00Z,2026-10-01T01:00Z,Web,down\n2026-10-01T01:00Z,2026-10-02T00:00Z,Web,up\n';
        const level = result(await report(uptime(), { 'down.csv': down }, { asOf: '2026-10-02T00:00' }), 'WebUptime');
        expect(level.status).toBe('in-progress');
        expect(level.inProgress).toMatchObject({ onTrack: false, downtimeLeftMinutes: 15.36 * -1 });
        expect(level.inProgress!.text).toContain('the downtime so far is already 15.4 minutes more than the whole window allows: unless some of it is excluded, the target will be missed');
    });
});

describe('windows that have ended are unchanged', () => {
    test('a month evaluated as of any later moment is the same report as without one', async () => {
        const text = uptime();
        const without = await report(text, { 'full.csv': FULL_MONTH });
        for (const asOf of ['2026-11-01T00:00', '2026-11-01', '2027-03-05T12:00+01:00', Date.UTC(2026, 11, 2)]) {
            expect(await report(text, { 'full.csv': FULL_MONTH }, { asOf })).toEqual(without);
        }
        expect(result(without, 'WebUptime')).toMatchObject({ status: 'met', measured: { text: '99.9328 %' } });
    });

    test('a date alone is the end of that day: as of 31 October the month has ended, and the missing half day counts as down', async () => {
        const r = await report(uptime(), { 'full.csv': FULL_MONTH.replace('2026-11-01T00:00Z', '2026-10-31T12:00Z') }, { asOf: '2026-10-31' });
        expect(r.asOf).toBeUndefined();
        expect(r.periodInProgress).toBeUndefined();
        expect(result(r, 'WebUptime')).toMatchObject({ status: 'breached', coverage: { present: 8784, expected: 8928 } });
        expect(result(await report(uptime(), { 'full.csv': FULL_MONTH.replace('2026-11-01T00:00Z', '2026-10-31T12:00Z') }, { asOf: '2026-10-31T12:00' }), 'WebUptime'))
            .toMatchObject({ status: 'in-progress', coverage: { present: 8784, expected: 8784 } });
    });
});

describe('periods and windows around the moment', () => {
    test('a period that has not started is an error', async () => {
        expect((await evaluate(uptime(), { 'half.csv': HALF_MONTH }, { period: '2026-11', asOf: '2026-10-15T14:00' })).problems).toEqual([{
            option: 'period',
            message: '2026-11 has not started at 2026-10-15T14:00Z, the moment this evaluation is made as of: there is nothing to measure yet; name a period that has started'
        }]);
    });

    test('in a quarter, October is in progress and the months that have not started are named, not assessed', async () => {
        const r = await report(uptime(), { 'half.csv': HALF_MONTH }, { period: '2026-Q4', asOf: '2026-10-15T00:00' });
        expect(r.levels.map(l => [l.window.label, l.status])).toEqual([['2026-10', 'in-progress']]);
        expect(r.notes).toContain('WebUptime: 2026-11 and 2026-12 start after 2026-10-15T00:00Z, the moment this evaluation is made as of, and are not assessed.');
        expect(r.credits).toEqual([]);
    });

    test('a quarterly window with a quarterly cap: in progress, no credit and so nothing capped', async () => {
        const r = await report(uptime('calendar quarter', '        cap 50 % per quarter'), { 'half.csv': HALF_MONTH }, { period: '2026-Q4', asOf: '2026-10-15T00:00' });
        expect(result(r, 'WebUptime')).toMatchObject({ status: 'in-progress', window: { label: '2026-Q4' }, coverage: { expected: 4032 } });
        expect(r.credits).toEqual([]);
    });

    test('rolling windows: the one ending on the as-of day is in progress; later ones are not assessed', async () => {
        const r = await report(uptime('rolling 7 days'), { 'half.csv': HALF_MONTH }, { period: '2026-10', asOf: '2026-10-15T00:00' });
        const level = result(r, 'WebUptime');
        // Windows ending 1 to 15 October: the last one is running; 1 to 6 October lack the days before the data, 14 October has the outage.
        expect(level.notes[0]).toBe('The worst of 15 rolling windows ending in the period; 7 of them missed the target.');
        expect(level).toMatchObject({ status: 'breached', window: { label: '7 days to 2026-10-01' } });
        expect(r.credits).toMatchObject([{ party: 'Acme' }]);
        const week = 'start,end,service,Uptime\n2026-09-20T00:00Z,2026-10-08T06:00Z,Web,up\n';
        const day = await report(uptime('rolling 7 days'), { 'week.csv': week }, { period: '2026-10-08', asOf: '2026-10-08T06:00' });
        expect(result(day, 'WebUptime')).toMatchObject({ status: 'in-progress', window: { label: '7 days to 2026-10-08' }, coverage: { expected: 1800, present: 1800 } });
        const later = await report(uptime('rolling 7 days'), { 'week.csv': week }, { period: '2026-W41', asOf: '2026-10-08T06:00' });
        expect(result(later, 'WebUptime').notes[0]).toBe('The worst of 4 rolling windows ending in the period; 0 of them missed the target.');
    });
});

describe('the interval under way at the moment', () => {
    /** 5-minute samples on 15 October from 00:00, the last one at `last`. */
    const samples = (last: string) => {
        const rows = ['start,service,Uptime'];
        for (let t = Date.parse('2026-10-15T00:00Z'); t <= Date.parse(last); t += 300_000) rows.push(`${new Date(t).toISOString().slice(0, 16)}Z,Web,up`);
        return rows.join('\n') + '\n';
    };

    test('a sample taken before the moment counts whole, without making the window look over-full', async () => {
        const r = await report(uptime('calendar day'), { 's.csv': samples('2026-10-15T14:00Z') }, { period: '2026-10-15', asOf: '2026-10-15T14:02' });
        expect(result(r, 'WebUptime')).toMatchObject({ status: 'in-progress', counted: 169, coverage: { present: 169, expected: 169, percent: 100 } });
    });

    test('before its sample arrives, the part of it up to the moment is due', async () => {
        const r = await report(uptime('calendar day'), { 's.csv': samples('2026-10-15T13:55Z') }, { period: '2026-10-15', asOf: '2026-10-15T14:02' });
        expect(result(r, 'WebUptime')).toMatchObject({ status: 'in-progress', coverage: { present: 168, expected: 168.4 } });
    });
});

describe('tickets and leads', () => {
    const desk = agreement({
        packages: '        package Basic "Basic plan" {\n            includes Web\n            price 1000 EUR per month\n        }',
        metrics: '        metric Response "Response" {\n            unit minutes\n            aggregation per-ticket\n            window calendar month\n        }',
        levels: '        level Fast "Fast" for Web {\n            Response <= 30 minutes in 90 % of tickets\n            obliged Acme\n        }',
        remedies: '        credits for Fast per late ticket of Basic {\n            when > 30 minutes credit 1 %\n        }'
    });
    // T-1 late (answered after 60 minutes), T-2 unanswered past its deadline, T-3 unanswered with its deadline ahead.
    const tickets = 'id,created,Response\nT-1,2026-10-05T09:00Z,2026-10-05T10:00Z\nT-2,2026-10-15T12:00Z,\nT-3,2026-10-15T13:45Z,\n';

    test('an unanswered ticket whose deadline is still ahead stays open; late tickets earn no credit until the window ends', async () => {
        const r = await report(desk, { 'tickets.csv': tickets }, { asOf: '2026-10-15T14:00' });
        const level = result(r, 'Fast');
        expect(level).toMatchObject({
            status: 'in-progress', items: { met: 0, missed: 2, pending: 1 },
            open: { count: 1, items: [{ id: 'T-3', closes: '2026-10-15T14:15Z' }] },
            inProgress: { onTrack: false, creditIfEndedNow: { amount: { amount: 20, currency: 'EUR' } } }
        });
        expect(level.credit).toBeUndefined();
        expect(r.credits).toEqual([]);
        const ended = result(await report(desk, { 'tickets.csv': tickets }), 'Fast');
        expect(ended).toMatchObject({ status: 'breached', items: { met: 0, missed: 3 }, credit: { amount: { amount: 30 } } });
    });

    test('a lead whose `over 14 days` window closes after the moment stays open and is in no figure', async () => {
        const text = agreement({
            metrics: '        metric FollowUpDepth "Attempts" {\n            kind average\n            unit attempts\n            aggregation average-per-lead\n            window calendar month\n        }',
            levels: '        level Depth "Follow-up depth" for Web {\n            FollowUpDepth >= 5 attempts over 14 days\n            obliged Acme\n        }'
        });
        const leads = 'id,handed_over,FollowUpDepth,connected\nL-1,2026-11-01T09:00Z,6,no\nL-2,2026-11-10T09:00Z,2,no\n';
        const level = result(await report(text, { 'leads.csv': leads }, { period: '2026-11', asOf: '2026-11-20T00:00' }), 'Depth');
        expect(level).toMatchObject({ status: 'in-progress', counted: 1, measured: { value: 6 }, open: { count: 1, items: [{ id: 'L-2', closes: '2026-11-24T09:00Z' }] } });
    });
});

describe('problems with the moment and the data', () => {
    test.each([
        ['yesterday', "'yesterday' is not a date or time; write a date and time in the agreement's time zone (2026-10-15T14:00), with an offset if you like (2026-10-15T14:00+02:00 or 2026-10-15T12:00Z), or a date (2026-10-15, meaning the end of that day)"],
        ['2026-10-32', "'2026-10-32' is not a date or time; write a date and time in the agreement's time zone (2026-10-15T14:00), with an offset if you like (2026-10-15T14:00+02:00 or 2026-10-15T12:00Z), or a date (2026-10-15, meaning the end of that day)"],
        ['2026-10-15T25:00', "'2026-10-15T25:00' is not a date or time; write a date and time in the agreement's time zone (2026-10-15T14:00), with an offset if you like (2026-10-15T14:00+02:00 or 2026-10-15T12:00Z), or a date (2026-10-15, meaning the end of that day)"],
        ['2300-01-01', "'2300-01-01' is outside the years an evaluation covers (1970 to 2199)"]
    ])('as of %s', async (asOf, message) => {
        expect((await evaluate(uptime(), { 'half.csv': HALF_MONTH }, { asOf })).problems).toEqual([{ option: 'asOf', message }]);
    });

    test('rows after the moment are one error naming the first: data cannot be from the future', async () => {
        expect((await evaluate(uptime(), { 'full.csv': FULL_MONTH }, { asOf: '2026-10-15T00:00' })).problems).toEqual([{
            path: 'full.csv', line: 5,
            message: 'this row describes time after 2026-10-15T00:00Z, the moment this evaluation is made as of; data cannot be from the future: '
                + 'check the time zone or offsets of the data, or evaluate as of a later moment'
        }]);
    });

    test('the moment is read in the agreement\'s time zone', async () => {
        const text = uptime().replace('timezone "UTC"', 'timezone "Europe/Berlin"');
        const r = await report(text, { 'half.csv': HALF_MONTH }, { asOf: '2026-10-15T02:00' });
        expect(r.asOf).toBe('2026-10-15T02:00+02:00');
        // From midnight in Berlin (22:00 UTC on 30 September): the two hours before the data are due, and missing.
        expect(result(r, 'WebUptime').coverage).toMatchObject({ expected: 4056, present: 4032 });
    });
});
