import * as fs from 'node:fs';
import { generateWorkspace } from './generate.mjs';
const n = +process.argv[2]; const dir = `/tmp/ws-${n}`;
fs.rmSync(dir, { recursive: true, force: true });
generateWorkspace(dir, n);
