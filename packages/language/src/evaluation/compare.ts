/**
 * Comparing a measured figure with a threshold or a credit tier's bound, exactly as written: `< 99.9` excludes
 * 99.9 and `>= 99.0` includes 99.0. A figure computed as 99.0 may come out of floating-point division as
 * 98.99999999999999, so figures within a billionth (relative) of the bound count as equal to it.
 */
import type { Comparator } from '../generated/ast.js';

const RELATIVE_TOLERANCE = 1e-9;

export function satisfies(value: number, comparator: Comparator, bound: number): boolean {
    const equal = Math.abs(value - bound) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(value), Math.abs(bound));
    switch (comparator) {
        case '>=': return equal || value > bound;
        case '>': return !equal && value > bound;
        case '<=': return equal || value < bound;
        case '<': return !equal && value < bound;
        case '=': return equal;
    }
}
