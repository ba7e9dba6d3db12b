/** Examples after random token insertions, deletions, duplications and swaps: the typos and half-edits of real use. */
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { mutatedExample } from './corpus.js';
import { exercise } from './exercise.js';
import { fuzzParameters } from './fuzz-config.js';

describe('an example after random token edits', () => {
    test('every feature finishes, no check throws, formatting and quick fixes lose nothing', async () => {
        await fc.assert(fc.asyncProperty(mutatedExample, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), async (text, offsets) => {
            await exercise(text, { offsets: offsets.map(o => o % (text.length + 1)) });
        }), fuzzParameters(40));
    });
});
