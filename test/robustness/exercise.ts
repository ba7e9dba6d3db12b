/**
 * The property every robustness test states about a text: each editor feature and the CLI's check finish on it
 * without throwing, no check crashes, the formatter keeps every token and comment, and every quick fix is lossless.
 */
import { expect } from 'vitest';
import type { RenderFormat } from '../../packages/language/src/sla-protocol.js';
import { countDocument } from './fuzz-config.js';
import { allCodeActions, completeAndHover, formatText, renderAll, tokenImages, withDocument } from './editor-session.js';
import { quickFixProblems } from './lossless.js';

export interface ExerciseOptions {
    /** Offsets for completion and hover. */
    readonly offsets?: readonly number[];
    /** The render formats to try; all by default. */
    readonly formats?: readonly RenderFormat[];
}

export async function exercise(text: string, options: ExerciseOptions = {}): Promise<void> {
    countDocument();
    await withDocument(text, async ({ document, diagnostics, crashes }) => {
        expect(crashes, 'a check or the linker threw').toEqual([]);
        await completeAndHover(document, options.offsets ?? [0, text.length]);
        const uri = document.textDocument.uri;
        const actions = await allCodeActions(document, diagnostics);
        expect(actions.flatMap(action => quickFixProblems(text, uri, action)), 'quick fixes that lose text').toEqual([]);
        const formatted = await formatText(document);
        expect(tokenImages(formatted), 'the formatter changed the tokens or comments').toEqual(tokenImages(text));
        await renderAll(document, options.formats);
        return formatted;
    }).then(async formatted => {
        if (formatted !== text) {
            const again = await withDocument(formatted, async ({ document }) => formatText(document));
            expect(again, 'a second formatting changed the text').toBe(formatted);
        }
    });
}
