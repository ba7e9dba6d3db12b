/** Credits on the real bill: a percentage of what the customer pays for the package (base price plus per-unit charges). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../packages/cli/src/main.js';
import { clearDocumentsAfterEach, readExample } from '../helpers.js';
import { report, result } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

const CLINIC = readExample('dental-clinic-it.sla');
/** Four of five P1 tickets resolved within 4 business hours in October 2026: 80 %, the 10 % tier of Essential. */
const tickets = readExample('data/dental-clinic-2026-10-tickets.csv');

describe('the clinic case', () => {
    test('a 10 % credit on a month of Essential with 20 workstations is USD 92.90, and the report names the amounts', async () => {
        const r = await report(CLINIC, { 'tickets.csv': tickets });
        expect(result(r, 'P1Resolution').credit).toEqual({
            tier: 'below 90 % down to 75 %',
            rate: '10 %',
            amount: { amount: 92.9, currency: 'USD' },
            basis: 'USD 929.00, what Clinic pays for Essential package in 2026-10 (USD 149.00 for the package price + USD 780.00 for 20 workstations × USD 39.00)',
            basisParts: [
                { amount: { amount: 149, currency: 'USD' }, text: 'the package price' },
                { amount: { amount: 780, currency: 'USD' }, text: '20 workstations × USD 39.00' }
            ],
            text: 'USD 92.90: 10 % of USD 929.00, what Clinic pays for Essential package in 2026-10 (USD 149.00 for the package price + USD 780.00 for 20 workstations × USD 39.00)'
        });
        expect(r.credits).toMatchObject([{ party: 'Northwind', unit: 'USD', payable: 92.9 }]);
    });

    test('the schedule of the package bought applies: Premium bought with 20 workstations is credited 6 % of USD 1,529.00', async () => {
        const premium = CLINIC.replace('Clinic takes Essential from 2026-03-01 with 20 workstations', 'Clinic takes Premium from 2026-03-01 with 20 workstations');
        const credit = result(await report(premium, { 'tickets.csv': tickets }), 'P1Resolution').credit;
        expect(credit).toMatchObject({ rate: '6 %', amount: { amount: 91.74, currency: 'USD' } });
        expect(credit?.basis).toMatch(/^USD 1,529\.00, what Clinic pays for Premium package in 2026-10/);
    });

    test('a purchase that starts inside the month is credited on the days it ran', async () => {
        const late = CLINIC.replace('from 2026-03-01 with 20', 'from 2026-10-17 with 20');
        const credit = result(await report(late, { 'tickets.csv': tickets }), 'P1Resolution').credit;
        // 15 of October's 31 days: 929 x 15 / 31 = 449.52; 10 % of it.
        expect(credit).toMatchObject({ amount: { amount: 44.95, currency: 'USD' } });
        expect(credit?.basisParts?.map(part => part.text)).toEqual([
            'the package price, from 2026-10-17 (15 of 31 days)', '20 workstations × USD 39.00, from 2026-10-17 (15 of 31 days)'
        ]);
    });

    test('with per-package schedules and no purchase, no credit is computed on a guess', async () => {
        const unbought = CLINIC.replace(/    purchases \{[\s\S]*?\n    \}\n/, '');
        const r = await report(unbought, { 'tickets.csv': tickets });
        expect(result(r, 'P1Resolution').credit).toBeUndefined();
        expect(r.notes).toContain("P1Resolution has a credit schedule for each of Essential, Premium, and the agreement does not say which of these packages is bought: no credit is computed for it. Add a 'purchases' section.");
    });

    test('sla evaluate prints the credit and what it is a percentage of', async () => {
        const out = await run(['evaluate', 'examples/dental-clinic-it.sla', '--data', 'examples/data/dental-clinic-2026-10-tickets.csv']);
        expect(out.stderr).toBe('');
        expect(out.stdout).toContain('USD 92.90: 10 % of USD 929.00, what Clinic pays for Essential package in 2026-10');
        expect(out.stdout).toContain('Northwind owes USD 92.90 for 2026-10.');
        expect(out.exit).toBe(1);
    });
});

describe('sla check', () => {
    test('catches a percentage credit that does not say which of the packages bought it is of', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-basis-'));
        try {
            const both = CLINIC.replace('Clinic takes Essential from 2026-03-01 with 20 workstations',
                'Clinic takes Essential from 2026-03-01 with 20 workstations\n        Clinic takes Premium from 2026-03-01 with 2 workstations')
                .replace(/        credits for P1Resolution of Premium \{[\s\S]*?\n        \}\n/, '')
                .replace('credits for P1Resolution of Essential', 'credits for P1Resolution');
            const file = path.join(dir, 'clinic.sla');
            fs.writeFileSync(file, both);
            const out = await run(['check', file]);
            const line = both.split('\n').findIndex(text => text.includes('credits for P1Resolution {')) + 1;
            expect(out.stdout).toContain(`${file}:${line}:21: error sla-credit-basis-ambiguous: These credits are percentages, but of which package? The agreement has Essential and Premium`);
            expect(out.exit).toBe(1);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
