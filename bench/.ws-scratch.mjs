import * as fs from 'node:fs';
import { generateWorkspace } from './generate.mjs';
import { benchWorkspace } from './server-workspace.mjs';
const n = +process.argv[2]; const dir = `/tmp/ws-${n}`;
fs.rmSync(dir, { recursive: true, force: true });
const ws = generateWorkspace(dir, n);
console.log(JSON.stringify(await benchWorkspace(dir, ws), null, 1));
