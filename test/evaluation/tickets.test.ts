/** Tickets: business-hours deadlines, paused clocks, open tickets, excusals and exclusions. */
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach } from '../helpers.js';
import { agreement, evaluate, report, result } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

/** An office desk in Berlin, Monday to Friday 08:00 to 18:00; Monday 5 October 2026 is a holiday. */
const desk = (parts: { responsibilities?: string, exclusions?: string, levels?: string } = {}) => agreement({
    timezone: 'Europe/Berlin',
    calendars: `        calendar Office "Office hours" {
            days monday to friday
            hours 08:00 to 18:00
            holidays 2026-10-05
        }
        calendar PatchWindow "Patch window" {
            days saturday
            hours 20:00 to 23:59
        }`,
    services: '        service Desk "Service desk" {\n            hours Office\n        }',
    segments: '        priority P1 "Critical"\n        priority P2 "High"',
    metrics: `        metric Response "Time to respond" {
            kind duration
            unit business minutes
            aggregation per-ticket
            window calendar month
        }
        metric Resolution "Time to resolve" {
            kind duration
            unit business hours
            aggregation per-ticket
            window calendar month
        }
        metric Turnaround "Calendar time to resolve" {
            kind duration
            unit hours
            aggregation per-ticket
            window calendar month
        }`,
    levels: parts.levels ?? `        level P1Response "P1 response" for Desk {
            Response <= 30 business minutes in 50 % of tickets
            segment P1
            obliged Acme
        }
        level P1Resolution "P1 resolution" for Desk {
            Resolution <= 4 business hours in 100 % of tickets
            segment P1
            obliged Acme
        }
        level P1Turnaround "P1 turnaround" for Desk {
            Turnaround <= 64 hours in 100 % of tickets
            segment P1
            obliged Acme
        }`,
    responsibilities: parts.responsibilities ?? '        Globex must "grant remote access" within 1 hours pauses P1Resolution',
    exclusions: parts.exclusions
});

const tickets = (...rows: string[]) => ['id,priority,created,Response,Resolution,Turnaround,waiting_on_customer,exclusion,customer_duty_unmet', ...rows].join('\n');

describe('business-hours deadlines', () => {
    test('a ticket logged ten minutes before closing on a Friday, with a holiday Monday, is due at 08:20 on Tuesday', async () => {
        const r = await report(desk(), {
            'tickets.csv': tickets(
                'T-1,P1,2026-10-02 17:50,2026-10-06 08:15,,,,,',
                'T-2,P1,2026-10-02 17:50,2026-10-06 08:25,,,,,'
            )
        });
        const response = result(r, 'P1Response');
        expect(response).toMatchObject({ status: 'met', items: { met: 1, missed: 1, pending: 0 }, measured: { value: 50 } });
        expect(response.missed).toEqual([{
            id: 'T-2', start: '2026-10-02T17:50+02:00', deadline: '2026-10-06T08:20+02:00', end: '2026-10-06T08:25+02:00',
            measured: '35 business minutes', service: undefined
        }]);
    });

    test('business time ignores the night the clocks go back; calendar time counts its extra hour', async () => {
        const r = await report(desk(), { 'tickets.csv': tickets('T-1,P1,2026-10-23 17:00,2026-10-23 17:10,2026-10-26 09:00,2026-10-26 09:00,,,') });
        expect(result(r, 'P1Resolution')).toMatchObject({ status: 'met', measured: { value: 100 } });
        expect(result(r, 'P1Turnaround').missed[0]).toMatchObject({ measured: '65 hours', deadline: '2026-10-26T08:00+01:00' });
    });
});

describe('paused clocks', () => {
    // Six business hours from 09:00 to 15:00, of which 2.5 waiting on the customer.
    const waiting = 'T-1,P1,2026-10-12 09:00,2026-10-12 09:10,2026-10-12 15:00,,2026-10-12 10:00/2026-10-12 12:30,,';

    test('time waiting on the customer does not count for a level a customer duty pauses', async () => {
        expect(result(await report(desk(), { 'tickets.csv': tickets(waiting) }), 'P1Resolution')).toMatchObject({ status: 'met', items: { met: 1, missed: 0 } });
    });

    test('it counts when no duty pauses the level', async () => {
        const r = await report(desk({ responsibilities: '        Globex must "grant remote access" within 1 hours' }), { 'tickets.csv': tickets(waiting) });
        expect(result(r, 'P1Resolution').missed[0]).toMatchObject({ measured: '6 business hours', deadline: '2026-10-12T13:00+02:00' });
        expect(result(r, 'P1Resolution').kept).toEqual([{ text: 'time waiting on the customer counted: no customer duty pauses any level', count: 1 }]);
    });

    test('waiting outside business hours stops nothing', async () => {
        const overnight = 'T-1,P1,2026-10-12 16:00,2026-10-12 16:10,2026-10-13 12:00,,2026-10-12 18:00/2026-10-13 08:00,,';
        expect(result(await report(desk(), { 'tickets.csv': tickets(overnight) }), 'P1Resolution').status).toBe('breached');
    });
});

describe('open tickets', () => {
    test('an open ticket counts as missed once its deadline passes within the window, and is left for later otherwise', async () => {
        const r = await report(desk(), {
            'tickets.csv': tickets('T-1,P1,2026-10-29 09:00,2026-10-29 09:05,,,,,', 'T-2,P1,2026-10-30 17:00,2026-10-30 17:05,,,,,')
        });
        const resolution = result(r, 'P1Resolution');
        expect(resolution).toMatchObject({ status: 'breached', items: { met: 0, missed: 1, pending: 1 } });
        expect(resolution.missed).toEqual([{ id: 'T-1', start: '2026-10-29T09:00+01:00', deadline: '2026-10-29T13:00+01:00', end: undefined, measured: undefined, service: undefined }]);
        expect(resolution.notes).toContain('1 ticket of this window still open: each is judged in the period in which its own window closes.');
        expect(resolution.open).toEqual({ count: 1, items: [{ id: 'T-2', service: undefined, start: '2026-10-30T17:00+01:00', closes: '2026-11-02T11:00+01:00' }] });
    });
});

describe('excusals and exclusions', () => {
    const excusing = desk({
        responsibilities: '        Globex must "name a reachable contact" within 30 minutes excuses P1Response',
        exclusions: `        maintenance "Patching in the patch window" during PatchWindow
        customer-caused "Faults Globex caused" applies to P1Resolution`
    });

    test('a ticket for which the customer did not meet a duty that excuses the level is removed from that level only', async () => {
        const r = await report(excusing, { 'tickets.csv': tickets('T-1,P1,2026-10-12 09:00,2026-10-12 11:00,2026-10-12 12:00,,,,yes') });
        expect(result(r, 'P1Response')).toMatchObject({
            status: 'no-data', counted: 0,
            removed: [{ kind: 'excused', text: 'Globex did not meet its duty to "name a reachable contact"', count: 1, ids: ['T-1'] }]
        });
        expect(result(r, 'P1Resolution')).toMatchObject({ status: 'met', removed: [] });
    });

    test('an exclusion removes a flagged ticket from the levels it applies to; maintenance only inside its window', async () => {
        const r = await report(excusing, {
            'tickets.csv': tickets(
                'T-1,P1,2026-10-12 09:00,2026-10-12 11:00,2026-10-12 19:00,,,customer-caused,',
                'T-2,P1,2026-10-10 21:00,2026-10-12 08:10,2026-10-12 09:00,,,maintenance,',
                'T-3,P1,2026-10-10 19:00,2026-10-12 08:10,2026-10-12 09:00,,,maintenance,'
            )
        });
        expect(result(r, 'P1Resolution').removed.map(removal => [removal.text, removal.ids])).toEqual([
            ['customer-caused: Faults Globex caused', ['T-1']],
            ['maintenance: Patching in the patch window', ['T-2']]
        ]);
        expect(result(r, 'P1Resolution').kept).toEqual([{ text: 'flagged maintenance outside the PatchWindow window, counted', count: 1 }]);
        expect(result(r, 'P1Response')).toMatchObject({ items: { met: 1, missed: 1 } });
    });

    test('--excuse excuses a level for the whole period: no credit, whatever was measured', async () => {
        const r = await report(excusing, { 'tickets.csv': tickets('T-1,P1,2026-10-12 09:00,2026-10-12 11:00,,,,,') }, { excuse: ['P1Response'] });
        expect(result(r, 'P1Response')).toMatchObject({ status: 'excused', reason: expect.stringContaining('Excused for 2026-10') });
    });

    test('only a level that a customer duty excuses can be excused', async () => {
        const outcome = await evaluate(excusing, { 'tickets.csv': tickets() }, { excuse: ['P1Resolution', 'Nope'] });
        expect(outcome.problems).toEqual([
            { option: 'excuse', message: 'P1Resolution cannot be excused: no responsibility of Test excuses it' },
            { option: 'excuse', message: 'Test has no level named Nope to excuse' }
        ]);
    });

    test('`excuses all` excuses every level: a ticket the customer flagged is removed from each, and --excuse accepts any level', async () => {
        const all = desk({ responsibilities: '        Globex must "name a reachable contact" within 30 minutes excuses all' });
        const r = await report(all, { 'tickets.csv': tickets('T-1,P1,2026-10-12 09:00,2026-10-12 11:00,2026-10-12 12:00,,,,yes') });
        for (const level of ['P1Response', 'P1Resolution']) {
            expect(result(r, level).removed).toEqual([{ kind: 'excused', text: 'Globex did not meet its duty to "name a reachable contact"', count: 1, ids: ['T-1'] }]);
        }
        const excused = await report(all, { 'tickets.csv': tickets('T-1,P1,2026-10-12 09:00,2026-10-12 11:00,,,,,') }, { excuse: ['P1Resolution'] });
        expect(result(excused, 'P1Resolution')).toMatchObject({ status: 'excused' });
    });
});
