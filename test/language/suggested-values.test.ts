/**
 * One rule says which values a generated text marks as suggested (`99.5?`): templates and declaration stubs both
 * write through it, and what it marks is what the grammar reads as a marked DATE, TIME or NUMBER.
 */
import { expect, test } from 'vitest';
import { markSuggestedValues } from '../../packages/language/src/generator/templates/template-context.js';
import { markedAsSuggested } from '../../packages/language/src/parser/text-values.js';
import { EmptyFileSystem } from 'langium';
import { createSlaServices } from '../../packages/language/src/sla-module.js';

test.each([
    ['2026-03-01', '2026-03-01?'], ['9:00', '9:00?'], ['17:30 local', '17:30? local'], ['-5', '-5?'], [99.5, '99.5?'],
    ['99.5 %', '99.5? %'], ['4 hours', '4? hours'], ['Helpdesk', 'Helpdesk']
])('%s is written %s', (value, marked) => {
    expect(markedAsSuggested(value)).toBe(marked);
});

test('a template marks the same values as a stub, and leaves texts, names and agreed values alone', () => {
    expect(markSuggestedValues('start 2026-03-01 hours 9:00 to 17:00 target >= 99.5 % "SLA 2" P1', ['2026-03-01']))
        .toBe('start 2026-03-01 hours 9:00? to 17:00? target >= 99.5? % "SLA 2" P1');
});

test('every marked value is read back by the grammar as one token', async () => {
    const services = createSlaServices(EmptyFileSystem);
    const lexer = services.Sla.parser.Lexer;
    for (const value of ['2026-03-01', '9:00', '-5', '99.5']) {
        const tokens = lexer.tokenize(markedAsSuggested(value)).tokens;
        expect(tokens.map(token => token.image)).toEqual([`${value}?`]);
    }
});
