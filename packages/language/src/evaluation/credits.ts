/**
 * Service credits. For a missed level: the first tier whose bounds the measured figure satisfies, exactly as
 * written (`when < 99.9 % and >= 99.0 %`), and its amount, a percentage of the charge of the package named after
 * `of` for the window, or a fixed amount. Then, per obliged party and unit, per month: the monthly, quarterly and
 * yearly caps in that order (a yearly cap limits the months of a year in turn), and finally the minimum, below
 * which nothing is paid.
 */
import type { Cap, Credits, CreditTier, MinimumCredit, Package, Service } from '../generated/ast.js';
import { band } from '../credit-tiers.js';
import { creditBasis } from '../pricing/credit-basis.js';
import { agreementOf } from '../sla-model.js';
import { DEFAULT_FORMAT, formatMoney, formatQuantity } from '../generator/format.js';
import { unitInfo } from '../units.js';
import { chargeFor, partsText, type BasisPart } from './charges.js';
import { satisfies } from './compare.js';
import type { LevelPlan } from './plan/level-plan.js';
import type { CreditInfo, CreditPeriod, PartyCredits } from './report.js';
import { calendarPeriod, type DayRange } from './windows.js';
import { round } from './figures.js';

/** The credit of one missed level in one window, with what the totals need to know about it. */
export interface CreditLine {
    readonly party: string;
    readonly unit: string;
    readonly amount: number;
    /** The last day of the window: the credit falls in that day's month. */
    readonly day: number;
    readonly basis?: Package;
}

/**
 * The credit of a missed level in one window: the tier the figure falls in, or, for credits per late ticket, the
 * tiers the late tickets fell in with how many fell in each (their amounts add up).
 */
export function levelCredit(plan: LevelPlan, credits: Credits, figure: number, window: DayRange,
    late?: ReadonlyMap<CreditTier, number>): { info: CreditInfo, line?: Omit<CreditLine, 'party'> } | string {
    const chosen: Array<[CreditTier, number]> = late ? [...late].filter(([tier]) => tier.amount)
        : credits.tiers.filter(t => t.amount && tierCovers(plan, t, figure)).slice(0, 1).map(t => [t, 1]);
    if (chosen.length === 0) return late ? 'no credit tier covers the late items' : 'no credit tier covers the measured figure';
    const unit = chosen[0][0].amount.unit;
    if (chosen.some(([tier]) => tier.amount.unit !== unit)) return 'the tiers of the late items are in different units, which do not add up';
    const total = chosen.reduce((sum, [tier, count]) => sum + tier.amount.value * count, 0);
    const rate = late ? chosen.map(([tier, count]) => `${count} × ${formatQuantity(tier.amount)}`).join(' + ') : formatQuantity(chosen[0][0].amount);
    const base = { tier: late ? chosen.map(([tier, count]) => `${count} late: ${band(tier, DEFAULT_FORMAT)}`).join('; ') : band(chosen[0][0], DEFAULT_FORMAT), rate };
    const dimension = unitInfo(unit)?.dimension;
    if (dimension === 'money') {
        const amount = round(total, 2);
        return { info: { ...base, amount: { amount, currency: unit }, text: formatMoney(amount, unit) }, line: { unit, amount, day: window.last } };
    }
    if (dimension !== 'percent') return `the credit ${rate} is neither a percentage nor an amount of money`;
    const basis = creditBasis(credits);
    const agreement = agreementOf(credits);
    const charge = basis.kind !== 'package' ? BASIS_PROBLEMS[basis.kind]
        : agreement ? chargeFor(agreement, basis.pkg, plan.window, window) : 'the agreement is not known';
    if (typeof charge === 'string') {
        return { info: { ...base, percent: total, text: `${rate} (${charge})` }, line: { unit: '%', amount: total, day: window.last } };
    }
    const pkg = (basis as { pkg: Package }).pkg;
    const amount = round(charge.amount * total / 100, 2);
    const basisText = `${formatMoney(charge.amount, charge.currency)}, what ${charge.payers} ${charge.payers === 'the customer' || !charge.payers.includes(' and ') ? 'pays' : 'pay'} for ${pkg.title ?? pkg.name} in ${window.label}${charge.parts.length > 1 ? ` (${partsText(charge.parts)})` : ''}`;
    return {
        info: { ...base, amount: { amount, currency: charge.currency }, basis: basisText, basisParts: charge.parts.map(roundPart), text: `${formatMoney(amount, charge.currency)}: ${rate} of ${basisText}` },
        line: { unit: charge.currency, amount, day: window.last, basis: pkg }
    };
}

const BASIS_PROBLEMS = {
    ambiguous: 'the credits do not say which of the packages they are a percentage of',
    none: 'the agreement has no package to take the percentage of'
} as const;

function roundPart(part: BasisPart): BasisPart {
    return { ...part, amount: { ...part.amount, amount: round(part.amount.amount, 2) } };
}

/** Whether a value (a figure, or one late item's measured value) falls in a tier, its bounds exactly as written. */
export function tierCovers(plan: LevelPlan, tier: CreditTier, value: number, service?: Service): boolean {
    return [tier.first, tier.second].every(bound => {
        if (!bound) return true;
        const scaled = bound.value ? plan.scale(bound.value, service) : undefined;
        return scaled !== undefined && satisfies(value, bound.comparator, scaled);
    });
}

const CAP_ORDER: Record<string, number> = { month: 1, quarter: 2, year: 3 };

/** Totals per party and unit, month by month, after caps and the minimum. */
export function partyCredits(lines: readonly CreditLine[], caps: readonly Cap[], minimum: MinimumCredit | undefined, notes: string[]): PartyCredits[] {
    const totals: PartyCredits[] = [];
    for (const cap of caps.filter(c => !CAP_ORDER[c.period])) {
        notes.push(`The cap ${formatQuantity(cap.amount)} per ${cap.period} is not applied: credits are totalled per month.`);
    }
    const ordered = caps.filter(c => CAP_ORDER[c.period]).sort((a, b) => CAP_ORDER[a.period] - CAP_ORDER[b.period]);
    for (const [key, own] of groupBy(lines, line => `${line.party}\u0000${line.unit}`)) {
        const [party, unit] = key.split('\u0000');
        const months = [...groupBy(own, line => calendarPeriod('month', line.day).label)].sort(([a], [b]) => a.localeCompare(b)).map(([label, monthLines]) => ({
            label, day: monthLines[0].day, lines: monthLines,
            computed: round(monthLines.reduce((sum, line) => sum + line.amount, 0), 2),
            payable: 0, adjustments: [] as Array<{ rule: string, before: number, after: number }>
        }));
        for (const month of months) month.payable = month.computed;
        for (const cap of ordered) {
            for (const [, bucket] of groupBy(months, month => calendarPeriod(cap.period, month.day).label)) {
                const limit = capLimit(cap, unit, bucket.flatMap(month => month.lines), bucket[0].day);
                if (typeof limit === 'string') {
                    notes.push(`The cap ${formatQuantity(cap.amount)} per ${cap.period} is not applied to ${party}'s credits in ${unit}: ${limit}.`);
                    continue;
                }
                let running = 0;
                for (const month of bucket) {
                    const allowed = round(Math.max(0, limit - running), 2);
                    if (month.payable > allowed) {
                        month.adjustments.push({ rule: `cap ${formatQuantity(cap.amount)} per ${cap.period} (${amountText(limit, unit)})`, before: month.payable, after: allowed });
                        month.payable = allowed;
                    }
                    running += month.payable;
                }
            }
        }
        if (minimum?.amount) {
            const minimumUnit = unitInfo(minimum.amount.unit)?.dimension === 'percent' ? '%' : minimum.amount.unit;
            if (minimumUnit !== unit) {
                notes.push(`The minimum ${formatQuantity(minimum.amount)} is not applied to ${party}'s credits in ${unit}.`);
            } else {
                for (const month of months.filter(m => m.payable > 0 && m.payable < minimum.amount.value)) {
                    month.adjustments.push({ rule: `minimum ${formatQuantity(minimum.amount)}: smaller credits are not paid`, before: month.payable, after: 0 });
                    month.payable = 0;
                }
            }
        }
        const periods: CreditPeriod[] = months.map(({ label, computed, adjustments, payable }) => ({ period: label, computed, adjustments, payable }));
        const computed = round(periods.reduce((sum, p) => sum + p.computed, 0), 2);
        const payable = round(periods.reduce((sum, p) => sum + p.payable, 0), 2);
        totals.push({ party, unit, periods, computed, payable, text: amountText(payable, unit) });
    }
    return totals;
}

/** The most a cap allows over one cap period, in the credits' unit, or why the cap cannot be applied. */
function capLimit(cap: Cap, unit: string, lines: readonly CreditLine[], day: number): number | string {
    const capUnit = cap.amount?.unit;
    if (unitInfo(capUnit)?.dimension !== 'percent') {
        return capUnit === unit ? cap.amount.value : `the cap is in ${capUnit}`;
    }
    if (unit === '%') return cap.amount.value;
    const period = calendarPeriod(cap.period, day);
    let charges = 0;
    for (const basis of new Set(lines.map(line => line.basis).filter(b => b !== undefined))) {
        const agreement = agreementOf(cap);
        const charge = agreement ? chargeFor(agreement, basis, { period: cap.period }, period) : 'the agreement is not known';
        if (typeof charge === 'string') return charge;
        if (charge.currency !== unit) return `${basis.name} is priced in ${charge.currency}`;
        charges += charge.amount;
    }
    if (charges === 0) return `no package price to take ${formatQuantity(cap.amount)} of`;
    return round(charges * cap.amount.value / 100, 2);
}

function amountText(amount: number, unit: string): string {
    return unit === '%' ? `${amount} % of the affected charges` : formatMoney(amount, unit);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
    const groups = new Map<string, T[]>();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
    }
    return groups;
}
