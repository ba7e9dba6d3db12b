/**
 * What the customer pays: the one place that turns packages, per-unit charges and the quantities a purchase states
 * into line items and totals. The validator, the rendered price schedule, the hover on a package and the
 * evaluation's credit basis all read these figures, so the agreement has one bill, not four.
 *
 * A line is recurring when its rate is per month, quarter or year (converted to a month through `monthsPer`); it is
 * per unit when its rate is also per a counted thing (`per workstation`), and then needs the purchase's quantity of
 * that thing. Rates per hour, day or week are billed as used, rates with no period once; neither is in the monthly
 * total. `extra` charges are work billed on top and never in the total.
 */
import type { Agreement, Charge, Package, Purchase, PurchasedQuantity, Rate } from '../generated/ast.js';
import { isPurchasesSection } from '../generated/ast.js';
import { monthsPer } from '../periods.js';
import { unitInfo } from '../units.js';

export interface Money {
    readonly amount: number;
    readonly currency: string;
}

/** One line of a purchase's price schedule: the package's price or one of its per-unit charges. */
export interface LineItem {
    /** The package (for its `price`) or the charge the line comes from. */
    readonly source: Package | Charge;
    readonly rate: Rate;
    /** The counted things the rate is per (`workstations`), canonical, in the order written. */
    readonly units: readonly string[];
    /** The quantities the purchase states for those units; absent for a unit it gives no quantity for. */
    readonly quantities: ReadonlyArray<PurchasedQuantity | undefined>;
    /** What the line costs per month, when it is recurring and every quantity is known. */
    readonly monthly?: Money;
    /** For a rate with no period (a set-up fee): what is billed once, when every quantity is known. */
    readonly once?: Money;
    /** How the line is billed: in the monthly total, as used (per hour, day or week), once, or not known (a quantity is missing). */
    readonly billing: 'monthly' | 'as-used' | 'once' | 'unknown';
}

/** A package as one customer buys it (or, in an agreement without purchases, the package on its own). */
export interface Bill {
    readonly pkg: Package;
    readonly purchase?: Purchase;
    readonly items: readonly LineItem[];
    /** Work billed on top of the package (`extra` charges). */
    readonly extras: readonly Charge[];
    /** The monthly total per currency, in the order the currencies first appear; unrounded (round when shown). */
    readonly monthly: readonly Money[];
    /** The lines whose monthly amount is not known although they recur: a missing quantity or amount. */
    readonly unknown: readonly LineItem[];
}

/** The purchases the agreement states, in the order written. */
export function purchasesOf(agreement: Agreement): Purchase[] {
    return agreement.sections.filter(isPurchasesSection).flatMap(section => section.purchases);
}

/** The canonical spelling of a counted unit (`workstation` and `workstations` are one unit). */
export function countUnit(unit: string | undefined): string | undefined {
    return unit === undefined ? undefined : unitInfo(unit)?.canonical ?? unit;
}

/** The counted things a rate is per, canonical: `per workstation per month` -> [workstations]. */
function perUnits(rate: Rate | undefined): string[] {
    return (rate?.per ?? []).filter(unit => unitInfo(unit)?.dimension === 'count').map(unit => countUnit(unit)!);
}

/** The lines a package bills: its price and its `charge` lines, not the work billed `extra`. */
export function billedLines(pkg: Package): Array<{ source: Package | Charge, rate: Rate }> {
    return [
        ...(pkg.price ? [{ source: pkg as Package | Charge, rate: pkg.price }] : []),
        ...pkg.charges.filter(charge => charge.kind === 'charge' && charge.rate).map(charge => ({ source: charge as Package | Charge, rate: charge.rate }))
    ];
}

/** Every counted unit a package charges per, canonical, once each. */
export function chargedUnits(pkg: Package): string[] {
    return [...new Set(billedLines(pkg).flatMap(({ rate }) => perUnits(rate)))];
}

/** The bill for one purchase, or for a package nobody is stated to buy (no quantities). */
export function billOf(pkg: Package, purchase?: Purchase): Bill {
    const items = billedLines(pkg).map(({ source, rate }) => lineItem(source, rate, purchase));
    const totals = new Map<string, number>();
    for (const { monthly } of items) {
        if (monthly) totals.set(monthly.currency, (totals.get(monthly.currency) ?? 0) + monthly.amount);
    }
    return {
        pkg, purchase, items,
        monthly: [...totals].map(([currency, amount]) => ({ amount, currency })),
        extras: pkg.charges.filter(charge => charge.kind === 'extra'),
        unknown: items.filter(item => item.billing === 'unknown')
    };
}

/** The bills of the agreement's purchases of a package; none when the agreement states purchases but not of it. */
export function billsFor(agreement: Agreement, pkg: Package): Bill[] {
    const purchases = purchasesOf(agreement);
    if (purchases.length === 0) return [billOf(pkg)];
    return purchases.filter(purchase => purchase.package?.ref === pkg).map(purchase => billOf(pkg, purchase));
}

function lineItem(source: Package | Charge, rate: Rate, purchase: Purchase | undefined): LineItem {
    const units = perUnits(rate);
    const quantities = units.map(unit => purchase?.quantities.find(q => countUnit(q.unit) === unit));
    const periods = rate.per.filter(unit => unitInfo(unit)?.dimension === 'duration');
    const amount = rate.amount;
    const base = { source, rate, units, quantities };
    const priced = amount && unitInfo(amount.unit)?.dimension === 'money' && quantities.every(q => q?.count !== undefined);
    const total = priced ? { amount: amount.value * quantities.reduce((product, q) => product * q!.count, 1), currency: amount.unit } : undefined;
    if (periods.length === 0) return { ...base, billing: 'once', once: total };
    const months = periods.length === 1 ? monthsPer(periods[0]) : undefined;
    if (months === undefined) return { ...base, billing: 'as-used' };
    if (!total) return { ...base, billing: 'unknown' };
    return { ...base, billing: 'monthly', monthly: { amount: total.amount / months, currency: total.currency } };
}

/** A monthly amount over a number of months (a quarter is 3), per currency. */
export function overMonths(monthly: readonly Money[], months: number): Money[] {
    return monthly.map(money => ({ amount: roundCents(money.amount * months), currency: money.currency }));
}

function roundCents(value: number): number {
    return Math.round(value * 100) / 100;
}
