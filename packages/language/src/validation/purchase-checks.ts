/**
 * What the customer buys and what a percentage credit is a percentage of. A purchase must name a customer, and give
 * exactly one whole, non-negative count for each counted unit its package charges per, and none for anything else:
 * otherwise the bill in the price schedule, and every credit taken of it, is wrong. The figures come from the
 * pricing module (pricing/bills.ts), the same one the renderer and the evaluation use.
 */
import type { ValidationAcceptor } from 'langium';
import type { Credits, Package, Purchase, PurchasedQuantity } from '../generated/ast.js';
import { isCredits } from '../generated/ast.js';
import { formatList, formatMoney } from '../generator/format.js';
import { billOf, chargedUnits, countUnit, purchasesOf } from '../pricing/bills.js';
import { agreementOf } from '../sla-model.js';
import { basisCandidates, creditBasis, isPercentageSchedule } from '../pricing/credit-basis.js';
import { unitInfo } from '../units.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';

export function checkPurchase(purchase: Purchase, accept: ValidationAcceptor): void {
    const customer = purchase.customer?.ref;
    if (customer && customer.role !== 'customer') {
        report(accept, 'error', IssueCodes.PurchaseNotCustomer,
            `${customer.name} is ${customer.role ? `a ${customer.role}` : 'a party without a role'}, not a customer: only a customer takes a package. Name the customer who pays for it.`,
            { node: purchase, property: 'customer' });
    }
    const pkg = purchase.package?.ref;
    if (!pkg) return;
    checkQuantities(purchase, pkg, accept);
    const bill = billOf(pkg, purchase);
    if (bill.monthly.length > 1) {
        report(accept, 'warning', IssueCodes.PurchaseMixedCurrencies,
            `${pkg.name} is charged in ${bill.monthly.map(m => m.currency).join(' and ')}, so this purchase has no single monthly total (${bill.monthly.map(m => formatMoney(m.amount, m.currency)).join(' + ')}) and percentage credits on it cannot be computed. Price the package and its charges in one currency.`,
            { node: purchase, property: 'package' });
    }
}

/** One whole count per unit the package charges per, and none for anything else. */
function checkQuantities(purchase: Purchase, pkg: Package, accept: ValidationAcceptor): void {
    const charged = chargedUnits(pkg);
    const counted = new Set(purchase.quantities.map(q => countUnit(q.unit)));
    const open = charged.filter(unit => !counted.has(unit));
    const seen = new Set<string>();
    purchase.quantities.forEach((quantity, index) => {
        const where = { node: purchase, property: 'quantities' as const, index };
        const unit = countUnit(quantity.unit);
        if (unit === undefined) {
            const suggested = open.length ? open : charged;
            report(accept, 'error', IssueCodes.QuantityWithoutUnit,
                `${quantity.count} of what? Say which unit this count is of${suggested.length ? `, e.g. '${quantity.count} ${suggested[0]}'` : ''}.`,
                where, { units: suggested });
            return;
        }
        if (!charged.includes(unit)) {
            report(accept, 'error', IssueCodes.QuantityNotCharged, notChargedMessage(pkg, quantity.unit!, charged, open),
                { node: quantity, property: 'unit' }, { units: open });
        } else if (seen.has(unit)) {
            report(accept, 'error', IssueCodes.DuplicateQuantity,
                `The number of ${unit} is given twice; only one can be billed. Remove one of them.`, where);
        }
        seen.add(unit);
        checkWholeCount(quantity, accept, where);
    });
    // A count without its unit is reported above, with the unit as its fix; it is not also a missing quantity.
    if (open.length && !counted.has(undefined)) {
        const customer = purchase.customer?.ref?.name ?? 'the customer';
        report(accept, 'error', IssueCodes.QuantityMissing,
            `${pkg.name} is priced by the number of ${formatList(open)}, but this purchase does not say how many ${formatList(open)} ${customer} is billed for, so its monthly total is not known. Add 'with <number> ${open[0]}'.`,
            { node: purchase, property: 'package' }, { units: open });
    }
}

function notChargedMessage(pkg: Package, unit: string, charged: readonly string[], open: readonly string[]): string {
    const priced = charged.length
        ? `${pkg.name} is priced by the number of ${formatList(charged)}, not of ${unit}`
        : `${pkg.name} has no charge per unit`;
    const next = open.length ? `Did you mean ${open.map(u => `'${u}'`).join(' or ')}?` : `Remove it, or add a charge for ${unit} to the package.`;
    return `${priced}: a quantity of ${unit} changes nothing on the bill. ${next}`;
}

function checkWholeCount(quantity: PurchasedQuantity, accept: ValidationAcceptor, where: { node: Purchase, property: 'quantities', index: number }): void {
    if (quantity.count === undefined || unitInfo(quantity.unit)?.dimension !== 'count') return;
    if (quantity.count < 0 || !Number.isInteger(quantity.count)) {
        report(accept, 'error', IssueCodes.QuantityNotWhole,
            `${quantity.count} ${quantity.unit}: ${quantity.unit} are counted, so the number billed is a whole number of 0 or more.`,
            where);
    }
}

/**
 * A percentage credit is a percentage of what the customer pays for one package. Without `of`, that is the one
 * package bought (or, without purchases, the one package declared); with several it is ambiguous, with none missing.
 */
export function checkCreditBasis(credits: Credits, accept: ValidationAcceptor): void {
    if (!isPercentageSchedule(credits)) return;
    const basis = creditBasis(credits);
    const level = credits.level?.$refText ?? 'this level';
    if (basis.kind === 'ambiguous') {
        const names = basis.candidates.map(p => p.name);
        report(accept, 'error', IssueCodes.CreditBasisAmbiguous,
            `These credits are percentages, but of which package? The agreement has ${formatList(names)}, and each costs the customer a different amount. Write 'credits for ${level} of ${names[0]}' (one schedule per package if they differ).`,
            { node: credits, property: 'level' }, { packages: names });
    } else if (basis.kind === 'package') {
        checkBasisBilled(credits, basis.pkg, accept);
    } else {
        report(accept, 'info', IssueCodes.CreditBasisMissing,
            `These credits are percentages, but the agreement states no package price to take them of, so nobody can say what a credit is worth. Add a 'packages' section with the price, and 'of <package>' here.`,
            { node: credits, property: 'level' });
    }
}

/** The basis package must be something the customer pays for, at a price the agreement can state. */
function checkBasisBilled(credits: Credits, pkg: Package, accept: ValidationAcceptor): void {
    const agreement = agreementOf(credits);
    if (!agreement) return;
    const purchases = purchasesOf(agreement);
    const where = { node: credits, property: credits.basis ? 'basis' as const : 'level' as const };
    if (purchases.length === 0) {
        const units = chargedUnits(pkg);
        if (units.length) {
            report(accept, 'warning', IssueCodes.CreditBasisMissing,
                `${pkg.name} is priced by the number of ${formatList(units)}, but the agreement does not say how many ${formatList(units)} the customer takes, so a percentage of it is not an amount. Add 'purchases { <customer> takes ${pkg.name} with <number> ${units[0]} }'.`,
                where);
        }
        return;
    }
    // With purchases, the candidates are the packages bought.
    const bought = basisCandidates(agreement);
    if (bought.includes(pkg)) return;
    const siblings = (credits.$container?.remedies ?? []).filter(isCredits)
        .filter(other => other !== credits && other.level?.ref === credits.level?.ref);
    if (siblings.some(other => other.basis?.ref && bought.includes(other.basis.ref))) return;
    report(accept, 'warning', IssueCodes.CreditBasisMissing,
        `No customer takes ${pkg.name} in this agreement, so a percentage of it is nothing and a miss of ${credits.level?.$refText ?? 'this level'} earns no credit. ${bought.length ? `Take it of what the customer buys: ${formatList(bought.map(p => `'of ${p.name}'`))}.` : ''}`.trim(),
        where, { packages: bought.map(p => p.name) });
}
