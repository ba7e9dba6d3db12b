import * as fs from 'node:fs';
import { benchDocument } from './server-document.mjs';
const f = process.argv[2];
console.log(JSON.stringify(await benchDocument(f, fs.readFileSync(f, 'utf8')), null, 1));
