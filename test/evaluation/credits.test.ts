/** Service credits: tiers with inclusive and exclusive bounds, amounts, caps, the minimum and the totals per party. */
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach } from '../helpers.js';
import { agreement, minuteSamples, report, result, UPTIME_METRIC } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

const uptimeLevel = (name: string, service: string, target = '99.9 %') =>
    `        level ${name} "${name}" for ${service} {\n            Uptime >= ${target}\n            obliged Acme\n        }`;

function credited(remedies: string, extra: { levels?: string, services?: string, packages?: string } = {}): string {
    return agreement({
        services: extra.services ?? '        service Web "Web shop" { }\n        service Api "API" { }',
        packages: extra.packages ?? '        package Basic "Basic plan" {\n            includes Web, Api\n            price 1000 EUR per month\n        }',
        metrics: UPTIME_METRIC,
        levels: extra.levels ?? uptimeLevel('WebUptime', 'Web'),
        remedies
    });
}

const tiers = (first: string, second = '< 99.0 %') => `        credits for WebUptime of Basic {
            when < 99.9 % and ${first} credit 10 %
            when ${second} credit 25 %
        }`;

describe('tiers', () => {
    test('a figure exactly on an inclusive bound falls in that tier', async () => {
        // 1 of 100 minutes down: 99.0 %.
        const r = await report(credited(tiers('>= 99.0 %')), { 'samples.csv': minuteSamples('2026-10-05T10:00Z', 99, 1) });
        expect(result(r, 'WebUptime')).toMatchObject({
            status: 'breached', measured: { value: 99, text: '99 %' },
            credit: { tier: 'below 99.9 % down to 99.0 %', rate: '10 %', amount: { amount: 100, currency: 'EUR' } }
        });
    });

    test('a figure exactly on an exclusive bound falls in the next tier', async () => {
        const r = await report(credited(tiers('> 99.0 %', '<= 99.0 %')), { 'samples.csv': minuteSamples('2026-10-05T10:00Z', 99, 1) });
        expect(result(r, 'WebUptime').credit).toMatchObject({ tier: 'at or below 99.0 %', rate: '25 %', amount: { amount: 250, currency: 'EUR' } });
    });

    test('a figure that no tier covers earns no credit, and the report says so', async () => {
        const r = await report(credited(tiers('> 99.0 %')), { 'samples.csv': minuteSamples('2026-10-05T10:00Z', 99, 1) });
        expect(result(r, 'WebUptime')).toMatchObject({ status: 'breached', credit: undefined, notes: ['No credit: no credit tier covers the measured figure.'] });
    });

    test('a figure exactly on the target meets it: no credit', async () => {
        // 1 of 1,000 minutes down: 99.9 %.
        const r = await report(credited(tiers('>= 99.0 %')), { 'samples.csv': minuteSamples('2026-10-05T10:00Z', 999, 1) });
        expect(result(r, 'WebUptime')).toMatchObject({ status: 'met', measured: { value: 99.9 } });
        expect(result(r, 'WebUptime').credit).toBeUndefined();
        expect(r.credits).toEqual([]);
    });

    test('a fixed amount is paid as written', async () => {
        const r = await report(credited('        credits for WebUptime {\n            when < 99.9 % credit 75 EUR\n        }'), { 'samples.csv': minuteSamples('2026-10-05T10:00Z', 9, 1) });
        expect(result(r, 'WebUptime').credit).toMatchObject({ rate: 'EUR 75.00', amount: { amount: 75, currency: 'EUR' } });
    });

    test('a percentage without a package named is taken of the agreement\'s one package', async () => {
        const r = await report(credited('        credits for WebUptime {\n            when < 99.9 % credit 10 %\n        }\n        cap 25 % per month'), { 'samples.csv': minuteSamples('2026-10-05T10:00Z', 9, 1) });
        expect(result(r, 'WebUptime').credit).toMatchObject({ amount: { amount: 100, currency: 'EUR' }, basis: 'EUR 1,000.00, what the customer pays for Basic plan in 2026-10' });
    });

    test('a percentage that does not say which of several packages it is of stays a percentage', async () => {
        const packages = '        package Basic "Basic plan" {\n            price 1000 EUR per month\n        }\n        package Plus "Plus plan" {\n            price 2000 EUR per month\n        }';
        const r = await report(credited('        credits for WebUptime {\n            when < 99.9 % credit 10 %\n        }\n        cap 25 % per month', { packages }), { 'samples.csv': minuteSamples('2026-10-05T10:00Z', 9, 1) });
        expect(result(r, 'WebUptime').credit).toMatchObject({ percent: 10, text: '10 % (the credits do not say which of the packages they are a percentage of)' });
        expect(r.credits).toMatchObject([{ party: 'Acme', unit: '%', payable: 10, text: '10 % of the affected charges' }]);
    });

    test('a quarterly window is credited on the quarter\'s charge: three monthly prices', async () => {
        const text = credited(tiers('>= 99.0 %')).replace('window calendar month', 'window calendar quarter');
        const r = await report(text, { 'samples.csv': minuteSamples('2026-12-05T10:00Z', 99, 1) }, { period: '2026-12' });
        expect(result(r, 'WebUptime').credit).toMatchObject({ amount: { amount: 300 }, basis: 'EUR 3,000.00, what the customer pays for Basic plan in 2026-Q4' });
    });
});

describe('totals per party and month', () => {
    const twoLevels = (remedies: string) => credited(`        credits for WebUptime of Basic {
            when < 99.9 % credit 25 %
        }
        credits for ApiUptime of Basic {
            when < 99.9 % credit 25 %
        }
${remedies}`, { levels: `${uptimeLevel('WebUptime', 'Web')}\n${uptimeLevel('ApiUptime', 'Api')}` });
    const bothDown = (from: string) => ({
        'web.csv': minuteSamples(from, 9, 1, 'Web'),
        'api.csv': minuteSamples(from, 9, 1, 'Api')
    });

    test('a monthly cap in percent limits the month to that share of the charges of the packages credited', async () => {
        const r = await report(twoLevels('        cap 30 % per month'), bothDown('2026-10-05T10:00Z'));
        expect(r.credits).toEqual([{
            party: 'Acme', unit: 'EUR', computed: 500, payable: 300, text: 'EUR 300.00',
            periods: [{ period: '2026-10', computed: 500, payable: 300, adjustments: [{ rule: 'cap 30 % per month (EUR 300.00)', before: 500, after: 300 }] }]
        }]);
    });

    test('a yearly cap limits the months of a year in turn', async () => {
        const files = { ...bothDown('2026-10-05T10:00Z'), 'november.csv': minuteSamples('2026-11-05T10:00Z', 9, 1, 'Web') };
        const r = await report(twoLevels('        cap 600 EUR per year'), files, { period: '2026' });
        expect(r.credits[0].periods.map(p => [p.period, p.computed, p.payable])).toEqual([['2026-10', 500, 500], ['2026-11', 250, 100]]);
        expect(r.credits[0]).toMatchObject({ computed: 750, payable: 600 });
    });

    test('credits below the minimum are not paid', async () => {
        const r = await report(twoLevels('        minimum 600 EUR'), bothDown('2026-10-05T10:00Z'));
        expect(r.credits[0].periods[0]).toMatchObject({
            computed: 500, payable: 0, adjustments: [{ rule: 'minimum EUR 600.00: smaller credits are not paid', before: 500, after: 0 }]
        });
    });

    test('caps apply before the minimum', async () => {
        const r = await report(twoLevels('        cap 20 % per month\n        minimum 250 EUR'), bothDown('2026-10-05T10:00Z'));
        expect(r.credits[0].periods[0].adjustments.map(a => a.after)).toEqual([200, 0]);
    });

    test('a cap per week cannot be applied to monthly totals, and the report says so', async () => {
        const r = await report(twoLevels('        cap 10 % per week'), bothDown('2026-10-05T10:00Z'));
        expect(r.credits[0].payable).toBe(500);
        expect(r.notes).toContain('The cap 10 % per week is not applied: credits are totalled per month.');
    });
});
