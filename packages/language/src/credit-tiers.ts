/**
 * What a level's credit tiers compare, one answer for the checks, the contract and the evaluation alike. A level
 * measured per ticket or per lead has two shapes of credits, and the syntax says which:
 *
 * - `credits for P1Resolution { when < 95 % ... }`: tiers on the share of tickets that met the target in the
 *   window (the share is compared with `in 95 % of tickets`, or with 100 % without `in`);
 * - `credits for P1Resolution per late ticket { when > 8 business hours ... }`: each ticket that missed the target
 *   earns the credit of the tier its own measured time falls in, added up over the window.
 *
 * Any other level's tiers compare its measured figure, in the metric's unit.
 */
import type { Bound, Comparator, Credits, CreditTier, Level, Quantity } from './generated/ast.js';
import type { Formatter } from './locale/formatter.js';

export type TierShape =
    /** Tiers on the share of items that met the target, in %. */
    | 'share'
    /** Tiers on each late item's own measured value; the credits add up. */
    | 'per-item'
    /** Tiers on the level's measured figure (uptime, an average, a count). */
    | 'figure';

export function isPerItemLevel(level: Level | undefined): boolean {
    const aggregation = level?.target?.metric?.ref?.aggregation;
    return aggregation === 'per-ticket' || aggregation === 'per-lead';
}

export function tierShape(credits: Credits): TierShape {
    if (!isPerItemLevel(credits.level?.ref)) return 'figure';
    return credits.perItem ? 'per-item' : 'share';
}

/** The items a per-item level counts: `tickets` unless the target names its population (`in 95 % of incidents`). */
export function itemNoun(level: Level | undefined): string {
    return level?.target?.population ?? (level?.target?.metric?.ref?.aggregation === 'per-lead' ? 'leads' : 'tickets');
}

/** The share a per-item level promises: `in 95 % of tickets`, or every item (100 %) without `in`. */
export function promisedShare(level: Level): Quantity {
    return level.target?.share ?? ({ $type: 'Quantity', value: 100, unit: '%', business: false } as Quantity);
}

const UPPER = new Set(['<', '<=']);
const LOWER = new Set(['>', '>=']);

/**
 * A tier's bounds in the formatter's locale: "below 99.9 % down to 99.0 %", "above 4 hours up to 8 hours",
 * "below 95.0 %". The contract and the compliance report word a tier the same way.
 */
export function band(tier: CreditTier, format: Formatter): string {
    const words = format.locale.messages.remedies;
    const bounds = [tier.first, tier.second].filter((bound): bound is Bound => !!bound);
    const [first, second] = bounds;
    if (!first) return '';
    const alone = (bound: Bound) => `${words.bounds[bound.comparator as Comparator] ?? bound.comparator ?? '?'} ${format.quantity(bound.value)}`;
    if (second && UPPER.has(first.comparator) && LOWER.has(second.comparator)) {
        return words.downTo(alone(first), format.quantity(second.value), second.comparator !== '>=');
    }
    if (second && LOWER.has(first.comparator) && UPPER.has(second.comparator)) {
        return words.upTo(alone(first), format.quantity(second.value), second.comparator !== '<=');
    }
    return second ? words.both(alone(first), alone(second)) : alone(first);
}
