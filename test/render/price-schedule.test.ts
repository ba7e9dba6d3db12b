/** The price schedule: what the customer takes, line by line, with the monthly and yearly total, in every format. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { buildAgreementDocument } from '../../packages/language/src/generator/agreement-document.js';
import type { Clause, List, Paragraph, Table } from '../../packages/language/src/generator/document-model.js';
import { plainText } from '../../packages/language/src/generator/document-model.js';
import { renderAgreement } from '../../packages/language/src/generator/render.js';
import { readExample } from '../helpers.js';
import { loadText } from './render-fixtures.js';

const CLINIC = readExample('dental-clinic-it.sla');

/** The agreement's price schedule clause, as the preview and every export get it. */
async function schedule(text: string): Promise<Clause> {
    const document = await loadText(text);
    return buildAgreementDocument(document.parseResult.value).clauses.find(c => c.title === 'Price schedule')!;
}

const rows = (table: Table) => table.rows.map(row => row.cells.map(cell => plainText(cell)));

describe('the clinic case: Essential, 20 workstations', () => {
    test('the document model (the preview and every export) has the line items and USD 929.00 per month', async () => {
        const clause = await schedule(CLINIC);
        expect(clause.number).toBe('7');
        const [purchase] = clause.subclauses;
        expect(purchase.title).toBe('Clinic: Essential package');
        expect(plainText((purchase.blocks[0] as Paragraph).text)).toBe('From 1 March 2026, Clinic takes the Essential package.');
        expect(rows(purchase.blocks[1] as Table)).toEqual([
            ['Package price', '1', 'USD 149.00 per month', 'USD 149.00'],
            ['Per managed workstation', '20 workstations', 'USD 39.00 per workstation per month', 'USD 780.00'],
            ['Monthly total', '', '', 'USD 929.00'],
            ['Yearly total', '', '', 'USD 11,148.00']
        ]);
        expect(plainText((purchase.blocks[3] as List).items[0].text)).toBe('USD 125.00 per hour: On-site work outside office hours');
    });

    test('the Markdown shows the schedule table', async () => {
        const markdown = (await renderAgreement(await loadText(CLINIC), 'markdown')).content as string;
        expect(markdown).toContain(`| Item | Quantity | Rate | Per month |
| --- | --- | --- | --- |
| Package price | 1 | USD 149.00 per month | USD 149.00 |
| Per managed workstation | 20 workstations | USD 39.00 per workstation per month | USD 780.00 |
| **Monthly total** |   |   | **USD 929.00** |
| **Yearly total** |   |   | **USD 11,148.00** |`);
    });

    test('the HTML (the preview) shows the monthly total', async () => {
        const html = (await renderAgreement(await loadText(CLINIC), 'html', { nonce: 'n' })).content as string;
        expect(html).toContain('<strong>Monthly total</strong>');
        expect(html).toContain('<strong>USD\u00a0929.00</strong>');
        expect(html).toContain('20 workstations');
    });

    test('the DOCX shows the monthly total', async () => {
        const bytes = (await renderAgreement(await loadText(CLINIC), 'docx')).content as Uint8Array;
        const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
        const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join('|');
        expect(text).toContain('Monthly total|USD\u00a0929.00');
        expect(text).toContain('20 workstations');
    });

    test('one credit schedule per package: each clause names its package and has its own anchor', async () => {
        const document = buildAgreementDocument((await loadText(CLINIC)).parseResult.value);
        const remedies = document.clauses.find(c => c.title === 'Remedies and service credits')!;
        expect(remedies.subclauses.slice(0, 2).map(c => [c.title, c.anchor])).toEqual([
            ['Service credits for P1 resolution, Essential package', 'credits-P1Resolution-Essential'],
            ['Service credits for P1 resolution, Premium package', 'credits-P1Resolution-Premium']
        ]);
    });

    test('the credit clause states what 10 % of a month of Essential is', async () => {
        const markdown = (await renderAgreement(await loadText(CLINIC), 'markdown')).content as string;
        expect(markdown).toContain('| below 90 % down to 75 % | 10 % of the monthly charges for the Essential package (USD 92.90) |');
        expect(markdown).toContain('| below 90 % down to 75 % | 6 % of the monthly charges for the Premium package |');
    });
});

describe('other schedules', () => {
    test('a purchase without a start date runs from the start of the term; a charge per year is a twelfth a month', async () => {
        const text = CLINIC.replace('Clinic takes Essential from 2026-03-01 with 20 workstations', 'Clinic takes Essential with 20 workstations')
            .replace('charge 39 USD per workstation per month', 'charge 480 USD per workstation per year');
        const [purchase] = (await schedule(text)).subclauses;
        expect(plainText((purchase.blocks[0] as Paragraph).text)).toBe('From the start of the term, Clinic takes the Essential package.');
        expect(rows(purchase.blocks[1] as Table).slice(1)).toEqual([
            ['Per managed workstation', '20 workstations', 'USD 480.00 per workstation per year', 'USD 800.00'],
            ['Monthly total', '', '', 'USD 949.00'],
            ['Yearly total', '', '', 'USD 11,388.00']
        ]);
    });

    test('a charge without a quantity is marked, left out of the totals, and the schedule says so', async () => {
        const [purchase] = (await schedule(CLINIC.replace(' with 20 workstations', ''))).subclauses;
        expect(rows(purchase.blocks[1] as Table)).toEqual([
            ['Package price', '1', 'USD 149.00 per month', 'USD 149.00'],
            ['Per managed workstation', '? workstations', 'USD 39.00 per workstation per month', 'not known: state the quantity'],
            ['Monthly total', '', '', 'USD 149.00'],
            ['Yearly total', '', '', 'USD 1,788.00']
        ]);
        expect(purchase.blocks[2]).toMatchObject({ kind: 'note', text: ['The totals leave out the lines marked "not known" until the purchase states their quantities.'] });
    });

    test('hourly and one-off charges are billed as used or once, never in the monthly total', async () => {
        const text = CLINIC.replace('charge 39 USD per workstation per month "Per managed workstation"',
            'charge 39 USD per workstation per month "Per managed workstation"\n            charge 300 USD per workstation "Set-up per workstation"\n            charge 90 USD per hour "Remote work"');
        const [purchase] = (await schedule(text)).subclauses;
        expect(rows(purchase.blocks[1] as Table).slice(2)).toEqual([
            ['Set-up per workstation', '20 workstations', 'USD 300.00 per workstation', 'USD 6,000.00 billed once'],
            ['Remote work', '1', 'USD 90.00 per hour', 'billed as used'],
            ['Monthly total', '', '', 'USD 929.00'],
            ['Yearly total', '', '', 'USD 11,148.00']
        ]);
    });
});
