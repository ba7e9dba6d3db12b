/**
 * What the language knows about units. The grammar accepts any word as a unit so that a typo is a precise
 * diagnostic, not a parse error; this module says which words are units and what they measure.
 */
import type { MetricUnit, Quantity } from './generated/ast.js';
import { withoutPlaceholderMarks } from './parser/text-values.js';

export type UnitDimension = 'percent' | 'duration' | 'money' | 'count';

export interface UnitInfo {
    readonly dimension: UnitDimension;
    /** The canonical spelling used by the renderer (`minutes`, `USD`). */
    readonly canonical: string;
    /** For durations: the length of one unit in minutes (calendar time; business time is counted in a calendar). */
    readonly minutes?: number;
}

const DURATIONS: ReadonlyArray<[string[], string, number]> = [
    [['ms', 'millisecond', 'milliseconds'], 'ms', 1 / 60000],
    [['s', 'second', 'seconds'], 'seconds', 1 / 60],
    [['minute', 'minutes', 'min'], 'minutes', 1],
    [['hour', 'hours', 'h'], 'hours', 60],
    [['day', 'days'], 'days', 1440],
    [['week', 'weeks'], 'weeks', 10080],
    [['month', 'months'], 'months', 43830],
    [['quarter', 'quarters'], 'quarters', 131490],
    [['year', 'years'], 'years', 525960]
];

/** Countable things agreements commit to: attempts per lead, tickets, seats. */
export const COUNT_UNITS: readonly string[] = [
    'attempts', 'attempt', 'tickets', 'ticket', 'leads', 'lead', 'incidents', 'incident', 'requests', 'request',
    'breaches', 'breach', 'calls', 'call', 'seats', 'seat', 'users', 'user', 'workstations', 'workstation',
    'devices', 'device', 'servers', 'server', 'sites', 'site', 'points', 'point', 'errors', 'error', 'reports',
    'report', 'items', 'item', 'times', 'outages', 'outage', 'cases', 'case', 'contacts', 'contact'
];

/** ISO 4217 codes in common commercial use; an unknown three-letter code is reported, not guessed at. */
export const CURRENCIES: readonly string[] = [
    'USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF',
    'INR', 'SGD', 'HKD', 'ZAR', 'BRL', 'MXN', 'AED', 'SAR', 'KRW', 'TRY', 'ILS', 'RON', 'BGN', 'ISK'
];

const UNITS = new Map<string, UnitInfo>();
UNITS.set('%', { dimension: 'percent', canonical: '%' });
for (const [spellings, canonical, minutes] of DURATIONS) {
    for (const spelling of spellings) UNITS.set(spelling, { dimension: 'duration', canonical, minutes });
}
for (const unit of COUNT_UNITS) UNITS.set(unit, { dimension: 'count', canonical: pluralCount(unit) });
for (const code of CURRENCIES) UNITS.set(code, { dimension: 'money', canonical: code });

/** `attempt` and `attempts` count the same thing: counts are canonical in the plural. */
function pluralCount(unit: string): string {
    return [`${unit}s`, `${unit}es`].find(plural => COUNT_UNITS.includes(plural)) ?? unit;
}

export function unitInfo(unit: string | undefined): UnitInfo | undefined {
    return unit === undefined ? undefined : UNITS.get(unit);
}

/** Every unit spelling of a dimension, for completion. */
export function unitsOf(dimension: UnitDimension): string[] {
    return [...UNITS.entries()].filter(([, info]) => info.dimension === dimension).map(([name]) => name);
}

export function quantityDimension(quantity: Quantity | MetricUnit | undefined): UnitDimension | undefined {
    if (!quantity) return undefined;
    return unitInfo('unit' in quantity ? quantity.unit : quantity.name)?.dimension;
}

/** A duration in minutes of calendar time, or undefined when the quantity is not a duration. */
export function durationMinutes(quantity: Quantity | undefined): number | undefined {
    const info = unitInfo(quantity?.unit);
    return quantity && info?.minutes !== undefined ? quantity.value * info.minutes : undefined;
}

/** Whether the text looks like a currency code, known or not: three capital letters. */
export function looksLikeCurrency(unit: string): boolean {
    return /^[A-Z]{3}$/.test(unit);
}

/** A quantity as written, for messages: `99.0 %`, `4 business hours` (a suggested `99.0? %` without its mark). */
export function formatQuantity(quantity: Quantity): string {
    return (quantity.$cstNode && withoutPlaceholderMarks(quantity.$cstNode.text).replace(/\s+/g, ' ')) ?? `${quantity.value} ${quantity.business ? 'business ' : ''}${quantity.unit}`;
}

/**
 * The quantities' values on one scale, or undefined when they cannot be compared: different dimensions,
 * currencies or counted things, an unknown unit, or business time in days mixed with other units (how many
 * business hours make a business day depends on the calendar).
 */
export function commonScale(quantities: ReadonlyArray<Quantity | undefined>): number[] | undefined {
    const known = quantities.filter((q): q is Quantity => q?.value !== undefined && unitInfo(q.unit) !== undefined);
    if (known.length !== quantities.length || known.length === 0) return undefined;
    const infos = known.map(q => unitInfo(q.unit)!);
    if (infos.some(info => info.dimension !== infos[0].dimension)) return undefined;
    const sameUnit = known.every((q, i) => infos[i].canonical === infos[0].canonical && q.business === known[0].business);
    if (sameUnit) return known.map(q => q.value);
    if (infos[0].dimension !== 'duration' || known.some(q => q.business !== known[0].business)) return undefined;
    if (known[0].business && infos.some(info => info.minutes! > 60)) return undefined;
    return known.map((q, i) => q.value * infos[i].minutes!);
}
