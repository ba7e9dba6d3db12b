/**
 * How many documents each property tries, and from which seed. The normal suite uses a fixed seed and a few runs;
 * `npm run fuzz -- --runs N --seed S` (scripts/fuzz.mjs) sets SLA_FUZZ_RUNS and SLA_FUZZ_SEED for long campaigns.
 * fast-check prints the seed and path of a failing run, so that `--seed` reproduces it.
 */
import fc from 'fast-check';
import { afterAll } from 'vitest';

const campaignRuns = Number(process.env.SLA_FUZZ_RUNS) || undefined;
const seed = Number(process.env.SLA_FUZZ_SEED ?? 20261127);

let tried = 0;

/** The fast-check parameters of a property that runs `normalRuns` times in the normal suite. */
export function fuzzParameters<T>(normalRuns: number): fc.Parameters<T> {
    return { seed, numRuns: campaignRuns ?? normalRuns };
}

/** A property test's time limit: `normalMs` in the normal suite, none in a campaign (which `--runs` makes long). */
export function propertyTimeout(normalMs: number): number {
    return campaignRuns ? 0 : normalMs;
}

/** Counts a document the properties tried, for the campaign's figures. */
export function countDocument(): void {
    tried++;
}

/** In a campaign, each test file says how many documents its properties tried. */
afterAll(() => {
    if (campaignRuns) console.log(`fuzz: ${tried} documents tried with seed ${seed}`);
});
