/** A bounded stress run of the bundled server (test/robustness/stress-server.mjs; `npm run stress` for long ones). */
import { describe, expect, test } from 'vitest';
// @ts-expect-error The stress script is plain JavaScript, so that it runs without a build.
import { stressServer } from './stress-server.mjs';

describe('the language server under random edits and requests', () => {
    // The 2 s bound is measured by `npm run stress` on a quiet machine; here the suite's other files share the CPU.
    test('stays up, answers every request and writes nothing to standard error', async () => {
        const figures = await stressServer({ edits: 150, seed: 20261127, answerWithinMs: 15_000 });
        expect(figures.failures).toEqual([]);
        expect(figures.edits).toBe(150);
        expect(figures.requests).toBeGreaterThan(150);
        expect(figures.cancelled).toBeGreaterThan(0);
    }, 120_000);
});
