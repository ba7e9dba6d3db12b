/**
 * Completion reads only the item around the cursor (incremental/windowed-completion.ts): at every token of every
 * example and of a generated agreement, and while an item is half typed, it must offer exactly the items that
 * reading the whole text before the cursor offers: labels, kinds, details, insert texts, text edits, sort texts
 * and documentation.
 */
import { CstUtils, type LangiumDocument } from 'langium';
import { DefaultCompletionProvider } from 'langium/lsp';
import { describe, expect, test } from 'vitest';
import type { CompletionList } from 'vscode-languageserver';
import { ItemCompletionParser } from '../../packages/language/src/incremental/item-completion-parser.js';
import { clearDocumentsAfterEach, exampleFiles, parse, readExample, services } from '../helpers.js';

clearDocumentsAfterEach();

const provider = services.Sla.lsp.CompletionProvider! as unknown as {
    getCompletion: (document: LangiumDocument, params: object) => Promise<CompletionList | undefined>,
    findFeaturesAt?: unknown
};
const parser = services.Sla.parser.CompletionParser as ItemCompletionParser;

/**
 * Counts the completions that read one item rather than the whole text, and those that left out items of a list
 * before the cursor's (what they read is not a stretch of the text), so that the test cannot pass vacuously.
 */
let itemStarted = 0;
let listShortened = 0;
let completedText = '';
const parseAs = parser.parseAs.bind(parser);
parser.parseAs = (input, rule) => {
    const result = parseAs(input, rule);
    if (result) itemStarted++;
    if (result && !completedText.includes(input)) listShortened++;
    return result;
};

async function complete(document: LangiumDocument, offset: number, whole: boolean): Promise<CompletionList | undefined> {
    // Langium's own reading of the whole text before the cursor, on this very provider.
    if (whole) provider.findFeaturesAt = (DefaultCompletionProvider.prototype as unknown as { findFeaturesAt: unknown }).findFeaturesAt;
    try {
        return await provider.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
    } finally {
        delete provider.findFeaturesAt;
    }
}

/** Every place a token starts or ends. */
function tokenBounds(document: LangiumDocument): number[] {
    const leaves = CstUtils.flattenCst(document.parseResult.value.$cstNode!).filter(leaf => !leaf.hidden).toArray();
    return [...new Set(leaves.flatMap(leaf => [leaf.offset, leaf.end]))];
}

async function expectSameEverywhere(text: string, name: string): Promise<void> {
    const document = await parse(text, { documentUri: `file:///item-completion/${name}` });
    await services.shared.workspace.DocumentBuilder.build([document], {});
    completedText = text;
    const before = itemStarted;
    const shortenedBefore = listShortened;
    const differing: string[] = [];
    for (const offset of tokenBounds(document)) {
        const expected = await complete(document, offset, true);
        const actual = await complete(document, offset, false);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) differing.push(`${name}@${offset}`);
    }
    expect(differing).toEqual([]);
    expect(itemStarted - before, 'most places lie inside an item').toBeGreaterThan(tokenBounds(document).length / 2);
    expect(listShortened - shortenedBefore, 'some places follow items of a list').toBeGreaterThan(0);
}

/**
 * While an item is being typed: the rest of the line after the cursor is not written yet, or a word before the
 * cursor is missing (a syntax error inside the item, before the cursor).
 */
async function expectSameWhileTyping(text: string, name: string, every: number): Promise<void> {
    const document = await parse(text);
    const bounds = tokenBounds(document).filter((_, i) => i % every === 0);
    const differing: string[] = [];
    for (const [i, offset] of bounds.entries()) {
        const lineEnd = text.indexOf('\n', offset);
        const cut = text.slice(0, offset) + (lineEnd < 0 ? '' : text.slice(lineEnd));
        const wordBefore = /\S+\s+\S*$/.exec(text.slice(Math.max(0, offset - 40), offset));
        const missing = wordBefore ? text.slice(0, offset - wordBefore[0].length) + text.slice(offset - wordBefore[0].length).replace(/^\S+/, '') : text;
        for (const [variant, typed, cursor] of [['cut', cut, offset], ['missing', missing, offset - (text.length - missing.length)]] as const) {
            completedText = typed;
            const half = await parse(typed, { documentUri: `file:///item-completion/typing-${i}-${variant}-${name}` });
            await services.shared.workspace.DocumentBuilder.build([half], {});
            const expected = await complete(half, cursor, true);
            const actual = await complete(half, cursor, false);
            if (JSON.stringify(actual) !== JSON.stringify(expected)) differing.push(`${name}@${offset} (${variant})`);
        }
    }
    expect(differing).toEqual([]);
}

describe('completion read from the item around the cursor', () => {
    test.each(exampleFiles())('offers what reading all of %s offers, at every token', async file => {
        await expectSameEverywhere(readExample(file), file.replace('/', '-'));
    }, 120_000);

    test('offers what reading all of a generated agreement offers, at every token', async () => {
        // bench/generate.mjs reads the compiled language package: `npm test` builds first.
        const { generateAgreement } = await import('../../bench/generate.mjs') as { generateAgreement: (lines: number) => string };
        await expectSameEverywhere(generateAgreement(300), 'generated.sla');
    }, 120_000);

    test.each(['managed-it-helpdesk.sla', 'cloud-hosting-uptime.sla'])('offers what reading all of %s offers while an item is half typed', async file => {
        await expectSameWhileTyping(readExample(file), file, 7);
    }, 120_000);
});
