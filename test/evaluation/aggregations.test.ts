/** Each aggregation, on data small enough to compute by hand. */
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach } from '../helpers.js';
import { agreement, report, result } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

const metric = (name: string, aggregation: string, unit: string, extra = '') => `        metric ${name} "${name}" {
            kind ratio
            unit ${unit}
            aggregation ${aggregation}
            interval 5 minutes
            window calendar month
            missing counts as excluded${extra}
        }`;

const level = (name: string, target: string) => `        level ${name} "${name}" for Web {
            ${target}
            obliged Acme
        }`;

describe('interval data: the share of good intervals is not the mean of per-interval ratios', () => {
    const text = agreement({
        metrics: [metric('Uptime', 'percent-of-intervals', '%'), metric('SuccessRate', 'mean-of-intervals', '%')].join('\n'),
        levels: [level('Up', 'Uptime >= 75 %'), level('Success', 'SuccessRate >= 85 %')].join('\n')
    });
    // Four 5-minute intervals: the third is down; its requests mostly failed, the second had a few errors.
    const samples = [
        'start,service,Uptime,SuccessRate',
        '2026-10-01T00:00Z,Web,up,100',
        '2026-10-01T00:05Z,Web,up,96',
        '2026-10-01T00:10Z,Web,down,40',
        '2026-10-01T00:15Z,Web,up,100'
    ].join('\n');

    test('percent-of-intervals: 3 of 4 intervals up is 75 %, exactly the target', async () => {
        const up = result(await report(text, { 'samples.csv': samples }), 'Up');
        expect(up).toMatchObject({ status: 'met', counted: 4, countedAs: 'intervals', measured: { value: 75, text: '75 %' } });
    });

    test('mean-of-intervals: (100 + 96 + 40 + 100) / 4 is 84 %, below 85 %', async () => {
        const success = result(await report(text, { 'samples.csv': samples }), 'Success');
        expect(success).toMatchObject({ status: 'breached', counted: 4, measured: { value: 84, text: '84 %' } });
    });

    test('a row with an end stands for every interval from start to end', async () => {
        const runs = 'start,end,service,Uptime,SuccessRate\n2026-10-01T00:00Z,2026-10-01T00:10Z,Web,up,98\n2026-10-01T00:10Z,2026-10-01T00:20Z,Web,down,50\n';
        const r = await report(text, { 'runs.csv': runs });
        expect(result(r, 'Up')).toMatchObject({ counted: 4, measured: { value: 50 } });
        expect(result(r, 'Success')).toMatchObject({ counted: 4, measured: { value: 74 } });
    });
});

describe('values: mean, median, sum, maximum and minimum of the rows', () => {
    const text = agreement({
        metrics: [
            metric('LatencyMean', 'mean', 'ms'), metric('LatencyMedian', 'median', 'ms'), metric('LatencyMax', 'maximum', 'ms'),
            metric('LatencyMin', 'minimum', 'ms'), metric('Errors', 'sum', 'errors')
        ].join('\n'),
        levels: [
            level('Mean', 'LatencyMean <= 150 ms'), level('Median', 'LatencyMedian <= 100 ms'), level('Max', 'LatencyMax <= 250 ms'),
            level('Min', 'LatencyMin >= 80 ms'), level('ErrorBudget', 'Errors <= 10 errors')
        ].join('\n')
    });
    const row = (minute: string, ms: number, errors: number) => `2026-10-01T00:${minute}Z,Web,${ms},${ms},${ms},${ms},${errors}`;
    const header = 'start,service,LatencyMean,LatencyMedian,LatencyMax,LatencyMin,Errors';
    const four = [header, row('00', 120, 2), row('05', 80, 0), row('10', 300, 7), row('15', 100, 1)].join('\n');

    test('mean 150, median of an even count 110 (between 100 and 120), maximum 300, minimum 80, sum 10', async () => {
        const r = await report(text, { 'latency.csv': four });
        expect(result(r, 'Mean')).toMatchObject({ status: 'met', measured: { value: 150, text: '150 ms' } });
        expect(result(r, 'Median')).toMatchObject({ status: 'breached', measured: { value: 110 } });
        expect(result(r, 'Max')).toMatchObject({ status: 'breached', measured: { value: 300 } });
        expect(result(r, 'Min')).toMatchObject({ status: 'met', measured: { value: 80 } });
        expect(result(r, 'ErrorBudget')).toMatchObject({ status: 'met', measured: { value: 10, text: '10 errors' }, countedAs: 'rows' });
    });

    test('the median of an odd count is the middle value', async () => {
        const r = await report(text, { 'latency.csv': `${four}\n${row('20', 90, 0)}` });
        expect(result(r, 'Median')).toMatchObject({ status: 'met', measured: { value: 100 } });
    });

    test('an empty cell is no measurement: it counts for no aggregation', async () => {
        const r = await report(text, { 'latency.csv': `${four}\n2026-10-01T00:20Z,Web,,,,,` });
        expect(result(r, 'Mean')).toMatchObject({ counted: 4, measured: { value: 150 } });
    });
});

describe('counting rows and shares of items', () => {
    const text = agreement({
        metrics: `        metric Tickets "Tickets opened" {
            kind count
            unit tickets
            aggregation sum
            window calendar month
        }
        metric Resolved "Resolved on the first call" {
            kind ratio
            unit %
            aggregation mean
            window calendar month
        }`,
        levels: [level('Volume', 'Tickets <= 2 tickets'), level('FirstCall', 'Resolved >= 60 %')].join('\n')
    });
    const tickets = 'id,created,Resolved\nT-1,2026-10-05T09:00Z,yes\nT-2,2026-10-06T09:00Z,no\nT-3,2026-10-07T09:00Z,yes\n';

    test('a sum counted in tickets counts the rows of a tickets file that has no column for it', async () => {
        expect(result(await report(text, { 'tickets.csv': tickets }), 'Volume')).toMatchObject({ status: 'breached', measured: { value: 3, text: '3 tickets' } });
    });

    test('the mean of yes/no cells of a percentage is the share of yes: 2 of 3', async () => {
        expect(result(await report(text, { 'tickets.csv': tickets }), 'FirstCall').measured!.value).toBeCloseTo(200 / 3, 10);
    });
});

describe('scope per service', () => {
    const everyService = agreement({
        services: '        service Web "Web shop" { }\n        service Api "API" { }\n        service Mail "Mail" { }',
        metrics: `${metric('Uptime', 'percent-of-intervals', '%', '\n            scope per service')}
        metric Pooled "Pooled uptime" {
            kind ratio
            unit %
            aggregation percent-of-intervals
            window calendar month
            missing counts as excluded
        }`,
        levels: `        level Floor "Floor for every service" {
            Uptime >= 99 %
            obliged Acme
        }
        level Together "Web and API together" for Web, Api {
            Pooled >= 60 %
            obliged Acme
        }`
    });
    const samples = 'start,service,Uptime,Pooled\n2026-10-01T00:00Z,Web,up,up\n2026-10-01T00:00Z,Api,down,down\n2026-10-01T00:05Z,Api,up,up\n';

    test('a level without `for` is assessed for each service with data; the others are named in a note', async () => {
        const r = await report(everyService, { 'samples.csv': samples });
        expect(r.levels.filter(l => l.level === 'Floor').map(l => [l.service, l.status])).toEqual([['Web', 'met'], ['Api', 'breached']]);
        expect(r.notes).toContain('Floor applies to every service; no data for Mail.');
    });

    test('without a scope per service, the services of a level are pooled: 2 of 3 intervals', async () => {
        const together = result(await report(everyService, { 'samples.csv': samples }), 'Together');
        expect(together).toMatchObject({ service: undefined, services: ['Web', 'Api'], counted: 3 });
        expect(together.measured!.value).toBeCloseTo(200 / 3, 10);
    });

    test('a file without a service column counts for every service of a level', async () => {
        const r = await report(everyService, { 'samples.csv': 'start,Uptime,Pooled\n2026-10-01T00:00Z,down,down\n' });
        expect(r.levels.filter(l => l.level === 'Floor').map(l => [l.service, l.counted])).toEqual([['Web', 1], ['Api', 1], ['Mail', 1]]);
        expect(result(r, 'Together').counted).toBe(1);
    });

    test('a level for every service without any data is one assessment without data', async () => {
        const r = await report(everyService, { 'samples.csv': 'start,service,Pooled\n2026-10-01T00:00Z,Web,up\n' });
        expect(result(r, 'Floor')).toMatchObject({ status: 'no-data', services: ['Web', 'Api', 'Mail'] });
    });
});
