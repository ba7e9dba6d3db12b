import fc from 'fast-check';
import { test } from 'vitest';
import { mutatedExample } from './corpus.js';
import { allCodeActions, withDocument } from './editor-session.js';
test('probe', async () => {
    const titles = new Map<string, number>();
    for (const text of fc.sample(mutatedExample, { numRuns: 40, seed: 5 })) {
        await withDocument(text, async ({ document, diagnostics }) => {
            for (const a of await allCodeActions(document, diagnostics)) {
                const t = a.title.replace(/'.*$/, '');
                titles.set(t, (titles.get(t) ?? 0) + 1);
            }
        });
    }
    console.log('TITLES', JSON.stringify([...titles]));
}, 120000);
