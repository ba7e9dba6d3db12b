/**
 * Properties of an auditor's evaluation, over generated data: shuffling rows, splitting a file in two or repeating
 * a file never changes the result without an error or a reported warning, and one more failed interval or late
 * ticket never lowers the credit owed.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { EvaluationReport } from '../../packages/language/src/evaluation/report.js';
import { clearDocumentsAfterEach } from '../helpers.js';
import { agreement, evaluate, report } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

const TEXT = agreement({
    packages: '        package Basic "Basic plan" {\n            includes Web\n            price 1000 USD per month\n        }',
    metrics: `        metric Uptime "Uptime" {
            unit %
            aggregation percent-of-intervals
            interval 1 hour
            window calendar month
        }
        metric Response "Response" {
            unit minutes
            aggregation per-ticket
            window calendar month
        }`,
    levels: `        level Up "Up" for Web {
            Uptime >= 99 %
            obliged Acme
        }
        level Fast "Fast" for Web {
            Response <= 30 minutes in 80 % of tickets
            obliged Acme
        }`,
    remedies: `        credits for Up of Basic {
            when < 99 % and >= 95 % credit 10 %
            when < 95 % credit 25 %
        }
        credits for Fast per late ticket of Basic {
            when > 30 minutes and <= 120 minutes credit 1 %
            when > 120 minutes credit 2 %
        }`
});

const HOUR = 3_600_000;
const OCTOBER = Date.UTC(2026, 9, 1);
const stamp = (ms: number) => `${new Date(ms).toISOString().slice(0, 16)}Z`;

/** Hours of October (0 to 743) with up or down, and tickets with their response time in minutes. */
const data = fc.record({
    hours: fc.uniqueArray(fc.record({ hour: fc.integer({ min: 0, max: 743 }), up: fc.boolean() }), { selector: h => h.hour, minLength: 1, maxLength: 60 }),
    tickets: fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 999 }), hour: fc.integer({ min: 0, max: 700 }), minutes: fc.integer({ min: 1, max: 400 }) }),
        { selector: t => t.id, maxLength: 30 })
});
type Data = typeof data extends fc.Arbitrary<infer T> ? T : never;

const sampleRows = (d: Data) => d.hours.map(h => `${stamp(OCTOBER + h.hour * HOUR)},Web,${h.up ? 1 : 0}`);
const ticketRows = (d: Data) => d.tickets.map(t => `T-${t.id},${stamp(OCTOBER + t.hour * HOUR)},${stamp(OCTOBER + t.hour * HOUR + t.minutes * 60_000)}`);
const samples = (rows: readonly string[]) => ['start,service,Uptime', ...rows].join('\n') + '\n';
const tickets = (rows: readonly string[]) => ['id,created,Response', ...rows].join('\n') + '\n';

/** What a result means for money: each level's status, figure and credit, and what is payable. */
function outcome(r: EvaluationReport) {
    return {
        levels: r.levels.map(l => ({ level: l.level, status: l.status, measured: l.measured?.value, counted: l.counted, credit: l.credit?.amount })),
        payable: r.credits.map(c => [c.party, c.unit, c.payable])
    };
}

const payable = (r: EvaluationReport) => r.credits.reduce((sum, c) => sum + c.payable, 0);

function shuffled<T>(items: readonly T[], seed: number): T[] {
    const copy = [...items];
    let state = seed || 1;
    for (let i = copy.length - 1; i > 0; i--) {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        const j = state % (i + 1);
        [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
}

const RUNS = { numRuns: 25 };

describe('the result does not depend on how the data is cut', () => {
    test('shuffling rows changes nothing', async () => {
        await fc.assert(fc.asyncProperty(data, fc.integer(), async (d, seed) => {
            const base = await report(TEXT, { 's.csv': samples(sampleRows(d)), 't.csv': tickets(ticketRows(d)) }, { period: '2026-10' });
            const mixed = await report(TEXT, { 's.csv': samples(shuffled(sampleRows(d), seed)), 't.csv': tickets(shuffled(ticketRows(d), seed)) }, { period: '2026-10' });
            expect(outcome(mixed)).toEqual(outcome(base));
        }), RUNS);
    });

    test('splitting a file in two changes nothing', async () => {
        await fc.assert(fc.asyncProperty(data, fc.nat(), async (d, cut) => {
            const rows = sampleRows(d);
            const at = cut % (rows.length + 1);
            const base = await report(TEXT, { 's.csv': samples(rows), 't.csv': tickets(ticketRows(d)) }, { period: '2026-10' });
            const split = await report(TEXT, { 'a.csv': samples(rows.slice(0, at)), 'b.csv': samples(rows.slice(at)), 't.csv': tickets(ticketRows(d)) }, { period: '2026-10' });
            expect(outcome(split)).toEqual(outcome(base));
        }), RUNS);
    });

    test('a file repeated under another name changes nothing, and the report says so', async () => {
        await fc.assert(fc.asyncProperty(data, async d => {
            const files = { 's.csv': samples(sampleRows(d)), 't.csv': tickets(ticketRows(d)) };
            const base = await report(TEXT, files, { period: '2026-10' });
            const twice = await report(TEXT, { ...files, 'copy.csv': files['s.csv'], 't2.csv': files['t.csv'] }, { period: '2026-10' });
            expect(outcome(twice)).toEqual(outcome(base));
            expect(twice.notes).toContain('Every row of copy.csv repeats an earlier row: the file is a copy, and each row was counted once.');
        }), RUNS);
    });

    test('the same file named twice is an error, never a result', async () => {
        await fc.assert(fc.asyncProperty(data, async d => {
            const outcome = await evaluate(TEXT, { 's.csv': samples(sampleRows(d)), './s.csv': samples(sampleRows(d)) }, { period: '2026-10' });
            expect(outcome.report).toBeUndefined();
            expect(outcome.problems?.[0].message).toContain('given twice');
        }), RUNS);
    });
});

describe('more failures never lower the credit', () => {
    test('one more failed interval', async () => {
        await fc.assert(fc.asyncProperty(data, fc.integer({ min: 0, max: 743 }), async (d, hour) => {
            fc.pre(!d.hours.some(h => h.hour === hour));
            const files = { 't.csv': tickets(ticketRows(d)) };
            const before = await report(TEXT, { ...files, 's.csv': samples(sampleRows(d)) }, { period: '2026-10' });
            const after = await report(TEXT, { ...files, 's.csv': samples([...sampleRows(d), `${stamp(OCTOBER + hour * HOUR)},Web,0`]) }, { period: '2026-10' });
            expect(payable(after)).toBeGreaterThanOrEqual(payable(before));
        }), RUNS);
    });

    test('one more late ticket', async () => {
        await fc.assert(fc.asyncProperty(data, fc.integer({ min: 0, max: 700 }), fc.integer({ min: 31, max: 400 }), async (d, hour, minutes) => {
            const files = { 's.csv': samples(sampleRows(d)) };
            const before = await report(TEXT, { ...files, 't.csv': tickets(ticketRows(d)) }, { period: '2026-10' });
            const late = `T-late,${stamp(OCTOBER + hour * HOUR)},${stamp(OCTOBER + hour * HOUR + minutes * 60_000)}`;
            const after = await report(TEXT, { ...files, 't.csv': tickets([...ticketRows(d), late]) }, { period: '2026-10' });
            expect(payable(after)).toBeGreaterThanOrEqual(payable(before));
        }), RUNS);
    });
});
