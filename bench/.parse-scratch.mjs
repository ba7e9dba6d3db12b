import * as fs from 'node:fs';
import { Sla } from './language.mjs';
const text = fs.readFileSync(process.argv[2], 'utf8');
const r=[]; for (let i=0;i<30;i++){ const t=performance.now(); Sla.parser.Lexer.tokenize(text); r.push((performance.now()-t).toFixed(1));}
console.log(r.join(' '));
const p=[]; for (let i=0;i<15;i++){ const t=performance.now(); Sla.parser.LangiumParser.parse(text); p.push((performance.now()-t).toFixed(1));}
console.log(p.join(' '));
