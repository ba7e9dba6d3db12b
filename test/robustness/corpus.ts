/** The material the properties build documents from: the examples, their tokens, and edits on token boundaries. */
import fc from 'fast-check';
import { exampleFiles, MINIMAL, readExample } from '../helpers.js';
import { fuzzServices } from './editor-session.js';

export const seedTexts = [MINIMAL, ...exampleFiles().map(readExample)];

interface Span { readonly start: number; readonly end: number; }

function tokenSpans(text: string): Span[] {
    return fuzzServices.Sla.parser.Lexer.tokenize(text).tokens.map(t => ({ start: t.startOffset, end: t.startOffset + t.image.length }));
}

/** Every distinct token image of the examples: keywords, names, numbers, texts, punctuation. */
const vocabulary = [...new Set(seedTexts.flatMap(text => tokenSpans(text).map(s => text.slice(s.start, s.end))))].sort();

export type TokenEdit =
    | { readonly kind: 'insert', readonly at: number, readonly token: number }
    | { readonly kind: 'typo', readonly at: number, readonly letter: string }
    | { readonly kind: 'delete' | 'duplicate' | 'swap', readonly at: number };

export const tokenEdit: fc.Arbitrary<TokenEdit> = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.nat(vocabulary.length - 1) }),
    // One letter of a token replaced: misspelt names, units and keywords, which the did-you-mean fixes answer.
    fc.record({ kind: fc.constant('typo' as const), at: fc.nat(), letter: fc.constantFrom(...'aeiorstnxyz') }),
    fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const), at: fc.nat() })
);

/** Applies one edit at a token boundary (or, for a typo, inside a token); `at` picks the token modulo the token count. */
export function applyTokenEdit(text: string, edit: TokenEdit): string {
    const spans = tokenSpans(text);
    if (!spans.length) return edit.kind === 'insert' ? vocabulary[edit.token] : text;
    const i = edit.at % spans.length;
    const { start, end } = spans[i];
    const image = text.slice(start, end);
    switch (edit.kind) {
        case 'insert': return `${text.slice(0, start)}${vocabulary[edit.token]} ${text.slice(start)}`;
        case 'typo': return text.slice(0, start + (edit.at % image.length)) + edit.letter + text.slice(start + (edit.at % image.length) + 1);
        case 'delete': return text.slice(0, start) + text.slice(end);
        case 'duplicate': return `${text.slice(0, end)} ${image}${text.slice(end)}`;
        case 'swap': {
            const next = spans[i + 1];
            return next ? text.slice(0, start) + text.slice(next.start, next.end) + text.slice(end, next.start) + image + text.slice(next.end) : text;
        }
    }
}

/** An example after a few random token edits. */
export const mutatedExample: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...seedTexts), fc.array(tokenEdit, { minLength: 1, maxLength: 6 }))
    .map(([text, edits]) => edits.reduce(applyTokenEdit, text));
