/**
 * What an open document keeps from earlier versions while the user types: only the agreement of the keystroke
 * before (for the build phases that reuse its work), never a chain of every version since the last full parse,
 * each with its text and whatever is cached for it.
 */
import { expect, test } from 'vitest';
import type { Agreement } from '../../packages/language/src/generated/ast.js';
import { spliceOf } from '../../packages/language/src/incremental/splice-record.js';
import { readExample } from '../helpers.js';
import { DifferentialSession } from './differential.js';

test('a spliced agreement keeps the one before it, and that one no longer keeps its own predecessor', async () => {
    const text = readExample('cloud-hosting-uptime.sla');
    const session = await DifferentialSession.start(text);
    const agreement = () => session.edited.shared.workspace.LangiumDocuments.getDocument(session.uri)!.parseResult.value as Agreement;
    const versions = [agreement()];
    for (const target of ['99.9', '99.95', '99.9']) {
        await session.change(target === '99.95' ? text : text.replace('99.95', target));
        expect(session.edited.Sla.incremental.IncrementalParser.last).toEqual({ path: 'spliced', unit: 'Level' });
        versions.push(agreement());
    }
    const [, second, third, fourth] = versions;
    expect(spliceOf(fourth)?.previous).toBe(third);
    expect(spliceOf(third)).toBeUndefined();
    expect(spliceOf(second)).toBeUndefined();
    await session.expectSameAsFullBuild('after three keystrokes');
});
