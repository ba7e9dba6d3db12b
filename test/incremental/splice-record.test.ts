/**
 * The record of a splice holds the tree before it. Were the records of older trees kept too, every version of the
 * text since the last full parse would stay in memory (about 1 MB per keystroke at 5,000 lines).
 */
import { describe, expect, test } from 'vitest';
import type { Agreement } from '../../packages/language/src/generated/ast.js';
import { spliceOf } from '../../packages/language/src/incremental/splice-record.js';
import { readExample } from '../helpers.js';
import { DifferentialSession } from './differential.js';

describe('splice records', () => {
    test('a tree spliced from a spliced tree keeps the tree before it, not the trees before that', async () => {
        const text = readExample('cloud-hosting-uptime.sla');
        const session = await DifferentialSession.start(text);
        const document = session.edited.shared.workspace.LangiumDocuments.getDocument(session.uri)!;
        const treeAfter = async (newText: string) => {
            await session.change(newText);
            expect(session.edited.Sla.incremental.IncrementalParser.last?.path).toBe('spliced');
            return document.parseResult.value as Agreement;
        };
        const first = await treeAfter(text.replace('99.95', '99.9'));
        expect(spliceOf(first)?.previous).toBeDefined();
        const second = await treeAfter(text.replace('99.95', '99.8'));
        expect(spliceOf(second)?.previous).toBe(first);
        expect(spliceOf(first)).toBeUndefined();
        await session.expectSameAsFullBuild('after two spliced edits');
    });
});
