/** Half-written agreements: no editing feature throws, whatever prefix of an example is in the editor. */
import { describe, expect, test } from 'vitest';
import { CodeActionKind } from 'vscode-languageserver';
import { clearDocumentsAfterEach, readExample, services, validate } from '../helpers.js';

clearDocumentsAfterEach();

const lsp = services.Sla.lsp;

describe('editing features on every prefix of an example', () => {
    const example = readExample('managed-it-helpdesk.sla');
    const cuts = Array.from({ length: Math.ceil(example.length / 331) }, (_, i) => i * 331);

    test.each(cuts)('cut after %i characters', async cut => {
        const text = example.slice(0, cut);
        const { document, diagnostics } = await validate(text);
        const textDocument = { uri: document.textDocument.uri };
        const end = document.textDocument.positionAt(text.length);
        const actions = await lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument, range: { start: { line: 0, character: 0 }, end }, context: { diagnostics, only: [CodeActionKind.QuickFix, CodeActionKind.Source] }
        });
        expect(Array.isArray(actions)).toBe(true);
        await lsp.CompletionProvider!.getCompletion(document, { textDocument, position: end });
        await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
        await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
        await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
        await lsp.Formatter!.formatDocument(document, { textDocument, options: { insertSpaces: true, tabSize: 4 } });
        await lsp.HoverProvider!.getHoverContent(document, { textDocument, position: document.textDocument.positionAt(Math.max(0, text.length - 3)) });
    });
});
