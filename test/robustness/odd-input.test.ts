/** Texts no one types but an editor or `sla check` can be handed: noise, bytes, extremes of size and depth. */
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { MINIMAL } from '../helpers.js';
import { exercise } from './exercise.js';
import { fuzzParameters } from './fuzz-config.js';

const MB = 1024 * 1024;

describe('arbitrary text', () => {
    test('any string, including unpaired surrogates and control characters', async () => {
        await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async text => {
            await exercise(text, { offsets: [0, text.length >> 1, text.length] });
        }), fuzzParameters(40));
    });

    test('random bytes, read as UTF-8 (invalid sequences become U+FFFD) and as Latin-1', async () => {
        await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async bytes => {
            for (const text of [new TextDecoder('utf-8').decode(bytes), new TextDecoder('latin1').decode(bytes)]) {
                await exercise(text, { offsets: [text.length >> 1] });
            }
        }), fuzzParameters(20));
    });

    test('the agreement with random noise spliced in', async () => {
        await fc.assert(fc.asyncProperty(fc.nat(MINIMAL.length), fc.string({ unit: 'grapheme', maxLength: 40 }), async (at, noise) => {
            await exercise(MINIMAL.slice(0, at) + noise + MINIMAL.slice(at), { offsets: [at, at + noise.length] });
        }), fuzzParameters(30));
    });
});

describe('extremes', () => {
    const nested = (depth: number, open: string, close: string) => `agreement A "a" {\n${open.repeat(depth)}${close.repeat(depth)}\n}\n`;

    test.each([
        ['an empty file', ''],
        ['only whitespace', ' \n\t\r\n  '],
        ['only comments', '// a line comment\n/* a block\n   comment */\n/** a doc comment */\n'],
        ['an unclosed block comment', `${MINIMAL}/* never closed`],
        ['an unclosed text', 'agreement A "never closed {\n'],
        ['10,000 nested braces', nested(10_000, '{', '}')],
        ['10,000 nested parentheses', nested(10_000, '(', ')')],
        ['1,000 nested services', nested(1_000, 'services { service S "s" { ', '} } ')],
        ['1,000 unclosed blocks', `agreement A "a" {\n${'metrics { metric M "m" {\n'.repeat(1_000)}`]
    ])('%s', async (_, text) => {
        await exercise(text);
    });

    test('a 1 MB text', async () => {
        const text = MINIMAL.replace('"Keep the shop online."', `"${'Keep the shop online. '.repeat(MB / 22)}"`);
        await exercise(text, { offsets: [text.indexOf('Keep') + 10] });
    });

    test('a 1 MB name', async () => {
        const text = MINIMAL.replaceAll('Shop', `Shop${'x'.repeat(MB)}`);
        await exercise(text, { offsets: [text.indexOf('Shopx') + 5], formats: ['markdown'] });
    });

    test('a 50,000-line agreement', async () => {
        const goals = Array.from({ length: 50_000 }, (_, i) => `        goal "Goal number ${i}."`).join('\n');
        const text = MINIMAL.replace('        goal "Keep the shop online."', goals);
        await exercise(text, { offsets: [text.length >> 1], formats: ['markdown'] });
    });
});
