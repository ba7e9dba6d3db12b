/**
 * Units: every number carries a unit the language knows, of the dimension its place calls for (a notice is a
 * duration, a price is money, a threshold is in its metric's unit), with a sensible value; money is in one
 * currency unless the header says otherwise; business time is counted in a calendar.
 */
import { type AstNode, type Properties, type ValidationAcceptor } from 'langium';
import {
    isCalendar, isCurrenciesField, isLevel, isPackage, isTarget, type Agreement,
    type CurrenciesField, type Level, type Metric, type MetricUnit, type Quantity, type Rate
} from '../generated/ast.js';
import { agreementOf, allServices, ancestors, declarations, headerField } from '../sla-model.js';
import {
    COUNT_UNITS, CURRENCIES, formatQuantity, looksLikeCurrency, quantityDimension, unitInfo, unitsOf, type UnitDimension
} from '../units.js';
import { closeNames, quotedList } from './close-names.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';
import { placeOf, unitsForPlace } from '../quantity-places.js';
import { nodesOfType } from '../incremental/ast-index.js';

/** What each metric kind is measured in; an average can be of anything. */
const KIND_DIMENSIONS: Readonly<Record<string, readonly UnitDimension[]>> = {
    ratio: ['percent'], duration: ['duration'], count: ['count'], score: ['count', 'percent']
};

const DIMENSION_NAMES: Readonly<Record<UnitDimension, string>> = {
    percent: 'a percentage', duration: 'a duration', money: 'an amount of money', count: 'a count'
};

export function checkQuantity(quantity: Quantity, accept: ValidationAcceptor): void {
    if (quantity.unit === undefined || quantity.value === undefined) return;
    if (!checkKnownUnit(quantity.unit, accept, { node: quantity, property: 'unit' })) return;
    const dimension = quantityDimension(quantity)!;
    if (!checkBusinessIsTime(quantity, quantity.unit, dimension, accept)) return;
    if (!checkDimension(quantity, dimension, accept)) return;
    checkValue(quantity, dimension, accept);
}

/** `business` counts time in a calendar; on money or counts it means nothing. True when it is fine. */
function checkBusinessIsTime(node: Quantity | MetricUnit, unit: string, dimension: UnitDimension,
    accept: ValidationAcceptor): boolean {
    if (!node.business || dimension === 'duration') return true;
    report(accept, 'error', IssueCodes.UnitMismatch,
        `'business' only applies to time; ${unit} is ${DIMENSION_NAMES[dimension]}. Remove 'business'.`,
        { node, keyword: 'business' });
    return false;
}

/** Reports an unknown unit with the known ones close to it; true when the unit is known. */
function checkKnownUnit<N extends AstNode>(unit: string, accept: ValidationAcceptor,
    where: { node: N, property: Properties<N>, index?: number }): boolean {
    if (unitInfo(unit)) return true;
    const currency = looksLikeCurrency(unit);
    // Suggest each unit once, in its canonical spelling: 'minutes', not 'minute' and 'minutes'.
    const spellings = currency ? CURRENCIES : [...unitsOf('duration'), ...unitsOf('percent'), ...COUNT_UNITS, ...CURRENCIES];
    const close = [...new Set(closeNames(unit, spellings, 10).map(s => unitInfo(s)!.canonical))].slice(0, 3);
    const hint = close.length ? ` Did you mean ${quotedList(close)}?` : currency
        ? ' Use an ISO 4217 code such as EUR, USD or GBP.'
        : ' Use %, a time unit (minutes, hours, days, months), a currency code (EUR) or a counted thing (tickets, attempts).';
    report(accept, 'error', IssueCodes.UnknownUnit,
        `'${unit}' is not a ${currency ? 'currency code' : 'unit'} the language knows.${hint}`,
        where, { unit, candidates: close });
    return false;
}

/** Reports a unit of the wrong dimension for its place; true when it fits or the place does not say. */
function checkDimension(quantity: Quantity, dimension: UnitDimension, accept: ValidationAcceptor): boolean {
    const expected = unitsForPlace(quantity);
    if (!expected || expected.dimensions.includes(dimension)) return true;
    if (placeOf(quantity) === 'Rate.amount') {
        report(accept, 'error', IssueCodes.MoneyWithoutCurrency,
            `A price must be an amount of money, but ${formatQuantity(quantity)} has no currency. Write it with a currency code, e.g. ${quantity.value} EUR.`,
            { node: quantity });
        return false;
    }
    const wanted = expected.dimensions.map(d => DIMENSION_NAMES[d]).join(' or ');
    report(accept, 'error', IssueCodes.UnitMismatch,
        `${expected.what} must be ${wanted}, but ${quantity.unit} is ${DIMENSION_NAMES[dimension]}. Change the unit.`,
        { node: quantity, property: 'unit' }, { expected: expected.dimensions });
    return false;
}

function checkValue(quantity: Quantity, dimension: UnitDimension, accept: ValidationAcceptor): void {
    const place = placeOf(quantity);
    const what = unitsForPlace(quantity)?.what ?? 'This value';
    if (dimension === 'percent') {
        // Credits and caps above 100 % are the tier checks' concern: they may be meant, and get a warning there.
        const creditLike = place === 'CreditTier.amount' || place === 'Cap.amount';
        if (quantity.value < 0 || (quantity.value > 100 && !creditLike)) {
            report(accept, 'error', IssueCodes.PercentOutOfRange,
                `${formatQuantity(quantity)} is not a percentage: a share lies between 0 % and 100 %.`, { node: quantity });
        }
        return;
    }
    // A bound or threshold of zero can mean something (`<= 0 incidents`); a zero deadline, count of breaches or
    // price cannot. A package may be free (`price 0 EUR per month`) if it says so.
    const isBound = place === 'Bound.value';
    const zeroAllowed = isBound || (dimension === 'count' && place === 'Target.threshold')
        || (place === 'Rate.amount' && isPackage(quantity.$container?.$container));
    if (quantity.value < 0 || (quantity.value === 0 && !zeroAllowed)) {
        report(accept, 'error', IssueCodes.NonPositiveQuantity,
            `${what} of ${formatQuantity(quantity)} is meaningless: it must be more than zero.`, { node: quantity });
    }
}

export function checkMetricUnit(metric: Metric, accept: ValidationAcceptor): void {
    const unit = metric.unit;
    if (!unit?.name || !checkKnownUnit(unit.name, accept, { node: unit, property: 'name' })) return;
    const dimension = quantityDimension(unit)!;
    if (!checkBusinessIsTime(unit, unit.name, dimension, accept)) return;
    const expected = metric.kind && KIND_DIMENSIONS[metric.kind];
    if (expected && !expected.includes(dimension)) {
        report(accept, 'error', IssueCodes.UnitMismatch,
            `A ${metric.kind} metric is measured in ${expected.map(d => DIMENSION_NAMES[d]).join(' or ')}, but ${unit.name} is ${DIMENSION_NAMES[dimension]}. Change the unit or the kind.`,
            { node: unit, property: 'name' }, { expected });
    }
}

/** `per month`, `per workstation`: a rate is per period of time or per counted thing. */
export function checkRateUnits(rate: Rate, accept: ValidationAcceptor): void {
    rate.per.forEach((unit, index) => {
        if (!checkKnownUnit(unit, accept, { node: rate, property: 'per', index })) return;
        const dimension = unitInfo(unit)!.dimension;
        if (dimension !== 'duration' && dimension !== 'count') {
            report(accept, 'error', IssueCodes.UnitMismatch,
                `A price is per period (per month) or per counted thing (per workstation), not per ${unit}.`,
                { node: rate, property: 'per', index }, { expected: ['duration', 'count'] });
        }
    });
}

export function checkCurrenciesField(field: CurrenciesField, accept: ValidationAcceptor): void {
    field.currencies.forEach((code, index) => checkKnownUnit(code, accept, { node: field, property: 'currencies', index }));
}

/**
 * Money in more than one currency leaves open which rate converts them; an agreement that means it says so in its
 * header (`currencies EUR, USD`), and then every amount must be in one of those.
 */
export function checkMixedCurrencies(agreement: Agreement, accept: ValidationAcceptor): void {
    const money = nodesOfType(agreement, 'Quantity').filter(q => quantityDimension(q) === 'money');
    const declared = headerField(agreement, isCurrenciesField)?.currencies;
    const used = [...new Set(money.map(q => q.unit))];
    if (declared) {
        for (const quantity of money.filter(q => !declared.includes(q.unit))) {
            report(accept, 'warning', IssueCodes.MixedCurrencies,
                `${quantity.unit} is not among the currencies this agreement declares (${declared.join(', ')}). Add it to 'currencies' or use one of those.`,
                { node: quantity, property: 'unit' });
        }
    } else if (used.length > 1) {
        for (const quantity of money.filter(q => q.unit !== used[0])) {
            report(accept, 'warning', IssueCodes.MixedCurrencies,
                `This agreement states amounts in ${used.join(' and ')} without saying so. Add 'currencies ${used.join(', ')}' to the header, or use ${used[0]} throughout.`,
                { node: quantity, property: 'unit' });
        }
    }
}

/**
 * Business time counts only the hours of a calendar. A level's business-time threshold uses its services'
 * `hours`; any other business-time value needs at least one calendar in the agreement or the ones it refines.
 */
export function checkBusinessTime(agreement: Agreement, accept: ValidationAcceptor): void {
    const hasCalendar = [agreement, ...ancestors(agreement)].some(a => declarations(a).some(isCalendar));
    for (const quantity of nodesOfType(agreement, 'Quantity')) {
        if (!quantity.business || quantityDimension(quantity) !== 'duration') continue;
        const level = isTarget(quantity.$container) ? quantity.$container.$container : undefined;
        if (isLevel(level)) {
            checkLevelServiceHours(level, quantity, accept);
        } else if (!hasCalendar) {
            report(accept, 'warning', IssueCodes.BusinessTimeWithoutCalendar,
                `${formatQuantity(quantity)} are counted in a calendar, but this agreement declares none. Declare one in 'calendars' with days, hours and holidays.`,
                { node: quantity });
        }
    }
}

function checkLevelServiceHours(level: Level, quantity: Quantity, accept: ValidationAcceptor): void {
    const agreement = agreementOf(level);
    const services = level.services.length ? level.services.map(s => s.ref).filter(s => s !== undefined)
        : agreement ? allServices(agreement) : [];
    const without = services.filter(s => !s.hours).map(s => s.name);
    if (without.length) {
        report(accept, 'warning', IssueCodes.BusinessTimeWithoutCalendar,
            `Level '${level.name}' counts business time, but ${quotedList(without, 'and')} ${without.length === 1 ? 'has' : 'have'} no service hours. Add 'hours <calendar>' to ${without.length === 1 ? 'it' : 'them'}.`,
            { node: quantity }, { services: without });
    }
}

/**
 * A duration target counts on the clock its own unit says: `15 minutes` around the clock, `15 business minutes`
 * in service hours; the contract prints it that way and the evaluation measures it that way. A metric measured in
 * business time with a target in plain time is most likely a slip, so it is pointed out with the fix.
 */
export function checkTargetClock(level: Level, accept: ValidationAcceptor): void {
    const threshold = level.target?.threshold;
    const unit = level.target?.metric?.ref?.unit;
    if (!threshold || !unit?.business || threshold.business || quantityDimension(threshold) !== 'duration') return;
    report(accept, 'warning', IssueCodes.TargetClockDiffers,
        `'${level.target.metric.ref!.name}' is measured in business ${unit.name}, but ${formatQuantity(threshold)} is calendar time: it is counted around the clock, nights and weekends included. Write '${threshold.value} business ${threshold.unit}' to count only service hours.`,
        { node: threshold, property: 'unit' });
}

/** Coverage applies to metrics measured in intervals; a mean of interval values can only leave missing ones out. */
export function checkMetricCoverage(metric: Metric, accept: ValidationAcceptor): void {
    const intervals = metric.aggregation === 'percent-of-intervals' || metric.aggregation === 'mean-of-intervals';
    const property = metric.missing !== undefined ? 'missing' : metric.coverage ? 'coverage' : undefined;
    if (!property || !metric.aggregation) return;
    if (!intervals) {
        report(accept, 'warning', IssueCodes.CoverageNotIntervals,
            `'${property === 'missing' ? 'missing counts as' : 'minimum coverage'}' applies to metrics measured in intervals (percent-of-intervals, mean-of-intervals); '${metric.name}' is aggregated ${metric.aggregation}, so it has no effect. Remove it.`,
            { node: metric, property });
    } else if (metric.aggregation === 'mean-of-intervals' && metric.missing && metric.missing !== 'excluded') {
        report(accept, 'warning', IssueCodes.CoverageNotIntervals,
            `A mean of interval values has no value for an interval without data: '${metric.name}' leaves such intervals out, whatever 'missing counts as' says. Write 'missing counts as excluded'.`,
            { node: metric, property: 'missing' });
    }
}

/** `over 14 days` follows each ticket or lead for its own window; a level measured otherwise has no items to follow. */
export function checkItemWindow(level: Level, accept: ValidationAcceptor): void {
    const aggregation = level.target?.metric?.ref?.aggregation;
    if (!level.target?.over || !aggregation || ITEM_AGGREGATIONS.has(aggregation)) return;
    report(accept, 'error', IssueCodes.ItemWindowNotPerItem,
        `'over ${formatQuantity(level.target.over)}' follows each ticket or lead for its own window, but '${level.target.metric.ref!.name}' is aggregated ${aggregation}, not per item. Remove it, or measure the metric per-ticket, per-lead or average-per-lead.`,
        { node: level.target, property: 'over' });
}

const ITEM_AGGREGATIONS: ReadonlySet<string> = new Set(['per-ticket', 'per-lead', 'average-per-lead']);
