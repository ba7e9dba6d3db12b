/**
 * Bidi controls in rendered documents stay inside isolates, whether they come from an agreement's texts (isolated
 * when parsed) or from a data file (a ticket id, a file name, a column name in an evaluation report).
 */
import { describe, expect, test } from 'vitest';
import { renderEvaluation } from '../../packages/language/src/generator/evaluation-document.js';
import { documentText } from '../../packages/language/src/text-safety.js';
import { clearDocumentsAfterEach } from '../helpers.js';
import { agreement, report } from '../evaluation/evaluation-fixtures.js';
import { withoutIsolates } from './render-fixtures.js';

clearDocumentsAfterEach();

const RLO = '\u202E', FSI = '\u2068', PDI = '\u2069';
const STRAY = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('documentText', () => {
    test.each([
        ['plain', 'Acme Ltd.', 'Acme Ltd.'],
        ['an isolated text, as the parser gives it', `${FSI}Acme ${RLO}dtL${PDI}`, `${FSI}Acme ${RLO}dtL${PDI}`],
        ['an override read from data', `T-1${RLO}cba`, `${FSI}T-1${RLO}cba${PDI}`],
        ['an isolate left open', `${FSI}T-1`, `${FSI}${FSI}T-1${PDI}`],
        ['a closing isolate without its opening', `T-1${PDI} x`, `${FSI}T-1${PDI} x${PDI}`],
        ['a control character', 'T-1\u009b2J', 'T-1\uFFFD2J']
    ])('%s', (_, text, rendered) => {
        expect(documentText(text)).toBe(rendered);
    });
});

test('an evaluation report keeps overrides in ticket ids, file names and column names to their own cell', async () => {
    const text = agreement({
        metrics: '        metric Response "Response" {\n            unit minutes\n            aggregation per-ticket\n            window calendar month\n        }',
        levels: '        level Fast "Fast" for Web {\n            Response <= 15 minutes\n            obliged Acme\n        }'
    });
    const data = `id,created,Response,no${RLO}te\nT-1${RLO}cba,2026-10-31T10:00Z,2026-10-31T11:05Z,x\n`;
    const r = await report(text, { [`ti${RLO}ckets.csv`]: data }, { period: '2026-10' });
    for (const format of ['html', 'md'] as const) {
        const rendered = renderEvaluation(r, format);
        expect(rendered).toContain(`${FSI}T-1${RLO}cba${PDI}`);
        expect(rendered).toContain(`${FSI}ti${RLO}ckets.csv${PDI}`);
        expect(withoutIsolates(rendered)).not.toMatch(STRAY);
    }
});
