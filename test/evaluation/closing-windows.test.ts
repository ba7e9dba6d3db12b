/**
 * Windows that close: a ticket or lead is judged in the period in which its own window closes (its deadline, or
 * `over 14 days` after its time), and until then the report lists it as open.
 */
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach } from '../helpers.js';
import { renderEvaluation } from '../../packages/language/src/generator/evaluation-document.js';
import { agreement, report, result } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

const followUp = (target: string) => agreement({
    metrics: `        metric FollowUpDepth "Attempts on unconnected leads" {
            kind average
            unit attempts
            aggregation average-per-lead
            window calendar month
        }`,
    levels: `        level Depth "Follow-up depth" for Web {\n            ${target}\n            obliged Acme\n        }`
});

/** Two leads with 6 attempts each, and one handed over on 30 October with 2 attempts so far. */
const LEADS = 'id,handed_over,FollowUpDepth,connected\nL-1,2026-10-01T09:00Z,6,no\nL-2,2026-10-10T09:00Z,6,no\nL-3,2026-10-30T09:00Z,2,no\n';

describe('over 14 days', () => {
    test('without a per-lead window, a lead handed over on 30 October with 2 attempts so far breaches October', async () => {
        expect(result(await report(followUp('FollowUpDepth >= 5 attempts'), { 'leads.csv': LEADS }), 'Depth'))
            .toMatchObject({ status: 'breached', counted: 3 });
    });

    test('with `over 14 days` it is still open in October, listed as such, and judged in November', async () => {
        const text = followUp('FollowUpDepth >= 5 attempts over 14 days');
        const october = result(await report(text, { 'leads.csv': LEADS }, { period: '2026-10' }), 'Depth');
        expect(october).toMatchObject({
            status: 'met', counted: 2, target: 'at least 5 attempts over 14 days',
            open: { count: 1, items: [{ id: 'L-3', start: '2026-10-30T09:00Z', closes: '2026-11-13T09:00Z' }] }
        });
        expect(october.notes).toContain('1 lead of this window still open: each is judged in the period in which its own window closes.');
        const november = result(await report(text, { 'leads.csv': LEADS }, { period: '2026-11' }), 'Depth');
        expect(november).toMatchObject({ status: 'breached', counted: 1, measured: { value: 2 } });
    });
});

describe('response deadlines across a period boundary', () => {
    const text = agreement({
        metrics: '        metric Response "Response" {\n            unit minutes\n            aggregation per-ticket\n            window calendar month\n        }',
        levels: '        level Fast "Fast" for Web {\n            Response <= 15 minutes\n            obliged Acme\n        }'
    });
    const tickets = 'id,created,Response\nT-1,2026-10-31T10:00Z,2026-10-31T10:05Z\nT-2,2026-10-31T23:55Z,2026-11-01T00:20Z\n';

    test('a ticket created at 23:55 on 31 October, due at 00:10 on 1 November, is judged in November', async () => {
        const octoberReport = await report(text, { 'tickets.csv': tickets }, { period: '2026-10' });
        expect(renderEvaluation(octoberReport, 'md')).toContain('| Fast | 2026-10 | T-2 | 2026-10-31T23:55Z | 2026-11-01T00:10Z |');
        const october = result(octoberReport, 'Fast');
        expect(october).toMatchObject({ status: 'met', items: { met: 1, missed: 0, pending: 1 }, open: { count: 1, items: [{ id: 'T-2', closes: '2026-11-01T00:10Z' }] } });
        const november = result(await report(text, { 'tickets.csv': tickets }, { period: '2026-11' }), 'Fast');
        expect(november).toMatchObject({ status: 'breached', items: { met: 0, missed: 1, pending: 0 }, missed: [{ id: 'T-2', measured: '25 minutes' }] });
    });
});
