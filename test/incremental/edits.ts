/**
 * Random editing sessions: retyping a word, number or text, typing (slips by habit too), deleting, pasting (across item and section
 * boundaries) and undo, as an editor sends them. Positions are fractions of the current text, so that one script applies to any document.
 */
import fc from 'fast-check';

export type Edit =
    | { kind: 'type', at: number, text: string }
    | { kind: 'delete', at: number, length: number }
    | { kind: 'paste', from: number, length: number, at: number }
    | { kind: 'retype', token: number, choice: number }
    | { kind: 'rename', token: number, other: number }
    | { kind: 'undo' };

/** What people type: letters, digits, the language's punctuation, keywords, and the characters that open strings and comments. */
const TYPED = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'X', '_', '1', '9', '.', ' ', '\n', '%', '-', ',') },
    { weight: 3, arbitrary: fc.constantFrom('{', '}', '"', '/', '*', '//', '/*', '*/', '>=', '<') },
    { weight: 2, arbitrary: fc.constantFrom('level ', 'service', ' for ', 'obliged ', 'credits', 'metric M "m" { }', '} }', 'name', '99.9 %') },
    // Legal clauses: long texts over lines (opened, closed, or a quote next to `""`), lists, and suggested values.
    { weight: 2, arbitrary: fc.constantFrom('"""', '"""\nmore words\n"""', 'paragraph "p"', 'clause C "T" { paragraph "p" }', 'list { item "i" }', '99.5?', '?') },
    // Slips by habit (parser/sla-token-builder.ts): each is one token with its own message and fix.
    { weight: 2, arbitrary: fc.constantFrom('# note', '$149', '24/7', '6pm', '4,800', '03/01/2026', 'On-Site', '-x', '\u00e9') }
);

/** Spread evenly (fast-check's doubles favour the ends of their range, i.e. the document's first and last characters). */
const fraction = fc.integer({ min: 0, max: 999_999 }).map(n => n / 1_000_000);

/** The words, numbers and texts of an agreement: what a contract manager changes most. */
const TOKEN = /"[^"\n]*"|\d+(\.\d+)?|[A-Za-z_]\w*/g;

/** Names: capitalised words, as the examples name their declarations (keywords are lower case). */
const WORD = /\b[A-Z]\w*/g;

/** What replaces a text, a number or a word: mostly another of its kind, sometimes something that breaks it. */
const RETYPED = {
    text: ['"Revised wording"', '""', '"Ends early', '"Ünïcode ✓ text"'],
    number: ['42', '99.5', '0', '7.25', '100', 'x', '99.5?'],
    word: ['Shop', 'Uptime', 'Acme', 'NewName', 'Globex', 'level', 'minutes', 'month', '']
};
export const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 12, arbitrary: fc.record({ kind: fc.constant('retype' as const), token: fraction, choice: fc.nat() }) },
    // A name changed to another name of the text: a declaration renamed to a name declared before or after it (a
    // duplicate), or a reference pointed at another declaration, which may come later.
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('rename' as const), token: fraction, other: fraction }) },
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('type' as const), at: fraction, text: TYPED }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 400 })) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('paste' as const), from: fraction, length: fc.integer({ min: 1, max: 300 }), at: fraction }) },
    { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) }
);

/** Applies one edit to `history` (the texts so far, the current one last); undo goes back to the text before the last edit. */
export function applyEdit(history: string[], change: Edit): string {
    const text = history[history.length - 1];
    const position = (f: number) => Math.floor(f * (text.length + 1));
    switch (change.kind) {
        case 'type': {
            const at = position(change.at);
            return text.slice(0, at) + change.text + text.slice(at);
        }
        case 'delete': {
            const at = position(change.at);
            return text.slice(0, at) + text.slice(at + change.length);
        }
        case 'paste': {
            const from = position(change.from);
            const pasted = text.slice(from, from + change.length);
            const at = position(change.at);
            return text.slice(0, at) + pasted + text.slice(at);
        }
        case 'retype': {
            const tokens = [...text.matchAll(TOKEN)];
            if (!tokens.length) return text;
            const token = tokens[Math.floor(change.token * tokens.length)];
            const kind = token[0].startsWith('"') ? RETYPED.text : /^\d/.test(token[0]) ? RETYPED.number : RETYPED.word;
            return text.slice(0, token.index) + kind[change.choice % kind.length] + text.slice(token.index + token[0].length);
        }
        case 'rename': {
            const words = [...text.matchAll(WORD)];
            if (!words.length) return text;
            const word = words[Math.floor(change.token * words.length)];
            const other = words[Math.floor(change.other * words.length)][0];
            return text.slice(0, word.index) + other + text.slice(word.index + word[0].length);
        }
        case 'undo':
            return history.length > 1 ? history[history.length - 2] : text;
    }
}
