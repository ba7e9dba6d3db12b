/**
 * `npm run fuzz -- --runs N [--seed S]`: a long campaign over the robustness properties of test/robustness, each
 * property trying N documents from seed S (random when not given). With `--incremental`, the campaign runs the
 * differential test of incremental updates instead (test/incremental: N editing sessions per document). Prints the seed first, so that any failure can
 * be reproduced with `--seed`; fast-check adds the failing run's seed and path to the failure.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = name => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
};
const runs = Number(option('runs') ?? 1000);
const suite = args.includes('--incremental') ? 'test/incremental' : 'test/robustness';
const seed = Number(option('seed') ?? Math.floor(Math.random() * 2 ** 31));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
    console.error('usage: npm run fuzz -- [--incremental] --runs N [--seed S]');
    process.exit(2);
}
console.log(`fuzz: ${suite}, ${runs} runs per property, seed ${seed}`);
const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', suite, '--testTimeout=0', '--silent=false', '--reporter=verbose'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, SLA_FUZZ_RUNS: String(runs), SLA_FUZZ_SEED: String(seed) }
});
console.log(`fuzz: finished in ${Math.round((Date.now() - started) / 1000)} s with seed ${seed}, ${result.status === 0 ? 'no failures' : 'FAILURES (see above)'}`);
process.exit(result.status ?? 1);
