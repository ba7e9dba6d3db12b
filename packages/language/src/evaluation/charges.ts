/**
 * What a package costs over a window or a cap period, from its `price`: `2400 USD per month` is 2,400 for a
 * calendar month and 7,200 for a quarter. Between months and shorter periods the price is prorated by days
 * (a week of a 31-day month is 7/31 of the monthly price). A price per unit (`118 EUR per user per month`) cannot
 * be turned into money: the data does not say how many units were billed.
 */
import type { Period, Rate } from '../generated/ast.js';
import { unitInfo } from '../units.js';
import { calendarPeriod, type DayRange, type WindowRule } from './windows.js';
import type { Money } from './report.js';

const MONTHS: Partial<Record<string, number>> = { months: 1, quarters: 3, years: 12 };
const PERIOD_OF: Record<string, Period> = { days: 'day', weeks: 'week', months: 'month', quarters: 'quarter', years: 'year' };
const MONTHS_IN: Partial<Record<Period, number>> = { month: 1, quarter: 3, year: 12 };

/** The price of a package over a window, or why it cannot be computed. */
export function chargeFor(price: Rate | undefined, rule: WindowRule, window: DayRange): Money | string {
    const amount = price?.amount;
    if (!price || !amount || unitInfo(amount.unit)?.dimension !== 'money') return 'the package has no price in money';
    const per = price.per.map(unit => unitInfo(unit)?.canonical ?? unit);
    if (per.length !== 1 || !PERIOD_OF[per[0]]) {
        return `the price is ${per.length ? `per ${per.join(' per ')}` : 'not per period'}, so the charge for the window is not known`;
    }
    const priceMonths = MONTHS[per[0]];
    const windowMonths = 'period' in rule ? MONTHS_IN[rule.period] : undefined;
    if (priceMonths !== undefined && windowMonths !== undefined) {
        return { amount: amount.value * windowMonths / priceMonths, currency: amount.unit };
    }
    const pricePeriod = calendarPeriod(PERIOD_OF[per[0]], window.last);
    const days = (range: DayRange) => range.last - range.first + 1;
    return { amount: amount.value * days(window) / days(pricePeriod), currency: amount.unit };
}
