/** Every example cut anywhere, as an editor holds it while the agreement is typed or pasted in. */
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { exampleFiles, MINIMAL, readExample } from '../helpers.js';
import { exercise } from './exercise.js';
import { fuzzParameters } from './fuzz-config.js';

const texts = [MINIMAL, ...exampleFiles().map(readExample)];

describe('an example truncated at any position', () => {
    test('every feature finishes, no check throws, formatting and quick fixes lose nothing', async () => {
        await fc.assert(fc.asyncProperty(
            fc.constantFrom(...texts), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
            async (text, at, offsets) => {
                const cut = text.slice(0, Math.floor(at * text.length));
                await exercise(cut, { offsets: offsets.map(o => o % (cut.length + 1)) });
            }
        ), fuzzParameters(40));
    });
});
