/**
 * Completion finds the tokens around the cursor by lexing only the parts of the item around it at and before the
 * cursor: at offsets all over every example, and next to every token, what it finds must equal what lexing the
 * whole text finds.
 */
import { CstUtils } from 'langium';
import { DefaultCompletionProvider, type CompletionBacktrackingInformation } from 'langium/lsp';
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach, exampleFiles, parse, readExample, services } from '../helpers.js';

clearDocumentsAfterEach();

type Backtracking = (text: string, offset: number) => CompletionBacktrackingInformation;

describe('the tokens around the cursor, found from the item around it', () => {
    test.each(exampleFiles())('equal those found by lexing all of %s', async file => {
        const text = readExample(file);
        const document = await parse(text);
        const provider = services.Sla.lsp.CompletionProvider as unknown as { buildContexts: (d: unknown, p: unknown) => Iterator<unknown>, backtrackToAnyToken: Backtracking };
        const whole = (DefaultCompletionProvider.prototype as unknown as { backtrackToAnyToken: Backtracking }).backtrackToAnyToken;
        // Start building contexts so that the provider holds the document's tree, as during a request.
        const contexts = provider.buildContexts(document, { line: 0, character: 0 });
        contexts.next();
        expect((provider as unknown as { tree?: unknown }).tree, 'the tree is held while contexts are built').toBeDefined();
        let compared = 0;
        // Every seventh offset, and every offset next to a token's or a comment's bounds.
        const bounds = CstUtils.flattenCst(document.parseResult.value.$cstNode!).toArray().flatMap(leaf => [leaf.offset, leaf.end]);
        const offsets = new Set(bounds.flatMap(bound => [bound - 1, bound, bound + 1]).filter(offset => offset >= 0 && offset <= text.length));
        for (let offset = 0; offset <= text.length; offset += 7) offsets.add(offset);
        for (const offset of offsets) {
            const expected = whole.call(provider, text, offset);
            expect(provider.backtrackToAnyToken(text, offset), `offset ${offset}`).toEqual(expected);
            compared++;
        }
        contexts.return?.(undefined);
        expect(compared).toBeGreaterThan(100);
    });
});
