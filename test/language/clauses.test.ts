/** Legal clauses: titled clauses of paragraphs and lists, long texts over several lines, the master agreement. */
import { TextDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { isClausesSection, isGoalsSection } from '../../packages/language/src/generated/ast.js';
import { buildAgreementDocument } from '../../packages/language/src/generator/agreement-document.js';
import { renderHtml } from '../../packages/language/src/generator/html/html-renderer.js';
import { renderMarkdown } from '../../packages/language/src/generator/markdown-renderer.js';
import { clearDocumentsAfterEach, MINIMAL, parse, services, validate } from '../helpers.js';
import { actionsFor, apply } from '../lsp/code-action-helpers.js';
import { ERROR, WARNING, edit, expectDiagnostic } from '../validation/expect-diagnostics.js';

clearDocumentsAfterEach();

export const WITH_CLAUSES = edit(MINIMAL,
    ['    effective 2026-01-01 until 2026-12-31\n', '    effective 2026-01-01 until 2026-12-31\n    master agreement "Master Services Agreement" dated 2025-11-03\n'],
    ['    review {\n        every 6 months\n        participants Acme, Globex\n    }\n', `    review {
        every 6 months
        participants Acme, Globex
    }
    clauses {
        clause Liability "Limitation of liability" {
            paragraph """
                Each party's total liability in any contract year
                is limited to the charges paid in the
                twelve months before the claim arose.

                Neither party limits liability for fraud.
                """
            paragraph "Neither party is liable for indirect loss."
            list {
                item "loss of profit;"
                item """loss of data
                        or goodwill."""
            }
        }
        clause GoverningLaw "Governing law" {
            paragraph "This agreement is governed by the law of England and Wales."
        }
    }
`]);

async function formatted(text: string): Promise<string> {
    const document = await parse(text);
    const edits = await services.Sla.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.textDocument.uri }, options: { insertSpaces: true, tabSize: 4 }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

describe('parsing clauses', () => {
    test('a long text over several lines is one text: lines folded into prose, blank lines kept as paragraph breaks', async () => {
        const document = await validate(WITH_CLAUSES);
        expect(document.diagnostics.filter(d => d.severity === ERROR || d.severity === WARNING)).toEqual([]);
        const clauses = document.document.parseResult.value.sections.find(isClausesSection)!.clauses;
        expect(clauses.map(c => [c.name, c.title])).toEqual([['Liability', 'Limitation of liability'], ['GoverningLaw', 'Governing law']]);
        const [first, second, list] = clauses[0].content;
        expect(first.$type === 'ClauseParagraph' && first.text).toBe(
            "Each party's total liability in any contract year is limited to the charges paid in the twelve months before the claim arose.\n\nNeither party limits liability for fraud.");
        expect(second.$type === 'ClauseParagraph' && second.text).toBe('Neither party is liable for indirect loss.');
        expect(list.$type === 'ClauseList' && list.items.map(item => item.text)).toEqual(['loss of profit;', 'loss of data or goodwill.']);
    });

    test('a wrapped definition or goal is one text, not four errors', async () => {
        const text = edit(MINIMAL, ['goal "Keep the shop online."', 'goal """\n            Keep the shop online\n            during the sales season.\n            """']);
        const document = await validate(text);
        expect(document.diagnostics.filter(d => d.severity === ERROR)).toEqual([]);
        expect(document.document.parseResult.value.sections.find(isGoalsSection)!.goals[0].text).toBe('Keep the shop online during the sales season.');
    });

    test('an ordinary text still ends at its line: a forgotten quote is one error, the next line still parses', async () => {
        const text = edit(WITH_CLAUSES, ['paragraph "Neither party is liable for indirect loss."', 'paragraph "Neither party is liable for indirect loss.']);
        const errors = (await validate(text)).diagnostics.filter(d => d.severity === ERROR);
        expect(errors.map(d => d.message)).toEqual(['This text has no closing quote. Add " at its end.']);
    });

    test('a definition wrapped between ordinary quotes is told to use """, and the quick fix joins it without losing a word', async () => {
        const wrapped = edit(MINIMAL, ['goal "Keep the shop online."', 'goal "Keep the shop online\n            during the sales season."']);
        const result = await validate(wrapped);
        const first = result.diagnostics.find(d => d.range.start.line === wrapped.split('\n').findIndex(l => l.includes('goal "Keep')))!;
        expect(first.message).toBe('This text runs on to the next line, but a text in quotes ends at its line. Write a text over several lines between """ and """ (the quick fix does it).');
        const { actions, uri } = await actionsFor(wrapped, d => d === first || (d.message === first.message && d.range.start.line === first.range.start.line));
        const join = actions.find(a => a.title === 'Make it one text over several lines (between """ and """)')!;
        const fixed = apply(wrapped, join, uri);
        expect(fixed).toContain('goal """Keep the shop online\n            during the sales season."""');
        const after = await validate(fixed);
        expect(after.diagnostics.filter(d => d.severity === ERROR)).toEqual([]);
        expect(after.document.parseResult.value.sections.find(isGoalsSection)!.goals[0].text).toBe('Keep the shop online during the sales season.');
    });

    test('a wrapped text is one error: its continuation lines are not read as entries and unknown names', async () => {
        const wrapped = edit(MINIMAL, ['Globex must "report outages through the portal" within', 'Globex must "report outages\n            through the portal" within']);
        const errors = (await validate(wrapped)).diagnostics.filter(d => d.severity === ERROR);
        expect(errors.map(d => [d.range.start.line, d.message])).toEqual([[wrapped.split('\n').findIndex(l => l.includes('"report outages')),
            'This text runs on to the next line, but a text in quotes ends at its line. Write a text over several lines between """ and """ (the quick fix does it).']]);
    });

    test('a forgotten quote before another text is not taken for a wrapped text', async () => {
        const text = edit(MINIMAL, ['provider Acme "Acme Ltd."', 'provider Acme "Acme Ltd.']);
        const { actions, diagnostics } = await actionsFor(text, d => d.message === 'This text has no closing quote. Add " at its end.');
        expect(diagnostics).toHaveLength(1);
        expect(actions.map(a => a.title)).not.toContain('Make it one text over several lines (between """ and """)');
    });

    test('a long text without its closing """ is one error at its line', async () => {
        const text = edit(WITH_CLAUSES, ['paragraph "This agreement is governed by the law of England and Wales."', 'paragraph """This agreement is governed by the law of England and Wales.']);
        const errors = (await validate(text)).diagnostics.filter(d => d.severity === ERROR);
        expect(errors.map(d => [d.message, d.range.start.line])).toEqual([['This long text has no closing """. Add """ where the text ends.', text.split('\n').findIndex(l => l.includes('paragraph """This'))]]);
    });

    test('two clauses of one name are an error; a clause without text is a warning', async () => {
        await expectDiagnostic(edit(WITH_CLAUSES, ['clause GoverningLaw "Governing law"', 'clause «Liability» "Governing law"']), 'sla-duplicate-clause', ERROR);
        await expectDiagnostic(edit(WITH_CLAUSES, ['clause GoverningLaw "Governing law" {\n            paragraph "This agreement is governed by the law of England and Wales."\n        }', 'clause «GoverningLaw» "Governing law" {\n        }']), 'sla-empty-clause', WARNING);
    });

    test('a master agreement dated on a day that does not exist is an invalid date', async () => {
        await expectDiagnostic(edit(WITH_CLAUSES, ['dated 2025-11-03', 'dated «2025-11-31»']), 'sla-invalid-date', ERROR);
    });

    test('an agreement without clauses is told that it has none; one between departments is not', async () => {
        const missing = (text: string) => validate(text).then(d => d.diagnostics.filter(x => x.code === 'sla-missing-clauses'));
        expect(await missing(MINIMAL)).toHaveLength(1);
        expect(await missing(edit(MINIMAL, ['"Acme Ltd."', '"Acme IT" internal'], ['"Globex Corp."', '"Globex Sales" internal']))).toEqual([]);
    });
});

describe('rendering clauses', () => {
    test('the general terms come last, each clause a numbered subclause with its paragraphs and lists', async () => {
        const document = await parse(WITH_CLAUSES);
        const model = buildAgreementDocument(document.parseResult.value);
        const general = model.clauses.at(-1)!;
        expect(general.title).toBe('General terms');
        expect(general.subclauses.map(c => `${c.number} ${c.title}`)).toEqual([`${general.number}.1 Limitation of liability`, `${general.number}.2 Governing law`]);
        expect(general.subclauses[0].blocks).toEqual([
            expect.objectContaining({ kind: 'paragraph', text: ["Each party's total liability in any contract year is limited to the charges paid in the twelve months before the claim arose."] }),
            expect.objectContaining({ kind: 'paragraph', text: ['Neither party limits liability for fraud.'] }),
            expect.objectContaining({ kind: 'paragraph', text: ['Neither party is liable for indirect loss.'] }),
            expect.objectContaining({ kind: 'list', items: [expect.objectContaining({ text: ['loss of profit;'] }), expect.objectContaining({ text: ['loss of data or goodwill.'] })] })
        ]);
        const html = renderHtml(model, { nonce: 'n' });
        expect(html).toContain('<li data-line="');
        expect(html).toMatch(/<h3><span class="number">\d+\.1<\/span> Limitation of liability<\/h3>/);
        const markdown = renderMarkdown(model);
        expect(markdown).toContain(`### ${general.number}.1 Limitation of liability\n\nEach party's total liability in any contract year is limited`);
        expect(markdown).toContain('- loss of profit;\n- loss of data or goodwill.');
    });

    test('the master agreement is in the title block with its date', async () => {
        const model = buildAgreementDocument((await parse(WITH_CLAUSES)).parseResult.value);
        expect(model.facts.find(f => f.label === 'Master agreement')?.value).toEqual(['Master Services Agreement, dated 3 November 2025']);
        expect(renderHtml(model, { nonce: 'n' })).toContain('<dt>Master agreement</dt><dd data-line="3">Master Services Agreement, dated 3 November 2025</dd>');
        expect(renderMarkdown(model)).toContain('- **Master agreement:** Master Services Agreement, dated 3 November 2025');
    });
});

describe('formatting clauses', () => {
    test('multi-line clauses format losslessly and idempotently: the long text is kept as written', async () => {
        const messy = WITH_CLAUSES.replace('    clauses {\n        clause Liability', '  clauses {   clause   Liability')
            .replace('            list {\n                item "loss of profit;"', '      list { item    "loss of profit;"');
        const once = await formatted(messy);
        expect(await formatted(once)).toBe(once);
        expect(once).toBe(WITH_CLAUSES);
    });

    test('a long text the formatter moves keeps every character of it', async () => {
        const text = edit(WITH_CLAUSES, ['            paragraph """\n                Each', '            paragraph    """\n                Each']);
        const once = await formatted(text);
        expect(once).toBe(WITH_CLAUSES);
    });
});
