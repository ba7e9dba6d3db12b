/**
 * The units to offer where a unit is written: completion lists them, and the quick fix for a number written
 * without its unit adds the one the place calls for. Which dimension a place takes comes from quantity-places.ts,
 * which the unit checks read too.
 */
import { AstUtils, type AstNode } from 'langium';
import { type Purchase, type Quantity, isPurchase, isPurchasedQuantity, isQuantity, isRate } from '../generated/ast.js';
import { chargedUnits, countUnit } from '../pricing/bills.js';
import { unitsForPlace } from '../quantity-places.js';
import { agreementOf } from '../sla-model.js';
import { COUNT_UNITS, CURRENCIES, type UnitDimension } from '../units.js';

/** The units a quantity may take; `business` when business time makes sense. */
export interface ExpectedUnits {
    readonly dimensions: readonly UnitDimension[];
    readonly business: boolean;
    /** Singular words, as in `per month`, `per workstation`. */
    readonly singular?: boolean;
    /** The one unit the place calls for, such as a threshold's metric unit: `business hours`. */
    readonly exact?: string;
    /** The only units that make sense, when the place knows them: a purchase counts what its package charges per. */
    readonly only?: readonly string[];
}

const ANY_UNIT: ExpectedUnits = { dimensions: ['percent', 'duration', 'count', 'money'], business: true };
/** `per month`, `per workstation`. */
const PER_UNIT: ExpectedUnits = { dimensions: ['duration', 'count'], business: false, singular: true };

const DURATION_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months', 'quarters', 'years', 'seconds', 'ms'];
const PERIOD_UNITS = ['month', 'year', 'quarter', 'week', 'day', 'hour'];

/**
 * The units that fit at a node. After a number the parser has made a quantity, whose place tells what it
 * measures (quantity-places.ts); without a number, the unit is a metric's own (`unit |`) or a rate's `per` unit.
 */
export function expectedUnits(node: AstNode | undefined): ExpectedUnits {
    if (isPurchasedQuantity(node) || isPurchase(node)) return purchaseUnits(isPurchase(node) ? node : node.$container);
    if (!isQuantity(node)) return isRate(node) ? PER_UNIT : ANY_UNIT;
    const place = unitsForPlace(node);
    if (!place) return ANY_UNIT;
    return { dimensions: place.dimensions, business: place.dimensions.includes('duration'), exact: place.exact };
}

/** A purchase counts the units its package charges per, those not counted yet first. */
function purchaseUnits(purchase: Purchase): ExpectedUnits {
    const pkg = purchase.package?.ref;
    const charged = pkg ? chargedUnits(pkg) : [];
    const counted = new Set(purchase.quantities.map(q => countUnit(q.unit)));
    return { dimensions: ['count'], business: false, only: [...charged.filter(u => !counted.has(u)), ...charged.filter(u => counted.has(u))] };
}

/** Units of a dimension, most used first: canonical durations, counts, currencies with the agreement's own first. */
export function unitsFor(dimension: UnitDimension, node: AstNode | undefined, singular = false): string[] {
    switch (dimension) {
        case 'percent': return ['%'];
        case 'duration': return singular ? PERIOD_UNITS : DURATION_UNITS;
        case 'count': return COUNT_UNITS.filter(unit => unit.endsWith('s') !== singular);
        case 'money': return [...new Set([...agreementCurrencies(node), ...CURRENCIES])];
    }
}

/** The currencies the agreement's amounts are in, in order of first use. */
export function agreementCurrencies(node: AstNode | undefined): string[] {
    const agreement = node && agreementOf(node);
    return agreement ? [...new Set(AstUtils.streamAst(agreement).filter(isQuantity).map(q => q.unit).filter(u => CURRENCIES.includes(u)))] : [];
}

/**
 * The units to offer for a number written without one: the unit its place calls for, else the usual time units or
 * the agreement's currencies; none when the place could take anything.
 */
export function suggestedUnits(quantity: Quantity): string[] {
    const expected = expectedUnits(quantity);
    if (expected.exact) return [expected.exact];
    if (expected === ANY_UNIT) return [];
    return expected.dimensions.flatMap(dimension => dimension === 'money' ? agreementCurrencies(quantity)
        : dimension === 'duration' ? ['days', 'hours', 'minutes'] : unitsFor(dimension, quantity).slice(0, 1));
}
