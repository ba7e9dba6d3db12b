import { test } from 'vitest';
import * as fs from 'node:fs';
import { renderAgreement } from '../../packages/language/src/generator/render.js';
import { loadText } from './render-fixtures.js';
test('scratch', async () => {
    const document = await loadText(fs.readFileSync('examples/dental-clinic-it.sla', 'utf8'));
    console.log(document.diagnostics?.map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`).join('\n'));
    const md = await renderAgreement(document, 'markdown', { nonce: 'x' });
    fs.writeFileSync('/tmp/purch/clinic.md', md.content);
});
