/** Time zones, timestamps and business-hours clocks, checked against hand-computed instants. */
import { describe, expect, test } from 'vitest';
import { dayNumber, formatIsoDate, isoWeekday, parseIsoDate } from '../../packages/language/src/evaluation/time/civil.js';
import { BusinessClock, deadlineWithPauses, measureWithPauses, WALL_CLOCK } from '../../packages/language/src/evaluation/time/clock.js';
import { TimeZone } from '../../packages/language/src/evaluation/time/time-zone.js';
import { parseIntervals, parseTimestamp } from '../../packages/language/src/evaluation/time/timestamp.js';

const berlin = TimeZone.named('Europe/Berlin')!;
const utc = (text: string) => Date.parse(text);
const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('civil dates', () => {
    test('day numbers agree with Date.UTC from 1900 to 2100, month overflow included', () => {
        for (let year = 1900; year <= 2100; year += 7) {
            for (let month = 1; month <= 13; month += 3) {
                expect(dayNumber(year, month, 29)).toBe(Date.UTC(year, month - 1, 29) / 86_400_000);
            }
        }
    });

    test('weekdays and ISO dates', () => {
        expect(isoWeekday(dayNumber(2026, 10, 2))).toBe(5);
        expect(isoWeekday(dayNumber(2026, 10, 4))).toBe(7);
        expect(formatIsoDate(dayNumber(2028, 2, 29))).toBe('2028-02-29');
        expect(parseIsoDate('2026-02-29')).toBeUndefined();
    });
});

describe('time zones from the runtime', () => {
    test('an unknown zone is undefined, not an exception', () => {
        expect(TimeZone.named('Mars/Olympus_Mons')).toBeUndefined();
    });

    test('offsets before and after the autumn change in Berlin', () => {
        expect(berlin.offsetMinutes(utc('2026-10-25T00:59Z'))).toBe(120);
        expect(berlin.offsetMinutes(utc('2026-10-25T01:00Z'))).toBe(60);
    });

    test('local days start at local midnight', () => {
        expect(berlin.localDay(utc('2026-09-30T21:59Z'))).toBe(dayNumber(2026, 9, 30));
        expect(berlin.localDay(utc('2026-09-30T22:00Z'))).toBe(dayNumber(2026, 10, 1));
        expect(berlin.dayStart(dayNumber(2026, 11, 1))).toBe(utc('2026-10-31T23:00Z'));
        expect(berlin.dayStart(dayNumber(2026, 10, 26)) - berlin.dayStart(dayNumber(2026, 10, 25))).toBe(25 * HOUR);
    });

    test('a repeated wall-clock time is its first occurrence; a skipped one moves forward by the gap', () => {
        expect(berlin.instantOf(dayNumber(2026, 10, 25), 150)).toBe(utc('2026-10-25T00:30Z'));
        expect(berlin.instantOf(dayNumber(2026, 3, 29), 150)).toBe(utc('2026-03-29T01:30Z'));
    });

    test('instants are written with the offset in force', () => {
        expect(berlin.formatIso(utc('2026-10-25T00:30Z'))).toBe('2026-10-25T02:30+02:00');
        expect(berlin.formatIso(utc('2026-10-25T01:30Z'))).toBe('2026-10-25T02:30+01:00');
        expect(TimeZone.named('UTC')!.formatIso(utc('2026-10-25T01:30Z'))).toBe('2026-10-25T01:30Z');
    });
});

describe('timestamps in data', () => {
    test.each([
        ['2026-10-05T17:55:00+02:00', '2026-10-05T15:55:00Z'],
        ['2026-10-05T15:55Z', '2026-10-05T15:55:00Z'],
        ['2026-10-05 17:55', '2026-10-05T15:55:00Z'],
        ['2026-10-05T17:55:30.250', '2026-10-05T15:55:30.250Z'],
        ['2026-12-05T09:00-0500', '2026-12-05T14:00:00Z']
    ])('%s is %s', (text, expected) => {
        expect(parseTimestamp(text, berlin)).toBe(utc(expected));
    });

    test.each(['2026-10-05', '2026-02-30T10:00', '2026-10-05T24:00', '2026-10-05T10:00+2', '2026-10-05T10:00 CET', 'yesterday'])('%s is not a timestamp', text => {
        expect(parseTimestamp(text, berlin)).toBeNaN();
    });

    test('intervals are sorted and merged; a bad one says why', () => {
        expect(parseIntervals('2026-10-05T12:00/2026-10-05T13:00; 2026-10-05T10:00/2026-10-05T12:30', berlin)).toEqual([
            { start: utc('2026-10-05T08:00Z'), end: utc('2026-10-05T11:00Z') }
        ]);
        expect(parseIntervals('2026-10-05T12:00', berlin)).toMatch(/is not an interval; write start\/end/);
        expect(parseIntervals('2026-10-05T12:00/2026-10-05T11:00', berlin)).toMatch(/ends before it starts/);
    });
});

describe('business hours', () => {
    /** Monday to Friday 08:00 to 18:00 in Berlin; Monday 5 October 2026 is a holiday. */
    const office = new BusinessClock({
        zone: berlin, weekdays: new Set([1, 2, 3, 4, 5]), open: 8 * 60, close: 18 * 60, holidays: new Set([dayNumber(2026, 10, 5)])
    });

    test('a ticket logged minutes before closing on a Friday, across a holiday Monday', () => {
        const created = utc('2026-10-02T15:50Z');
        expect(office.advance(created, 30 * MINUTE)).toBe(utc('2026-10-06T06:20Z'));
        expect(office.measure(created, utc('2026-10-06T06:15Z'))).toBe(25 * MINUTE);
    });

    test('deadlines in business days span the opening hours of a day', () => {
        expect(office.dayLength).toBe(10 * HOUR);
        expect(office.advance(utc('2026-10-07T12:00Z'), 2 * office.dayLength)).toBe(utc('2026-10-09T12:00Z'));
    });

    test('the night of the autumn clock change counts nothing, the day after counts from local opening', () => {
        expect(office.measure(utc('2026-10-23T15:00Z'), utc('2026-10-26T08:00Z'))).toBe(2 * HOUR);
        expect(WALL_CLOCK.measure(utc('2026-10-23T15:00Z'), utc('2026-10-26T08:00Z'))).toBe(65 * HOUR);
    });

    test('paused intervals stop the clock only where it runs', () => {
        const created = utc('2026-10-12T07:00Z');
        const paused = [{ start: utc('2026-10-12T08:00Z'), end: utc('2026-10-12T10:30Z') }, { start: utc('2026-10-12T17:00Z'), end: utc('2026-10-13T07:00Z') }];
        expect(measureWithPauses(office, created, utc('2026-10-13T08:00Z'), paused)).toBe(11 * HOUR - 2.5 * HOUR - HOUR);
        expect(deadlineWithPauses(office, created, 4 * HOUR, paused)).toBe(utc('2026-10-12T13:30Z'));
    });

    test('hours past midnight and whether the clock runs', () => {
        const night = new BusinessClock({ zone: berlin, weekdays: new Set([6]), open: 22 * 60, close: 2 * 60, holidays: new Set() });
        expect(night.isRunning(utc('2026-10-10T23:30Z'))).toBe(true);
        expect(night.isRunning(utc('2026-10-11T00:30Z'))).toBe(false);
        expect(night.measure(utc('2026-10-10T00:00Z'), utc('2026-10-12T00:00Z'))).toBe(4 * HOUR);
    });
});
