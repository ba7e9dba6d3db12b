/** Bidirectional control characters in the agreement's texts: reported where they are, isolated where shown. */
import { describe, expect, test } from 'vitest';
import { buildAgreementDocument } from '../../packages/language/src/generator/agreement-document.js';
import { renderHtml } from '../../packages/language/src/generator/html/html-renderer.js';
import { renderMarkdown } from '../../packages/language/src/generator/markdown-renderer.js';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL, parse } from '../helpers.js';
import { edit, expectDiagnostic, expectNoDiagnostic, WARNING } from './expect-diagnostics.js';

clearDocumentsAfterEach();

const RLO = '\u202E';
const spoofed = edit(MINIMAL, ['provider Acme "Acme Ltd."', `provider Acme «"Acme Ltd. ${RLO}dtL ,nomeD"»`]);

describe('bidi control characters', () => {
    test('a right-to-left override in a legal name is a warning on that text, naming the character', async () => {
        const diagnostic = await expectDiagnostic(spoofed, IssueCodes.BidiControl, WARNING);
        expect(diagnostic.message).toContain('U+202E');
        expect(diagnostic.message).toContain('readers may see something the agreement does not say');
        await expectNoDiagnostic(MINIMAL, IssueCodes.BidiControl);
        // Right-to-left text itself is fine: Hebrew and Arabic names need no control character.
        await expectNoDiagnostic(edit(MINIMAL, ['"Acme Ltd."', '"אקמה בע״מ"']), IssueCodes.BidiControl);
    });

    test.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'])(
        'U+%s is reported', async char => {
            await expectDiagnostic(edit(MINIMAL, ['"Keep the shop online."', `«"Keep the ${char}shop online."»`]), IssueCodes.BidiControl, WARNING);
        });

    test('the rendered HTML and Markdown confine the override to the name: the words after it keep their order', async () => {
        const document = await parse(spoofed.replace(/[«»]/g, ''));
        const model = buildAgreementDocument(document.parseResult.value);
        for (const rendered of [renderHtml(model, { nonce: 'n' }), renderMarkdown(model)]) {
            expect(rendered).toContain(`\u2068Acme Ltd. ${RLO}dtL ,nomeD\u2069 and Globex Corp.`);
            expect(rendered.split(RLO).length - 1).toBe(rendered.split('\u2068Acme Ltd.').length - 1);
        }
    });

    test('a long text is reported and isolated as a quoted one is: the goal after the override keeps its order', async () => {
        const long = (goal: string) => edit(MINIMAL, ['goal "Keep the shop online."', `goal ${goal}`]);
        await expectDiagnostic(long(`«"""\n            Keep the ${RLO}pohs online\n            during the sales season.\n            """»`), IssueCodes.BidiControl, WARNING);
        const document = await parse(long(`"""\n            Keep the ${RLO}pohs online\n            during the sales season.\n            """`));
        const model = buildAgreementDocument(document.parseResult.value);
        for (const rendered of [renderHtml(model, { nonce: 'n' }), renderMarkdown(model)]) {
            expect(rendered).toContain(`\u2068Keep the ${RLO}pohs online during the sales season.\u2069`);
        }
    });

    test('NUL, ESC and backspace in a text become U+FFFD in HTML and Markdown', async () => {
        const document = await parse(MINIMAL.replace('Keep the shop online.', 'Keep\u0000 the\u001b[2J shop\u0008 online.'));
        const model = buildAgreementDocument(document.parseResult.value);
        for (const rendered of [renderHtml(model, { nonce: 'n' }), renderMarkdown(model)]) {
            expect(rendered).toContain('Keep\uFFFD the\uFFFD');
            expect(rendered).toContain('2J shop\uFFFD online.');
            expect(rendered).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
        }
    });
});
