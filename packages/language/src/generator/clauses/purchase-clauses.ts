/**
 * The price schedule: per purchase, the package the customer takes and from when, one line per charge with its
 * quantity, the monthly and yearly total, and the work billed on top. The figures come from the pricing module
 * (pricing/bills.ts), the same one the evaluation takes credit bases from.
 */
import type { Charge, Purchase, PurchasesSection } from '../../generated/ast.js';
import { type Bill, type LineItem, type Money, billOf, overMonths } from '../../pricing/bills.js';
import { type ClauseBuilder, type ClauseContext, type ClauseDraft, anchors, lineOf, refName, titleOf } from '../clause-context.js';
import type { Block, Text } from '../document-model.js';
import { link, muted, strong } from '../document-model.js';

export const purchasesClause: ClauseBuilder<PurchasesSection> = (sections, context) => {
    const purchases = sections.flatMap(section => section.purchases);
    if (purchases.length === 0) return undefined;
    return { blocks: [], subclauses: purchases.map((purchase, index) => purchaseClause(purchase, index + 1, context)) };
};

/** The `number`th purchase: the number keeps anchors unique when a customer takes a package twice. */
function purchaseClause(purchase: Purchase, number: number, context: ClauseContext): ClauseDraft {
    const words = context.words.purchases;
    const pkg = purchase.package?.ref;
    const customer = refName(purchase.customer);
    const title = `${customer}: ${pkg ? titleOf(pkg) : purchase.package?.$refText ?? words.unknownPackage}`;
    const draft = { title, anchor: `purchase-${number}-${customer}-${refName(purchase.package)}`, line: lineOf(purchase), subclauses: [] };
    const [beforeCustomer, beforePackage, after] = words.takes(purchase.start ? context.format.date(purchase.start) : undefined);
    const opening: Text = [
        beforeCustomer, { text: customer }, beforePackage,
        pkg ? link(titleOf(pkg), anchors.package(pkg.name)) : refName(purchase.package), after
    ];
    if (!pkg) return { ...draft, blocks: [{ kind: 'paragraph', text: opening }] };
    const bill = billOf(pkg, purchase);
    return { ...draft, blocks: [{ kind: 'paragraph', text: opening }, scheduleTable(bill, context), ...notes(bill, context)] };
}

function scheduleTable(bill: Bill, context: ClauseContext): Block {
    const words = context.words.purchases;
    const rows = bill.items.map(item => ({
        line: lineOf(item.source),
        cells: [[itemLabel(item, context)], quantityText(item, context), [context.format.rate(item.rate)], amountText(item, context)]
    }));
    const total = (label: string, money: readonly Money[]) => ({ cells: [[strong(label)], [], [], [strong(moneyText(money, context))]] });
    return {
        kind: 'table', columns: words.columns, widths: [36, 16, 30, 18], line: lineOf(bill.purchase),
        rows: [...rows, total(words.monthlyTotal, bill.monthly), total(words.yearlyTotal, overMonths(bill.monthly, 12))]
    };
}

function notes(bill: Bill, context: ClauseContext): Block[] {
    const words = context.words.purchases;
    const blocks: Block[] = [];
    if (bill.unknown.length) blocks.push({ kind: 'note', text: [words.incomplete] });
    if (bill.extras.length) {
        blocks.push({ kind: 'paragraph', text: [words.extras] });
        blocks.push({ kind: 'list', numbering: 'bullets', items: bill.extras.map(extra => extraItem(extra, context)) });
    }
    return blocks;
}

function extraItem(extra: Charge, context: ClauseContext) {
    return { line: lineOf(extra), text: [context.format.rate(extra.rate), ...(extra.description ? [`: ${extra.description}`] : [])] };
}

function itemLabel(item: LineItem, context: ClauseContext): string {
    if (item.source.$type === 'Package') return context.words.purchases.basePrice;
    return (item.source as Charge).description ?? context.words.purchases.perUnit;
}

/** "25 workstations × 2 sites": each unit with the count the purchase states, in the agreement's language. */
function quantityText(item: LineItem, context: ClauseContext): Text {
    if (item.units.length === 0) return [context.format.number(1)];
    return [item.units.map((unit, i) => {
        const quantity = item.quantities[i];
        return quantity
            ? context.format.quantity({ value: quantity.count, unit: quantity.unit ?? unit })
            : context.words.purchases.unknownQuantity(context.format.unitWord(unit, false));
    }).join(' × ')];
}

/** The amount cell's words for a line not billed monthly. */
const BILLING_WORDS = { 'as-used': 'asUsed', once: 'once', unknown: 'unknown' } as const satisfies Record<Exclude<LineItem['billing'], 'monthly'>, string>;

function amountText(item: LineItem, context: ClauseContext): Text {
    if (item.billing === 'monthly') return [context.format.money(item.monthly?.amount, item.monthly?.currency ?? '')];
    const once = item.once ? [`${context.format.money(item.once.amount, item.once.currency)} `] : [];
    return [...once, muted(context.words.purchases.billing[BILLING_WORDS[item.billing]])];
}

/** "USD 929.00", or "USD 929.00 + EUR 40.00" for a bill in two currencies (the validator warns about it). */
function moneyText(money: readonly Money[], context: ClauseContext): string {
    return money.length ? money.map(m => context.format.money(m.amount, m.currency)).join(' + ') : '—';
}
