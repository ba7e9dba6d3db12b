/** Ranges as clients send them: compared by value, and checked before use (a client may leave one out). */
import type { Range } from 'vscode-languageserver-types';

export function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character
        && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Whether a value from a request is a range: four whole, non-negative numbers. */
export function isRange(range: unknown): range is Range {
    const { start, end } = (range ?? {}) as Partial<Range>;
    return [start?.line, start?.character, end?.line, end?.character].every(n => typeof n === 'number' && Number.isInteger(n) && n >= 0);
}
