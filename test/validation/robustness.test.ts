import { DocumentValidator, EmptyFileSystem } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { isPartiesSection } from '../../packages/language/src/generated/ast.js';
import { section } from '../../packages/language/src/sla-model.js';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { checkAgreements } from '../../packages/language/src/workspace/agreement-workspace.js';
import { clearDocumentsAfterEach, exampleFiles, MINIMAL, parse, readExample, validate } from '../helpers.js';
import { edit, ERROR, marked } from './expect-diagnostics.js';

clearDocumentsAfterEach();

describe('syntax errors', () => {
    test('carry the code of the slip and keep Langium\'s own data, from the parser and from the lexer', async () => {
        // `=>` is one slip over two tokens, marked as a whole.
        const parser = marked(edit(MINIMAL, ['Uptime >= 99.5 %', 'Uptime «=>» 99.5 %']));
        const character = marked(edit(MINIMAL, ['Uptime >= 99.5 %', 'Uptime >= 99.5 % «@»']));
        const letter = marked(edit(MINIMAL, ['Uptime >= 99.5 %', 'Uptime >= 99.5 % «À»']));
        const cases = [[parser, IssueCodes.TargetFormat, DocumentValidator.ParsingError], [character, IssueCodes.SyntaxError, DocumentValidator.ParsingError],
            [letter, IssueCodes.SyntaxError, DocumentValidator.LexingError]] as const;
        for (const [{ text, range }, code, langium] of cases) {
            const errors = (await validate(text)).diagnostics.filter(d => d.severity === ERROR);
            expect(errors).toEqual([expect.objectContaining({ code, data: expect.objectContaining({ code: langium }), range })]);
            expect(errors[0].message).not.toMatch(/token|Expecting|->|offset/);
        }
        expect((await validate(MINIMAL)).diagnostics.filter(d => d.data?.code === DocumentValidator.ParsingError)).toEqual([]);
    });

    test('a missing closing quote is one diagnostic on the text, and the rest of the file still parses', async () => {
        const { text, range } = marked(edit(MINIMAL, ['customer Globex "Globex Corp."', 'customer Globex «"Globex Corp.»']));
        const result = await validate(text);
        expect(result.diagnostics.filter(d => d.severity === ERROR)).toEqual([
            expect.objectContaining({ code: IssueCodes.SyntaxError, range, message: 'This text has no closing quote. Add " at its end.' })
        ]);
        const parties = section(result.document.parseResult.value, isPartiesSection)!.parties;
        expect(parties.map(p => [p.name, p.legalName])).toEqual([['Acme', 'Acme Ltd.'], ['Globex', 'Globex Corp.']]);
    });

    test('a typo gives one or two syntax diagnostics, and the checks still report on what parsed', async () => {
        const typos: Array<[string, string]> = [
            ['obliged Acme', 'oblige Acme'],
            ['kind ratio', 'kind ration'],
            ['Globex must "report', 'Globex mst "report'],
            ['service Shop "Web shop" {', 'service Shop "Web shop"'],
            ['when < 99.0 % credit 25 %', 'when < 99.0 % credt 25 %']
        ];
        for (const [from, to] of typos) {
            // The same document also sets the notice to zero days: that check must still fire.
            const result = await validate(edit(MINIMAL, [from, to], ['notice 30 days', 'notice 0 days']));
            const syntax = result.diagnostics.filter(d => d.data?.code === DocumentValidator.ParsingError);
            expect(syntax.length, to).toBeGreaterThanOrEqual(1);
            expect(syntax.length, to).toBeLessThanOrEqual(2);
            expect(result.diagnostics.map(d => d.code), to).toContain(IssueCodes.NonPositiveQuantity);
        }
    });

    test('half-parsed numbers with units are still checked', async () => {
        const result = await validate(edit(MINIMAL, ['    review {\n        every 6 months', '    review {\n        every 6 months\n        next'], ['notice 30 days', 'notice 0 days']));
        expect(result.diagnostics.map(d => d.code)).toEqual(expect.arrayContaining([IssueCodes.DateFormat, IssueCodes.NonPositiveQuantity]));
    });
});

describe('partial documents', () => {
    /**
     * Every prefix of an agreement is what an editor holds while it is being typed. No check may throw on it: a
     * throwing check shows up as "An error occurred during validation" and is logged to the console.
     */
    test('no check throws on any prefix of the examples or of the minimal agreement', async () => {
        const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const texts = [MINIMAL, ...exampleFiles().map(readExample)];
            const fresh = createSlaServices(EmptyFileSystem);
            for (const text of texts) {
                const cuts = text.split('\n').map((_, i, lines) => lines.slice(0, i).join('\n').length);
                for (const cut of cuts.filter((_, i) => i % 3 === 0)) {
                    const prefix = text.slice(0, cut);
                    const [checked] = await checkAgreements(fresh, [{ path: '/prefix.sla', text: prefix }]);
                    const crashes = checked.diagnostics.filter(d => d.message.startsWith('An error occurred'));
                    expect(crashes.map(d => d.message), `prefix of ${cut} characters`).toEqual([]);
                }
            }
            expect(errors).not.toHaveBeenCalled();
        } finally {
            errors.mockRestore();
        }
    });

    test('an agreement with every value missing is still validated', async () => {
        const document = await parse('agreement A { parties { provider } levels { level L for { >= } } remedies { credits for { when < credit } } }', { validation: true });
        expect(document.diagnostics?.some(d => d.message.startsWith('An error occurred'))).toBe(false);
    });
});
