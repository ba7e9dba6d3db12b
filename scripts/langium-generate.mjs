/**
 * `langium generate`, without Langium's "Found multiple assignments" warnings.
 *
 * Blocks list their fields in any order (`( 'a' a=X | 'b' b=Y )*`), so Langium's grammar check warns that a
 * field written twice keeps its last value. That is by design: the validator reports every repeated field
 * (`sla-duplicate-field`), so nothing is lost silently. Those warnings would read as problems to a newcomer, and
 * Langium offers no option to turn them off (its grammar validation options only choose how types are inferred).
 * Every other line, warnings included, is printed as Langium prints it, and the exit code is Langium's.
 */
import { spawnSync } from 'node:child_process';

// Run as an npm script, so `langium` is langium-cli's binary from node_modules/.bin.
const result = spawnSync('langium', ['generate', ...process.argv.slice(2)], { encoding: 'utf8' });
const BY_DESIGN = /Found multiple assignments to '\w+' with the '=' assignment operator/;
const keep = text => (text ?? '').split('\n').filter(line => !BY_DESIGN.test(line)).join('\n');
process.stdout.write(keep(result.stdout));
process.stderr.write(keep(result.stderr));
if (result.error) throw result.error;
process.exit(result.status ?? 1);
