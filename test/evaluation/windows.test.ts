/** Windows in the agreement's time zone: month edges away from UTC, daylight saving, weeks, quarters, rolling days. */
import { describe, expect, test } from 'vitest';
import { dayNumber } from '../../packages/language/src/evaluation/time/civil.js';
import { calendarPeriod, parsePeriod, windowsEndingIn } from '../../packages/language/src/evaluation/windows.js';
import { clearDocumentsAfterEach } from '../helpers.js';
import { agreement, evaluate, report, result, UPTIME_METRIC } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

describe('periods', () => {
    test.each([
        ['2026-10', '2026-10', [2026, 10, 1], [2026, 10, 31]],
        ['2026-Q4', '2026-Q4', [2026, 10, 1], [2026, 12, 31]],
        ['2026', '2026', [2026, 1, 1], [2026, 12, 31]],
        ['2026-W01', '2026-W01', [2025, 12, 29], [2026, 1, 4]],
        ['2026-W53', '2026-W53', [2026, 12, 28], [2027, 1, 3]],
        ['2028-02-29', '2028-02-29', [2028, 2, 29], [2028, 2, 29]]
    ])('%s', (text, label, [fy, fm, fd], [ly, lm, ld]) => {
        expect(parsePeriod(text)).toEqual({ label, first: dayNumber(fy, fm, fd), last: dayNumber(ly, lm, ld) });
    });

    test.each(['2026-13', '2026-Q5', '2025-W53', '2026-02-30', 'October'])('%s is not a period', text => {
        expect(parsePeriod(text)).toMatch(/is not a period; write a month \(2026-10\)/);
    });

    test('the windows that end in a period: a quarter ends in December, not in November; weeks end on Sundays', () => {
        expect(windowsEndingIn({ period: 'quarter' }, calendarPeriod('month', dayNumber(2026, 11, 1)))).toEqual([]);
        expect(windowsEndingIn({ period: 'quarter' }, calendarPeriod('month', dayNumber(2026, 12, 1))).map(w => w.label)).toEqual(['2026-Q4']);
        expect(windowsEndingIn({ period: 'week' }, calendarPeriod('month', dayNumber(2026, 10, 1))).map(w => w.label))
            .toEqual(['2026-W40', '2026-W41', '2026-W42', '2026-W43']);
        const rolling = windowsEndingIn({ rollingDays: 30 }, calendarPeriod('month', dayNumber(2026, 10, 1)));
        expect(rolling).toHaveLength(31);
        expect(rolling[0]).toEqual({ label: '30 days to 2026-10-01', first: dayNumber(2026, 9, 2), last: dayNumber(2026, 10, 1) });
    });
});

const berlinUptime = agreement({
    timezone: 'Europe/Berlin',
    metrics: UPTIME_METRIC,
    levels: '        level WebUptime "Web uptime" for Web {\n            Uptime >= 99 %\n            obliged Acme\n        }'
});

describe('a calendar month in Europe/Berlin', () => {
    test('starts at local midnight (22:00 UTC in October) and ends at the next, after the clocks went back', async () => {
        const samples = [
            'start,service,Uptime',
            '2026-09-30T21:59Z,Web,down',
            '2026-09-30T22:00Z,Web,up',
            '2026-10-31T22:59Z,Web,down',
            '2026-10-31T23:00Z,Web,down'
        ].join('\n');
        const r = await report(berlinUptime, { 'samples.csv': samples }, { period: '2026-10' });
        expect(r.period).toMatchObject({ start: '2026-10-01T00:00+02:00', end: '2026-11-01T00:00+01:00' });
        expect(result(r, 'WebUptime')).toMatchObject({ counted: 2, measured: { value: 50 } });
        expect(r.inputs[0]).toMatchObject({ rows: 4, outsidePeriod: 2 });
    });

    test('October has 745 hours there: 44,700 one-minute intervals, not 31 x 1,440', async () => {
        const run = 'start,end,service,Uptime\n2026-09-25T00:00Z,2026-11-05T00:00Z,Web,up\n';
        const r = await report(berlinUptime, { 'run.csv': run }, { period: '2026-10' });
        expect(result(r, 'WebUptime').counted).toBe(44_700);
        const inUtc = await report(berlinUptime.replace('timezone "Europe/Berlin"', 'timezone "UTC"'), { 'run.csv': run }, { period: '2026-10' });
        expect(result(inUtc, 'WebUptime').counted).toBe(44_640);
    });

    test('timestamps without an offset are wall-clock times of the agreement', async () => {
        const samples = 'start,service,Uptime\n2026-10-01 00:00,Web,down\n2026-09-30 23:59,Web,up\n';
        const r = await report(berlinUptime, { 'samples.csv': samples }, { period: '2026-10' });
        expect(result(r, 'WebUptime')).toMatchObject({ counted: 1, measured: { value: 0 } });
    });

    test('without --period, the month of the latest data is evaluated', async () => {
        const r = await report(berlinUptime, { 'samples.csv': 'start,service,Uptime\n2026-09-12T10:00Z,Web,up\n2026-10-31T23:30Z,Web,up\n' });
        expect(r.period.label).toBe('2026-11');
    });

    test('a period that is not one is an input problem', async () => {
        expect((await evaluate(berlinUptime, { 'samples.csv': 'start,service,Uptime\n' }, { period: '2026/10' })).problems)
            .toEqual([{ option: 'period', message: expect.stringContaining("'2026/10' is not a period") }]);
    });
});

describe('longer and rolling windows', () => {
    const withWindow = (window: string) => berlinUptime.replace('window calendar month', `window ${window}`).replace('timezone "Europe/Berlin"', 'timezone "UTC"');
    // Up from 1 to 12 October, except two hours on 2 October.
    const runs = [
        'start,end,service,Uptime',
        '2026-10-01T00:00Z,2026-10-02T12:00Z,Web,up',
        '2026-10-02T12:00Z,2026-10-02T14:00Z,Web,down',
        '2026-10-02T14:00Z,2026-10-12T00:00Z,Web,up'
    ].join('\n');

    test('a rolling window is assessed at the end of every day; the report keeps the worst and counts the misses', async () => {
        const r = await report(withWindow('rolling 7 days'), { 'runs.csv': runs }, { period: '2026-W41' });
        const uptime = result(r, 'WebUptime');
        // The window ending 5 October holds 1 to 5 October of data: 120 of 7,200 minutes down.
        expect(uptime).toMatchObject({ status: 'breached', counted: 7200, window: { label: '7 days to 2026-10-05' } });
        expect(uptime.measured!.value).toBeCloseTo(100 * 7080 / 7200, 10);
        expect(uptime.notes[0]).toBe('The worst of 7 rolling windows ending in the period; 4 of them missed the target.');
    });

    test('a quarter is assessed in the month it ends, and not before', async () => {
        const quarterly = withWindow('calendar quarter');
        expect(result(await report(quarterly, { 'runs.csv': runs }, { period: '2026-12' }), 'WebUptime'))
            .toMatchObject({ window: { label: '2026-Q4' }, counted: 15_840 });
        expect(result(await report(quarterly, { 'runs.csv': runs }, { period: '2026-11' }), 'WebUptime'))
            .toMatchObject({ status: 'not-evaluated', reason: 'No quarter window of Uptime ends in 2026-11.' });
    });

    test('a year assesses each month on its own', async () => {
        const r = await report(withWindow('calendar month'), { 'runs.csv': runs }, { period: '2026' });
        expect(r.levels.map(l => `${l.window.label} ${l.status}`)).toEqual([
            '2026-01 no-data', '2026-02 no-data', '2026-03 no-data', '2026-04 no-data', '2026-05 no-data', '2026-06 no-data',
            '2026-07 no-data', '2026-08 no-data', '2026-09 no-data', '2026-10 met', '2026-11 no-data', '2026-12 no-data'
        ]);
    });
});
