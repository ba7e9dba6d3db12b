/**
 * Completion finds the tokens around the cursor by lexing only the item around it: at every offset of every
 * example, what it finds must equal what lexing the whole text finds.
 */
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
        for (let offset = 0; offset <= text.length; offset += 7) {
            const expected = whole.call(provider, text, offset);
            expect(provider.backtrackToAnyToken(text, offset), `offset ${offset}`).toEqual(expected);
            compared++;
        }
        contexts.return?.(undefined);
        expect(compared).toBeGreaterThan(100);
    });
});
