/** Failures the robustness properties found, each kept as the document that showed it. */
import { describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { readExample } from '../helpers.js';
import { allCodeActions, withDocument } from './editor-session.js';
import { exercise } from './exercise.js';

describe('found by npm run fuzz', () => {
    // Seed 9, token insertion: a text before a metric's name leaves a metric without a name, and the level stub
    // planned for a missing section split that name (TypeError in generator/declaration-stubs.ts).
    test('code actions on an agreement with a nameless metric', async () => {
        const text = readExample('managed-it-helpdesk.sla').replace('metric ResolutionTime', 'metric "24x7 support" ResolutionTime');
        await exercise(text);
        const titles = await withDocument(text, async ({ document, diagnostics }) => (await allCodeActions(document, diagnostics)).map((a: CodeAction) => a.title));
        expect(titles).not.toEqual([]);
    });
});
