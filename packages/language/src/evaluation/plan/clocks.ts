/**
 * The clocks an agreement's durations run on: a service's `hours` calendar as business hours in the calendar's
 * time zone (else the agreement's), or wall-clock time. `to 23:59` and `to 24:00` both close at midnight: the
 * grammar's clock times stop at 23:59, and contracts write "00:00 to 23:59" for the whole day.
 */
import type { Calendar, Weekday } from '../../generated/ast.js';
import { WEEKDAY_NAMES, parseIsoDate, type IsoWeekday } from '../time/civil.js';
import { BusinessClock } from '../time/clock.js';
import { TimeZone } from '../time/time-zone.js';

export class CalendarClocks {
    private readonly clocks = new Map<Calendar, BusinessClock | string>();

    constructor(private readonly agreementZone: TimeZone) { }

    /** The calendar's clock, or a message saying why it cannot run. */
    of(calendar: Calendar): BusinessClock | string {
        let clock = this.clocks.get(calendar);
        if (clock === undefined) {
            clock = this.build(calendar);
            this.clocks.set(calendar, clock);
        }
        return clock;
    }

    private build(calendar: Calendar): BusinessClock | string {
        const zone = calendar.zone === undefined ? this.agreementZone : TimeZone.named(calendar.zone);
        if (!zone) return `the calendar ${calendar.name} names the unknown time zone '${calendar.zone}'`;
        const open = calendar.from === undefined ? 0 : clockMinutes(calendar.from);
        const close = calendar.to === undefined ? 1440 : clockMinutes(calendar.to);
        if (open === undefined || close === undefined) return `the calendar ${calendar.name} has hours that are not clock times`;
        const holidays = new Set<number>();
        for (const text of calendar.holidays) {
            const day = parseIsoDate(text);
            if (day === undefined) return `the calendar ${calendar.name} lists the holiday '${text}', which is not a date`;
            holidays.add(day);
        }
        return new BusinessClock({ zone, weekdays: weekdays(calendar), open, close: close === 0 ? 1440 : close, holidays });
    }
}

/** `08:30` -> 510; `23:59` and `24:00` -> 1440 (midnight at the end of the day). */
function clockMinutes(text: string): number | undefined {
    const match = /^(\d{1,2}):(\d{2})$/.exec(text);
    if (!match) return undefined;
    const minutes = Number(match[1]) * 60 + Number(match[2]);
    if (minutes === 1439 || minutes === 1440) return 1440;
    return minutes < 1440 && Number(match[2]) < 60 ? minutes : undefined;
}

function weekdays(calendar: Calendar): Set<IsoWeekday> {
    const range = calendar.days;
    if (!range) return new Set([1, 2, 3, 4, 5, 6, 7]);
    const number = (day: Weekday) => (WEEKDAY_NAMES.indexOf(day) + 1) as IsoWeekday;
    const days = new Set<IsoWeekday>([number(range.first), ...range.others.map(number)]);
    if (range.last) {
        for (let day = number(range.first); day !== number(range.last); day = (day % 7 + 1) as IsoWeekday) days.add(day);
        days.add(number(range.last));
    }
    return days;
}
