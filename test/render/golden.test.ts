/**
 * Golden tests: the HTML and Markdown of every example, compared with the files under __golden__/. After an
 * intended change, run `UPDATE_GOLDEN=1 npx vitest run test/render`, read the diff, and commit the new files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderAgreement } from '../../packages/language/src/generator/render.js';
import { GOLDEN_NONCE, loadExamples } from './render-fixtures.js';

const goldenDir = path.join(import.meta.dirname, '__golden__');
const update = process.env.UPDATE_GOLDEN === '1';
const examples = await loadExamples();

describe.each(examples)('$file', ({ file, document }) => {
    test.each([['html', 'html'], ['markdown', 'md']] as const)('renders %s as in the golden file', async (format, extension) => {
        const rendered = await renderAgreement(document, format, { nonce: GOLDEN_NONCE });
        expect(rendered.problems).toEqual({ errors: 0, warnings: 0 });
        const golden = path.join(goldenDir, file.replace(/\.sla$/, `.${extension}`));
        if (update) {
            fs.mkdirSync(path.dirname(golden), { recursive: true });
            fs.writeFileSync(golden, rendered.content);
        }
        expect(fs.existsSync(golden), `${golden} is missing; run UPDATE_GOLDEN=1 npx vitest run test/render`).toBe(true);
        expect(rendered.content).toBe(fs.readFileSync(golden, 'utf8'));
    });
});
