/** Process entry point of the `sla` command (bundled to out/sla.cjs). */
import { main } from './main.js';

void main(process.argv.slice(2));
