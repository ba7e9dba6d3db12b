/**
 * The XSS corpus of the preview's browser tests (test/fixtures/xss-payloads.ts) reaches every place an agreement
 * carries text: at least 100 payloads, each parsing cleanly in every string the grammar has and in comments. A new
 * string in the grammar that the corpus agreement does not fill makes this fail.
 */
import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { XSS_PAYLOADS, xssAgreement } from '../fixtures/xss-payloads.js';
import { parse, services } from '../helpers.js';

/** `Type.feature` of every grammar assignment that takes a STRING, or a `Text` (a STRING or a long text). */
function stringFeatures(): string[] {
    return AstUtils.streamAllContents(services.Sla.Grammar).filter(GrammarAST.isAssignment)
        .filter(a => GrammarAST.isRuleCall(a.terminal) && ['STRING', 'Text'].includes(a.terminal.rule.ref?.name ?? ''))
        .map(a => `${AstUtils.getContainerOfType(a, GrammarAST.isParserRule)!.name}.${a.feature}`).distinct().toArray().sort();
}

describe('the XSS corpus', () => {
    test('has at least 100 distinct payloads', () => {
        expect(new Set(XSS_PAYLOADS).size).toBeGreaterThanOrEqual(100);
    });

    test('puts each payload, parsed intact, into every string of the grammar and into comments', async () => {
        const features = stringFeatures();
        expect(features.length).toBeGreaterThan(30);
        for (const payload of XSS_PAYLOADS) {
            const document = await parse(xssAgreement(payload));
            expect(document.parseResult.lexerErrors, payload).toEqual([]);
            expect(document.parseResult.parserErrors, payload).toEqual([]);
            const filled = new Set<string>();
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                for (const [feature, value] of Object.entries(node)) {
                    if ([value].flat().includes(payload)) filled.add(`${node.$type}.${feature}`);
                }
            }
            expect(features.filter(feature => !filled.has(feature)), payload).toEqual([]);
            const comments = services.Sla.parser.Lexer.tokenize(document.textDocument.getText()).hidden.map(t => t.image);
            // As the corpus writes them: line breaks become spaces in a line comment, `*/` is broken in a block comment.
            expect(comments.filter(c => c.startsWith('//') && c.includes(payload.replace(/[\r\n\u2028\u2029]/g, ' '))), payload).not.toEqual([]);
            expect(comments.filter(c => c.startsWith('/*') && c.includes(payload.replace(/\*\//g, '* /'))), payload).not.toEqual([]);
        }
    });
});
