/**
 * What the customer pays for a package over a window or a cap period: the monthly bill from the pricing module
 * (base price plus per-unit charges times the purchased quantities) over the window. A calendar month, quarter or
 * year is that many months of the bill; a week or a rolling window is prorated by days within its month. A purchase
 * that starts inside the window counts from its first day only.
 */
import type { Agreement, Package } from '../generated/ast.js';
import { formatList, formatMoney, formatQuantity } from '../generator/format.js';
import { type Bill, type LineItem, type Money, billsFor } from '../pricing/bills.js';
import { monthsPer } from '../periods.js';
import { formatIsoDate, parseIsoDate } from './time/civil.js';
import { calendarPeriod, type DayRange, type WindowRule } from './windows.js';

/** One amount that makes up a credit basis: a line of a bill over the window. */
export interface BasisPart {
    readonly amount: Money;
    /** "the package price", "20 workstations × USD 39.00". */
    readonly text: string;
}

/** What a package costs the customer over a window, and the amounts that make it up. */
export interface Charge extends Money {
    readonly parts: readonly BasisPart[];
    /** Who pays it: the customers whose purchases make up the charge, "the customer" when none is stated. */
    readonly payers: string;
}

/** What the customer pays for a package over a window, or why that is not known. */
export function chargeFor(agreement: Agreement, pkg: Package, rule: WindowRule, window: DayRange): Charge | string {
    const name = pkg.title ?? pkg.name;
    const bills = billsFor(agreement, pkg);
    if (bills.length === 0) return `no customer takes ${name} in this agreement`;
    const parts: BasisPart[] = [];
    for (const bill of bills) {
        const problem = unpriced(bill);
        if (problem) return problem;
        const { share, partly } = windowShare(bill, rule, window);
        if (share === 0) continue;
        for (const item of bill.items.filter(i => i.monthly)) {
            parts.push({ amount: { amount: item.monthly!.amount * share, currency: item.monthly!.currency }, text: itemText(item) + (partly ?? '') });
        }
    }
    if (parts.length === 0) return `${name} is not taken yet in ${window.label}`;
    const currency = parts[0].amount.currency;
    if (parts.some(part => part.amount.currency !== currency)) return `the charges for ${name} are in more than one currency`;
    const payers = formatList([...new Set(bills.map(bill => bill.purchase?.customer?.$refText ?? 'the customer'))]);
    return { amount: parts.reduce((sum, part) => sum + part.amount.amount, 0), currency, parts, payers };
}

/** Why a bill has no single monthly amount in money, if it has none. */
function unpriced(bill: Bill): string | undefined {
    const name = bill.pkg.title ?? bill.pkg.name;
    const missing = bill.unknown.flatMap(item => item.units.filter((_, i) => !item.quantities[i]));
    if (missing.length) {
        return bill.purchase
            ? `the purchase of ${name} does not say how many ${formatList(missing)} are billed`
            : `${name} is priced by the number of ${formatList(missing)}, and the agreement does not say how many the customer takes (add a 'purchases' section)`;
    }
    if (bill.unknown.length || bill.monthly.length === 0) return `${name} has no price per month, quarter or year in money`;
    if (bill.monthly.length > 1) return `the charges for ${name} are in more than one currency`;
    return undefined;
}

/**
 * The bill's months in the window: whole months for calendar periods, else days over the month; from the
 * purchase's start, with `partly` saying so when it starts inside the window.
 */
function windowShare(bill: Bill, rule: WindowRule, window: DayRange): { share: number, partly?: string } {
    const start = bill.purchase?.start ? parseIsoDate(bill.purchase.start) : undefined;
    const first = start === undefined ? window.first : Math.max(window.first, start);
    if (first > window.last) return { share: 0 };
    const months = 'period' in rule ? monthsPer(rule.period) : undefined;
    const days = (range: { first: number, last: number }) => range.last - range.first + 1;
    const whole = months ?? days(window) / days(calendarPeriod('month', window.last));
    const covered = days({ first, last: window.last });
    const partly = first > window.first ? `, from ${formatIsoDate(first)} (${covered} of ${days(window)} days)` : undefined;
    return { share: whole * covered / days(window), partly };
}

/** "the package price", "20 workstations × USD 39.00": what a line of the bill is, in a few words. */
function itemText(item: LineItem): string {
    const counted = item.quantities.filter(q => q !== undefined).map(q => `${q.count} ${q.unit}`);
    return counted.length ? `${counted.join(' × ')} × ${formatQuantity(item.rate.amount)}` : 'the package price';
}

/** "USD 149.00 for the package price + USD 780.00 for 20 workstations × USD 39.00": the basis in words. */
export function partsText(parts: readonly BasisPart[]): string {
    return parts.map(part => `${formatMoney(part.amount.amount, part.amount.currency)} for ${part.text}`).join(' + ');
}
