import { test } from 'vitest';
import * as fs from 'node:fs';
import { readExample, validate } from '../helpers.js';
import { MISTAKES, withMistake } from '../language/mistakes/corpus.js';

test('measure', async () => {
    const base = readExample('managed-it-helpdesk.sla');
    const lines: string[] = [];
    const clean = (await validate(base)).diagnostics.filter(d => d.severity === 1);
    lines.push(`clean: ${clean.length}`);
    for (const m of MISTAKES) {
        const n = 1;
        if (n !== 1 && !m.everywhere) { lines.push(`BAD FROM ${m.what} ${n}`); continue; }
        const text = withMistake(base, m);
        const errs = (await validate(text)).diagnostics.filter(d => d.severity === 1);
        lines.push(`${m.section} | ${m.what} | ${errs.length}`);
        if (process.env.DETAIL) for (const e of errs) lines.push(`    ${e.range.start.line + 1}:${e.range.start.character} ${e.code} ${e.message}`);
    }
    fs.writeFileSync(process.env.OUT ?? '/tmp/mp-measure.txt', lines.join('\n') + '\n');
});
