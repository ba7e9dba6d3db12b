/**
 * Incremental updates must show exactly what a full rebuild shows: random editing sessions on every example and
 * on a generated large agreement, compared after every edit with a fresh full build (AST, CST, diagnostics,
 * semantic tokens). A fixed seed here; `npm run fuzz -- --incremental --runs N [--seed S]` runs long campaigns.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exampleFiles, readExample } from '../helpers.js';
import { contextOf, DifferentialSession } from './differential.js';
import { edit } from './edits.js';

const campaignRuns = Number(process.env.SLA_FUZZ_RUNS) || undefined;
const seed = Number(process.env.SLA_FUZZ_SEED ?? 20261202);
const parameters = (runs: number): fc.Parameters<[fc.Arbitrary<unknown>]> => ({ seed, numRuns: campaignRuns ?? runs, endOnFailure: true });

/**
 * The sessions must have exercised splicing, not only full parses (a handful of random sessions may not, so a
 * campaign of fewer runs skips this); a campaign prints how often each path ran.
 */
function expectSomeSplices(session: DifferentialSession, runs: number): void {
    if (campaignRuns) console.log(Object.fromEntries(session.paths));
    if ((campaignRuns ?? runs) < runs) return;
    expect([...session.paths.keys()].filter(path => path.startsWith('spliced')).length).toBeGreaterThan(0);
}

const sessionEdits = fc.array(edit, { minLength: 1, maxLength: 6 });

describe('an incrementally updated document equals a full build of its text', () => {
    test.each(exampleFiles())('editing %s', async file => {
        const text = readExample(file);
        const session = await DifferentialSession.start(text, contextOf(file));
        await fc.assert(fc.asyncProperty(sessionEdits, edits => session.run(text, edits)), parameters(20));
        expectSomeSplices(session, 20);
    }, 120_000);
});

describe('a large generated agreement', () => {
    test('editing 1,000 lines made of the examples\' items', async () => {
        // bench/generate.mjs reads the compiled language package: `npm test` builds first.
        const { generateAgreement } = await import('../../bench/generate.mjs') as { generateAgreement: (lines: number) => string };
        const text = generateAgreement(1000);
        const session = await DifferentialSession.start(text);
        await fc.assert(fc.asyncProperty(sessionEdits, edits => session.run(text, edits)), parameters(6));
        expectSomeSplices(session, 6);
    }, 120_000);
});
