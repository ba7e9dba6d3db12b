/**
 * The property every robustness test states about a text: each editor feature and the CLI's check finish on it
 * without throwing, no check crashes, the formatter keeps every token and comment and is idempotent, and every
 * quick fix is lossless.
 */
import { expect } from 'vitest';
import type { RenderFormat } from '../../packages/language/src/sla-protocol.js';
import { allCodeActions, completeAndHover, formatText, renderAll, tokenImages, withDocument } from './editor-session.js';
import { countDocument } from './fuzz-config.js';
import { quickFixProblems } from './lossless.js';

export interface ExerciseOptions {
    /** Offsets for completion and hover; the start and the end by default. */
    readonly offsets?: readonly number[];
    /** The render formats to try; all by default. */
    readonly formats?: readonly RenderFormat[];
}

export async function exercise(text: string, options: ExerciseOptions = {}): Promise<void> {
    countDocument();
    const formatted = await withDocument(text, async ({ document, diagnostics, crashes }) => {
        expect(crashes, 'a check or the linker threw').toEqual([]);
        await completeAndHover(document, options.offsets ?? [0, text.length]);
        const actions = await allCodeActions(document, diagnostics);
        expect(actions.flatMap(action => quickFixProblems(text, document.textDocument.uri, action)), 'quick fixes that lose or garble text').toEqual([]);
        await renderAll(document, options.formats);
        return formatText(document);
    });
    expect(tokenImages(formatted), 'the formatter changed the tokens or comments').toEqual(tokenImages(text));
    if (formatted !== text) {
        expect(await withDocument(formatted, async ({ document }) => formatText(document)), 'a second formatting changed the text').toBe(formatted);
    }
}
