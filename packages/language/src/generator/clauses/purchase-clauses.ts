/**
 * The price schedule: per purchase, the package the customer takes and from when, one line per charge with its
 * quantity, the monthly and yearly total, and the work billed on top. The figures come from the pricing module
 * (pricing/bills.ts), the same one the evaluation takes credit bases from.
 */
import type { Charge, Purchase, PurchasesSection } from '../../generated/ast.js';
import { type Bill, type LineItem, type Money, billOf, overMonths } from '../../pricing/bills.js';
import { type ClauseBuilder, type ClauseDraft, anchors, lineOf, refName, titleOf } from '../clause-context.js';
import type { Block, Text } from '../document-model.js';
import { link, muted, strong } from '../document-model.js';
import { formatDate, formatMoney, formatNumber, formatRate } from '../format.js';

/** The schedule's wording in one place, until it moves into the locale bundles. */
const WORDS = {
    columns: ['Item', 'Quantity', 'Rate', 'Per month'],
    from: (date: string | undefined) => date ? `From ${formatDate(date)}` : 'From the start of the term',
    takes: ' takes the ',
    basePrice: 'Package price',
    perUnit: 'Per-unit charge',
    monthlyTotal: 'Monthly total',
    yearlyTotal: 'Yearly total',
    billing: { 'as-used': 'billed as used', once: 'billed once', unknown: 'not known: state the quantity' } as Record<LineItem['billing'], string>,
    incomplete: 'The totals leave out the lines marked "not known" until the purchase states their quantities.',
    extras: 'Billed extra, on top of the monthly total:',
    unpackaged: 'unknown package'
};

export const purchasesClause: ClauseBuilder<PurchasesSection> = sections => {
    const purchases = sections.flatMap(section => section.purchases);
    if (purchases.length === 0) return undefined;
    return { blocks: [], subclauses: purchases.map((purchase, index) => purchaseClause(purchase, index + 1)) };
};

/** The `number`th purchase: the number keeps anchors unique when a customer takes a package twice. */
function purchaseClause(purchase: Purchase, number: number): ClauseDraft {
    const pkg = purchase.package?.ref;
    const customer = refName(purchase.customer);
    const title = `${customer}: ${pkg ? titleOf(pkg) : purchase.package?.$refText ?? WORDS.unpackaged}`;
    const draft = { title, anchor: `purchase-${number}-${customer}-${refName(purchase.package)}`, line: lineOf(purchase), subclauses: [] };
    const opening: Text = [
        `${WORDS.from(purchase.start)}, `, { text: customer }, WORDS.takes,
        pkg ? link(titleOf(pkg), anchors.package(pkg.name)) : refName(purchase.package), '.'
    ];
    if (!pkg) return { ...draft, blocks: [{ kind: 'paragraph', text: opening }] };
    const bill = billOf(pkg, purchase);
    return { ...draft, blocks: [{ kind: 'paragraph', text: opening }, scheduleTable(bill), ...notes(bill)] };
}

function scheduleTable(bill: Bill): Block {
    const rows = bill.items.map(item => ({
        line: lineOf(item.source),
        cells: [[itemLabel(item)], quantityText(item), [formatRate(item.rate)], amountText(item)]
    }));
    const total = (label: string, money: readonly Money[]) => ({ cells: [[strong(label)], [], [], [strong(moneyText(money))]] });
    return {
        kind: 'table', columns: WORDS.columns, widths: [36, 16, 30, 18], line: lineOf(bill.purchase),
        rows: [...rows, total(WORDS.monthlyTotal, bill.monthly), total(WORDS.yearlyTotal, overMonths(bill.monthly, 12))]
    };
}

function notes(bill: Bill): Block[] {
    const blocks: Block[] = [];
    if (bill.unknown.length) blocks.push({ kind: 'note', text: [WORDS.incomplete] });
    if (bill.extras.length) {
        blocks.push({ kind: 'paragraph', text: [WORDS.extras] });
        blocks.push({ kind: 'list', numbering: 'bullets', items: bill.extras.map(extraItem) });
    }
    return blocks;
}

function extraItem(extra: Charge) {
    return { line: lineOf(extra), text: [formatRate(extra.rate), ...(extra.description ? [`: ${extra.description}`] : [])] };
}

function itemLabel(item: LineItem): string {
    if (item.source.$type === 'Package') return WORDS.basePrice;
    return (item.source as Charge).description ?? WORDS.perUnit;
}

function quantityText(item: LineItem): Text {
    if (item.units.length === 0) return ['1'];
    return [item.units.map((unit, i) => {
        const quantity = item.quantities[i];
        return quantity ? `${formatNumber(quantity.count)} ${quantity.unit ?? unit}` : `? ${unit}`;
    }).join(' × ')];
}

function amountText(item: LineItem): Text {
    if (item.monthly) return [formatMoney(item.monthly.amount, item.monthly.currency)];
    return [...(item.once ? [`${formatMoney(item.once.amount, item.once.currency)} `] : []), muted(WORDS.billing[item.billing])];
}

/** "USD 929.00", or "USD 929.00 + EUR 40.00" for a bill in two currencies (the validator warns about it). */
function moneyText(money: readonly Money[]): string {
    return money.length ? money.map(m => formatMoney(m.amount, m.currency)).join(' + ') : '—';
}
