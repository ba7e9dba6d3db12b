/**
 * What the contract says is what is computed: a per-ticket level's tiers on the share of tickets, or per late
 * ticket by how late it was; a target counted on the clock its unit names; a late ticket never shown as on time.
 */
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach } from '../helpers.js';
import { agreement, report, result } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

/** A Berlin office desk, Monday to Friday 08:00 to 18:00 (a business day is 10 hours), and a package of 1,000 EUR. */
const desk = (metricUnit: string, target: string, credits = '') => agreement({
    timezone: 'Europe/Berlin',
    calendars: '        calendar Office "Office hours" {\n            days monday to friday\n            hours 08:00 to 18:00\n        }',
    services: '        service Desk "Service desk" {\n            hours Office\n        }',
    packages: '        package Basic "Basic plan" {\n            includes Desk\n            price 1000 EUR per month\n        }',
    metrics: `        metric Resolution "Time to resolve" {\n            kind duration\n            unit ${metricUnit}\n            aggregation per-ticket\n            window calendar month\n        }`,
    levels: `        level P1Resolution "P1 resolution" for Desk {\n            ${target}\n            obliged Acme\n        }`,
    responsibilities: '        Globex must "grant remote access" excuses P1Resolution',
    remedies: credits || '        sole remedy'
});

/** Created Monday 12 October 08:00, resolved Tuesday 17:30: 19.5 business hours. */
const LATE_P1 = 'id,created,Resolution\nT-1,2026-10-12T08:00+02:00,2026-10-13T17:30+02:00\n';

describe('credits per late ticket', () => {
    const perLate = `        credits for P1Resolution per late ticket of Basic {
            when > 8 business hours and <= 16 business hours credit 5 %
            when > 16 business hours credit 10 %
        }`;

    test('a P1 resolved after 19.5 business hours earns the tier above 16 business hours', async () => {
        const r = await report(desk('business hours', 'Resolution <= 8 business hours', perLate), { 'tickets.csv': LATE_P1 });
        expect(result(r, 'P1Resolution')).toMatchObject({
            status: 'breached',
            missed: [{ id: 'T-1', measured: '19.5 business hours' }],
            credit: { tier: '1 late: above 16 business hours', rate: '1 × 10 %', amount: { amount: 100, currency: 'EUR' } }
        });
    });

    test('each late ticket earns its own tier, and the credits add up', async () => {
        const tickets = LATE_P1 + 'T-2,2026-10-14T08:00+02:00,2026-10-15T08:00+02:00\nT-3,2026-10-15T08:00+02:00,2026-10-15T09:00+02:00\n';
        const r = await report(desk('business hours', 'Resolution <= 8 business hours in 30 % of tickets', perLate), { 'tickets.csv': tickets });
        // T-1: 19.5 h (10 %), T-2: 10 h (5 %), T-3: 1 h (on time). 1 of 3 on target is 33 %: the level is met, the late tickets are credited.
        expect(result(r, 'P1Resolution')).toMatchObject({
            status: 'met',
            credit: { rate: '1 × 10 % + 1 × 5 %', amount: { amount: 150, currency: 'EUR' } }
        });
    });
});

describe('tiers on the share of tickets', () => {
    test('without `in`, every ticket must meet the target: one late P1 is 0 % on target', async () => {
        const credits = '        credits for P1Resolution of Basic {\n            when < 100 % and >= 50 % credit 5 %\n            when < 50 % credit 10 %\n        }';
        const r = await report(desk('business hours', 'Resolution <= 8 business hours', credits), { 'tickets.csv': LATE_P1 });
        expect(result(r, 'P1Resolution')).toMatchObject({ status: 'breached', measured: { value: 0 }, credit: { tier: 'below 50 %', amount: { amount: 100 } } });
    });
});

describe('the clock a target counts on is the one its unit names', () => {
    test('`<= 15 minutes` on a metric in business minutes is 15 minutes around the clock: Friday 16:50 to Monday 09:04 is late', async () => {
        const tickets = 'id,created,Resolution\nP-1,2026-10-16T16:50+02:00,2026-10-19T09:04+02:00\n';
        const r = await report(desk('business minutes', 'Resolution <= 15 minutes'), { 'tickets.csv': tickets });
        expect(result(r, 'P1Resolution')).toMatchObject({ status: 'breached', missed: [{ id: 'P-1', measured: '3,854 minutes' }] });
    });

    test('`<= 15 business minutes` counts only office hours: Friday 17:55 to Monday 08:09 is 14 business minutes', async () => {
        const tickets = 'id,created,Resolution\nP-1,2026-10-16T17:55+02:00,2026-10-19T08:09+02:00\n';
        const r = await report(desk('business minutes', 'Resolution <= 15 business minutes'), { 'tickets.csv': tickets });
        expect(result(r, 'P1Resolution')).toMatchObject({ status: 'met' });
    });
});

describe('measured figures show why a target was missed', () => {
    test('a ticket one minute late on 2 business days is not shown as 2 business days', async () => {
        const tickets = 'id,created,Resolution\nT-9,2026-10-12T08:00+02:00,2026-10-14T08:01+02:00\n';
        const r = await report(desk('business hours', 'Resolution <= 2 business days'), { 'tickets.csv': tickets });
        expect(result(r, 'P1Resolution').missed).toEqual([expect.objectContaining({ id: 'T-9', measured: '2 business days and 1 business minute' })]);
    });
});
