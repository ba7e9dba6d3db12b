/** Quantities, dates and review dates as people read them. */
import { describe, expect, test } from 'vitest';
import {
    formatCadence, formatDate, formatList, formatMoney, formatQuantity, formatRate, formatTarget, formatTerm
} from '../../packages/language/src/generator/format.js';
import { reviewSchedule } from '../../packages/language/src/generator/review-schedule.js';
import { formatterFor } from '../../packages/language/src/locale/formatter.js';
import { findLocale } from '../../packages/language/src/locale/locales.js';

describe('formatQuantity', () => {
    test.each([
        [{ value: 99.9, unit: '%' }, '99.9 %'],
        [{ value: 4, business: true, unit: 'hours' }, '4 business hours'],
        [{ value: 1, business: true, unit: 'days' }, '1 business day'],
        [{ value: 1, unit: 'h' }, '1 hour'],
        [{ value: 15, unit: 'min' }, '15 minutes'],
        [{ value: 250, unit: 'ms' }, '250 ms'],
        [{ value: 149, unit: 'USD' }, 'USD 149.00'],
        [{ value: 2400, unit: 'EUR' }, 'EUR 2,400.00'],
        [{ value: 1000, unit: 'JPY' }, 'JPY 1,000'],
        [{ value: 7, unit: 'attempts' }, '7 attempts'],
        [{ value: 1, unit: 'attempts' }, '1 attempt'],
        [{ value: 2, unit: 'breach' }, '2 breaches'],
        [{ value: 4.2, unit: 'points' }, '4.2 points'],
        [{ value: 3, unit: 'widgets' }, '3 widgets'],
        [{ unit: '%' }, '? %'],
        [undefined, '?']
    ])('%o -> %s', (quantity, expected) => {
        expect(formatQuantity(quantity)).toBe(expected);
    });
});

test('money, rates, targets, cadences and lists', () => {
    expect(formatMoney(240.5, 'USD')).toBe('USD 240.50');
    expect(formatRate({ amount: { value: 149, unit: 'USD' }, per: ['server', 'month'] })).toBe('USD 149.00 per server per month');
    expect(formatRate({ amount: { value: 118, unit: 'EUR' }, per: ['users', 'months'] })).toBe('EUR 118.00 per user per month');
    expect(formatTarget({ comparator: '>=', threshold: { value: 99.95, unit: '%' } })).toBe('at least 99.95 %');
    expect(formatTarget({ comparator: '<=', threshold: { value: 15, unit: 'minutes' }, share: { value: 95, unit: '%' }, population: 'tickets' }))
        .toBe('at most 15 minutes in 95 % of tickets');
    expect(formatCadence({ period: 'quarter' })).toBe('every quarter');
    expect(formatCadence({ length: { value: 6, unit: 'months' } })).toBe('every 6 months');
    expect(formatCadence({ length: { value: 1, unit: 'months' } })).toBe('every month');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(formatList(['Group IT, Halvorsen', 'Nordhost', 'Finance'])).toBe('Group IT, Halvorsen; Nordhost; and Finance');
});

test('dates and terms', () => {
    expect(formatDate('2026-03-01')).toBe('1 March 2026');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
    expect(formatTerm('2026-03-01', '2028-02-29')).toBe('1 March 2026 to 29 February 2028');
    expect(formatTerm('2026-01-01', undefined)).toBe('from 1 January 2026 until terminated');
});

describe('review schedule', () => {
    const months = (value: number) => ({ length: { value, unit: 'months' } }) as never;

    test('from the next review, every cadence, within the term', () => {
        expect(reviewSchedule({ period: 'quarter' } as never, '2026-08-15', { start: '2026-02-01', end: '2028-01-31' })).toEqual({
            dates: ['2026-08-15', '2026-11-15', '2027-02-15', '2027-05-15', '2027-08-15', '2027-11-15'], continues: false
        });
    });

    test('without a next review, one cadence after the start; the end of the term is included', () => {
        expect(reviewSchedule(months(6), undefined, { start: '2026-01-01', end: '2027-01-01' }))
            .toEqual({ dates: ['2026-07-01', '2027-01-01'], continues: false });
    });

    test('the day of the month is kept where the month has it, and clamped where it does not', () => {
        expect(reviewSchedule(months(1), '2027-01-31', { start: '2027-01-01', end: '2027-04-30' }))
            .toEqual({ dates: ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30'], continues: false });
    });

    test('an open-ended term lists a few dates and says that reviews continue', () => {
        const schedule = reviewSchedule({ period: 'year' } as never, '2026-10-01', { start: '2026-01-01' });
        expect(schedule.dates).toEqual(['2026-10-01', '2027-10-01', '2028-10-01', '2029-10-01', '2030-10-01', '2031-10-01', '2032-10-01', '2033-10-01']);
        expect(schedule.continues).toBe(true);
    });

    test('a cadence in business days or without a date gives no schedule; a review after the term none within it', () => {
        expect(reviewSchedule({ length: { value: 5, business: true, unit: 'days' } } as never, undefined, { start: '2026-01-01' }).dates).toEqual([]);
        expect(reviewSchedule(months(6), undefined, {}).dates).toEqual([]);
        expect(reviewSchedule(months(6), '2029-01-01', { start: '2026-01-01', end: '2027-12-31' }).dates).toEqual([]);
        expect(reviewSchedule(months(1e300), '2026-01-01', { start: '2026-01-01' }).dates).toEqual(['2026-01-01']);
    });
});

describe('the formatter of each locale', () => {
    const us = formatterFor(findLocale('en-US')!);
    const gb = formatterFor(findLocale('en-GB')!);
    const de = formatterFor(findLocale('de-DE')!);

    test('dates: American, British and German order; text that is not a real date stays as written', () => {
        expect([us.date('2026-03-01'), gb.date('2026-03-01'), de.date('2026-03-01')]).toEqual(['March 1, 2026', '1 March 2026', '1. März 2026']);
        expect([us.dayOfYear('2026-12-25'), gb.dayOfYear('2026-12-25'), de.dayOfYear('2026-12-25')]).toEqual(['December 25', '25 December', '25. Dezember']);
        expect(us.date('2026-02-30')).toBe('2026-02-30');
        expect(us.term('2026-03-01', undefined)).toBe('from March 1, 2026 until terminated');
        expect(de.term('2026-03-01', '2027-02-28')).toBe('1. März 2026 bis 28. Februar 2027');
    });

    test('numbers, money and percentages', () => {
        expect([us.money(1234.5, 'USD'), gb.money(1234.5, 'GBP'), de.money(1234.5, 'EUR')]).toEqual(['USD 1,234.50', 'GBP 1,234.50', '1.234,50 EUR']);
        expect(de.money(1500, 'JPY')).toBe('1.500 JPY');
        expect([us.quantity({ value: 99.9, unit: '%' }), gb.quantity({ value: 99.9, unit: '%' }), de.quantity({ value: 99.9, unit: '%' })])
            .toEqual(['99.9%', '99.9 %', '99,9 %']);
    });

    test('numbers formatted before read the same, with their own decimals; -0 is not 0', () => {
        for (const formatter of [us, de]) {
            const fresh = (value: number, digits?: number) => new Intl.NumberFormat(formatter.locale.tag, digits === undefined
                ? { maximumFractionDigits: 6 } : { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
            for (const [value, digits] of [[0, undefined], [-0, undefined], [-0, 2], [0, 2], [1234.5, undefined], [1234.5, 2], [1234.5, 0], [1234.5, undefined]] as const) {
                expect(formatter.number(value, digits), `${Object.is(value, -0) ? '-0' : value} with ${digits} decimals`).toBe(fresh(value, digits));
            }
        }
    });

    test('units, targets, windows and cadences in the locale\'s words', () => {
        expect(de.quantity({ value: 4, business: true, unit: 'hours' })).toBe('4 Geschäftsstunden');
        expect(de.quantity({ value: 1, unit: 'workstation' })).toBe('1 Arbeitsplatz');
        expect(de.rate({ amount: { value: 39, unit: 'USD' }, per: ['workstation', 'month'] })).toBe('39,00 USD pro Arbeitsplatz pro Monat');
        expect(de.target({ comparator: '<=', threshold: { value: 15, unit: 'minutes' }, share: { value: 95, unit: '%' }, population: 'tickets' }))
            .toBe('höchstens 15 Minuten bei 95 % der Tickets');
        expect([de.window({ period: 'month' }), de.window({ length: { value: 30, unit: 'days' } })]).toEqual(['Kalendermonat', 'gleitend 30 Tage']);
        expect([de.cadence({ period: 'month' }), de.cadence({ length: { value: 6, unit: 'months' } }), de.cadence({ length: { value: 1, unit: 'weeks' } })])
            .toEqual(['jeden Monat', 'alle 6 Monate', 'jede Woche']);
        expect([us.list(['A', 'B', 'C']), de.list(['A', 'B', 'C'])]).toEqual(['A, B and C', 'A, B und C']);
    });
});
