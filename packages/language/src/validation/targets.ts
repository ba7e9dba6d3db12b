/**
 * What a level promises, read the same way by the unit, tier, target and multi-level checks: which value is
 * compared (the threshold, or the share of a population that meets it) and which direction is better.
 */
import type { Level, Quantity } from '../generated/ast.js';
import { formatQuantity } from '../units.js';

export interface LevelPromise {
    /** The value performance is compared with: the share in `<= 4 hours in 95 % of tickets`, else the threshold. */
    readonly value: Quantity;
    /** Undefined for `=`: neither direction is better. */
    readonly higherIsBetter?: boolean;
    /** Whether performance equal to the value meets the promise (`>=`, `<=`, `in 95 %`). */
    readonly inclusive: boolean;
}

export function promiseOf(level: Level): LevelPromise | undefined {
    const target = level.target;
    if (target?.share) return { value: target.share, higherIsBetter: true, inclusive: true };
    if (!target?.threshold || !target.comparator) return undefined;
    switch (target.comparator) {
        case '>=': return { value: target.threshold, higherIsBetter: true, inclusive: true };
        case '>': return { value: target.threshold, higherIsBetter: true, inclusive: false };
        case '<=': return { value: target.threshold, higherIsBetter: false, inclusive: true };
        case '<': return { value: target.threshold, higherIsBetter: false, inclusive: false };
        default: return { value: target.threshold, inclusive: true };
    }
}

/** `Uptime >= 99.9 %`, `ResolutionTime <= 4 business hours in 95 % of tickets`, for messages. */
export function targetText(level: Level): string {
    const t = level.target;
    const share = t?.share ? ` in ${formatQuantity(t.share)} of ${t.population ?? 'cases'}` : '';
    return `${t?.metric?.$refText ?? '?'} ${t?.comparator ?? ''} ${t?.threshold ? formatQuantity(t.threshold) : '?'}${share}`;
}

/** Whether a comparator promises a value at least (`>=`, `>`) or at most (`<=`, `<`) its threshold. */
export function direction(comparator: string | undefined): 'up' | 'down' | undefined {
    return comparator?.startsWith('>') ? 'up' : comparator?.startsWith('<') ? 'down' : undefined;
}
