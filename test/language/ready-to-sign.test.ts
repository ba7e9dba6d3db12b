/**
 * Ready to sign: every placeholder (a TODO text, a value marked as suggested with `?`) is reported, is an error in
 * an active agreement, fails `sla check --ready`, and makes every rendering a visibly counted DRAFT. Quick fixes and
 * templates never write an invented value without marking it.
 */
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { run } from '../../packages/cli/src/main.js';
import { buildAgreementDocument } from '../../packages/language/src/generator/agreement-document.js';
import { renderDocx } from '../../packages/language/src/generator/docx-renderer.js';
import { renderHtml } from '../../packages/language/src/generator/html/html-renderer.js';
import { renderMarkdown } from '../../packages/language/src/generator/markdown-renderer.js';
import { AGREEMENT_TEMPLATES, writeAgreement } from '../../packages/language/src/generator/templates/agreement-templates.js';
import { ADD_MISSING_SECTIONS_KIND } from '../../packages/language/src/lsp/sla-code-actions.js';
import { placeholdersOf } from '../../packages/language/src/validation/placeholders.js';
import { clearDocumentsAfterEach, MINIMAL, parse, services, validate } from '../helpers.js';
import { actionsFor, apply, withCode } from '../lsp/code-action-helpers.js';
import { ERROR, INFO, edit, expectDiagnostic } from '../validation/expect-diagnostics.js';

clearDocumentsAfterEach();

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-ready-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, content);
    return target;
};

const PLACEHOLDER = 'sla-placeholder';
const DRAFT = edit(MINIMAL, ['    version 1.0\n', '    version 1.0\n    status draft\n']);
const ACTIVE = edit(MINIMAL, ['    version 1.0\n', '    version 1.0\n    status active\n']);

describe('placeholder diagnostics', () => {
    test('a TODO text is information in a draft and an error in an active agreement, at the text', async () => {
        const todo = (text: string) => edit(text, ['goal "Keep the shop online."', 'goal «"TODO: the business outcome"»']);
        const draft = await expectDiagnostic(todo(DRAFT), PLACEHOLDER, INFO);
        expect(draft.message).toBe('To do (Goals and objectives): "TODO: the business outcome". Only the parties can fill this in; write what they agreed in place of the TODO.');
        const active = await expectDiagnostic(todo(ACTIVE), PLACEHOLDER, ERROR);
        expect(active.message).toContain('The agreement is active: it must not be signed with placeholders in it.');
        await expectDiagnostic(todo(MINIMAL), PLACEHOLDER, INFO);
    });

    test('a value marked with ? is a suggested value, reported with its unit, and confirmed by deleting the ?', async () => {
        const text = edit(DRAFT, ['cap 25 % per month', 'cap «25?» % per month']);
        const diagnostic = await expectDiagnostic(text, PLACEHOLDER, INFO);
        expect(diagnostic.message).toBe("Suggested value (Remedies and service credits): 25 % was proposed, not agreed. Confirm it by deleting the '?', or write the agreed value.");
        const clean = text.replace(/[«»]/g, '');
        const { actions, uri } = await actionsFor(clean, withCode(PLACEHOLDER));
        expect(actions.map(a => a.title)).toEqual(["Confirm 25 as agreed (delete the '?')"]);
        expect(apply(clean, actions[0], uri)).toBe(DRAFT);
    });

    test('dates and times can be suggested too; the value is the date or time without its mark', async () => {
        const text = edit(ACTIVE, ['effective 2026-01-01 until', 'effective «2026-01-01?» until']);
        await expectDiagnostic(text, PLACEHOLDER, ERROR);
        const document = await parse(text.replace(/[«»]/g, ''));
        expect(document.parseResult.value.header.find(f => f.$type === 'EffectiveField')).toMatchObject({ start: '2026-01-01' });
        expect(document.parseResult.lexerErrors).toEqual([]);
    });

    test('a suggested value reads as its value everywhere: rendered without its mark, with the decimals written', async () => {
        const text = edit(DRAFT, ['when < 99.5 % and >= 99.0 % credit 10 %', 'when < 99.5? % and >= 99.0? % credit 10? %']);
        const markdown = renderMarkdown(buildAgreementDocument((await parse(text)).parseResult.value));
        const plain = renderMarkdown(buildAgreementDocument((await parse(DRAFT)).parseResult.value));
        expect(markdown.slice(markdown.indexOf('## 1.'))).toBe(plain.slice(plain.indexOf('## 1.')).replace(/\n\n\*\*DRAFT[^\n]*\n$/, '\n') + '\n**DRAFT · 3 placeholders to resolve**\n');
        const overlap = edit(text, ['when < 99.5? % and >= 99.0? %', 'when < 99.5? % and >= 98.0? %'], ['when < 99.0 % credit', 'when < 98.5 % credit']);
        const tierMessages = (await validate(overlap)).diagnostics.filter(d => d.data?.code === 'sla-tier-overlap').map(d => d.message);
        expect(tierMessages.length).toBeGreaterThan(0);
        expect(tierMessages.join(' ')).not.toContain('?');
    });

    test('a TODO in a comment, a todo in lower case and a ? inside a text are not placeholders', async () => {
        const text = edit(DRAFT, ['    goals {', '    // TODO: ask Globex about a second goal\n    goals {'],
            ['goal "Keep the shop online."', 'goal "Keep the shop online (a todo for everyone: 99.5?)."']);
        expect((await validate(text)).diagnostics.filter(withCode(PLACEHOLDER))).toEqual([]);
    });

    test('a TODO inside a long clause text is one placeholder, with the text folded', async () => {
        const text = `${DRAFT.slice(0, DRAFT.lastIndexOf('}'))}    clauses {
        clause Law "Governing law" {
            paragraph """
                This agreement is governed by the law of
                TODO: country or state.
                """
        }
    }
}
`;
        const [diagnostic, ...rest] = (await validate(text)).diagnostics.filter(withCode(PLACEHOLDER));
        expect(rest).toEqual([]);
        expect(diagnostic.message).toContain('To do (General terms): "This agreement is governed by the law of TODO: country or state."');
    });
});

describe('sla check --ready', () => {
    test('passes an agreement without placeholders, fails one with any; plain check passes a draft with TODOs', async () => {
        const ready = file('ready.sla', ACTIVE);
        const withTodo = file('todo.sla', edit(DRAFT, ['"Globex Corp."', '"TODO: customer\'s legal name"'], ['cap 25 % per month', 'cap 25? % per month']));
        expect((await run(['check', '--ready', ready])).exit).toBe(0);
        expect((await run(['check', '--ready', ready])).stdout).toContain('Ready to sign: no errors and no placeholders.');
        expect((await run(['check', withTodo])).exit).toBe(0);
        const result = await run(['check', '--ready', withTodo]);
        expect(result.exit).toBe(1);
        expect(result.stdout).toMatch(/todo\.sla:\d+:\d+: error sla-placeholder: To do \(Parties\): "TODO: customer's legal name"/);
        expect(result.stdout.trim().split('\n').at(-1)).toBe("Not ready to sign: 2 placeholders remain (write each TODO text; confirm each suggested value by deleting its '?').");
        const json = JSON.parse((await run(['check', '--ready', '--format', 'json', withTodo])).stdout);
        expect(json.summary).toMatchObject({ errors: 2, placeholders: 2, ready: false });
    });

    test('an active agreement with placeholders fails even without --ready, and renders with exit code 1', async () => {
        const active = file('active.sla', edit(ACTIVE, ['"Globex Corp."', '"TODO: customer\'s legal name"']));
        expect((await run(['check', active])).exit).toBe(1);
        const rendered = await run(['render', active, '--format', 'md', '-o', path.join(dir, 'active.md')]);
        expect(rendered.exit).toBe(1);
        const markdown = fs.readFileSync(path.join(dir, 'active.md'), 'utf8');
        expect(markdown).toContain('> **DRAFT · 1 placeholder to resolve.** Draft, not ready to sign: 1 placeholder remains.');
        expect(markdown).toContain('> **Errors:** This agreement has 1 error.');
    });
});

describe('the DRAFT notice', () => {
    const text = edit(DRAFT, ['"Globex Corp."', '"TODO: customer\'s legal name"'], ['cap 25 % per month', 'cap 25? % per month']);

    test('HTML: a banner, printed on every page, and the list of what remains', async () => {
        const model = buildAgreementDocument((await parse(text)).parseResult.value);
        const html = renderHtml(model, { nonce: 'n' });
        expect(html).toContain('<div class="draft-mark" role="note">DRAFT · 2 placeholders to resolve</div>');
        expect(html).toMatch(/@media print \{\s*\.draft-mark \{ position: fixed;/);
        expect(html).toContain('Draft, not ready to sign: 2 placeholders remain.');
        expect(html).toContain('<li data-line="6">Parties: TODO: customer&#39;s legal name</li>');
        expect(html).toContain('Remedies and service credits: 25\u00a0% (suggested, not agreed)');
    });

    test('Markdown: the notice with the count and list opens the document and the mark closes it', async () => {
        const markdown = renderMarkdown(buildAgreementDocument((await parse(text)).parseResult.value));
        expect(markdown).toContain('> **DRAFT · 2 placeholders to resolve.** Draft, not ready to sign: 2 placeholders remain.');
        expect(markdown).toContain("> - Parties: TODO: customer's legal name\n> - Remedies and service credits: 25 % (suggested, not agreed)");
        expect(markdown.trim().split('\n').at(-1)).toBe('**DRAFT · 2 placeholders to resolve**');
    });

    test('DOCX: a page header with the mark on every page, and the notice under the title block', async () => {
        const files = unzipSync(await renderDocx(buildAgreementDocument((await parse(text)).parseResult.value)));
        const header = Object.keys(files).find(name => /^word\/header\d*\.xml$/.test(name));
        expect(header).toBeDefined();
        expect(strFromU8(files[header!])).toContain('DRAFT · 2 PLACEHOLDERS TO RESOLVE');
        expect(strFromU8(files['word/document.xml'])).toMatch(/<w:headerReference w:type="default"/);
        expect(strFromU8(files['word/document.xml'])).toContain('Draft, not ready to sign: 2 placeholders remain.');
    });

    test('an agreement without placeholders has no DRAFT notice and no page header', async () => {
        const model = buildAgreementDocument((await parse(DRAFT)).parseResult.value);
        expect(model.draft).toBeUndefined();
        expect(renderHtml(model, { nonce: 'n' })).not.toContain('class="draft-mark"');
        expect(renderMarkdown(model)).not.toContain('DRAFT ·');
        expect(Object.keys(unzipSync(await renderDocx(model))).filter(name => name.startsWith('word/header'))).toEqual([]);
    });
});

/** Numbers, dates and times as the lexer reads them (the version aside), and texts. */
function valueTokens(text: string): { values: string[], texts: string[] } {
    const tokens = services.Sla.parser.Lexer.tokenize(text).tokens;
    const values = tokens.filter((t, i) => ['NUMBER', 'DATE', 'TIME'].includes(t.tokenType.name) && tokens[i - 1]?.image !== 'version').map(t => t.image);
    const texts = tokens.filter(t => ['STRING', 'LONG_TEXT'].includes(t.tokenType.name)).map(t => t.image);
    return { values, texts };
}

/** What `after` has that `before` does not, counting repeats. */
function added(before: readonly string[], after: readonly string[]): string[] {
    const left = [...before];
    return after.filter(token => {
        const i = left.indexOf(token);
        if (i >= 0) left.splice(i, 1);
        return i < 0;
    });
}

/** Documents that between them get every quick fix that writes values: missing sections, undeclared names, units. */
const WITHOUT = (section: string) => MINIMAL.replace(new RegExp(`\\n    ${section} \\{[\\s\\S]*?\\n    \\}`), '');
const FIX_CORPUS = [
    'agreement Empty "Empty" {\n    version 1.0\n}\n',
    ...['parties', 'goals', 'services', 'metrics', 'levels', 'responsibilities', 'exclusions', 'remedies', 'changes', 'review'].map(WITHOUT),
    edit(MINIMAL, ['obliged Acme', 'obliged Initech']),
    edit(MINIMAL, ['excuses ShopUptime', 'excuses ShopResolution']),
    edit(MINIMAL, ['Uptime >= 99.5 %', 'Latency <= 200 milliseconds']),
    edit(MINIMAL, ['level ShopUptime "Shop uptime" for Shop', 'level ShopUptime "Shop uptime" for Shop, Api']),
    edit(MINIMAL, ['cap 25 % per month', 'cap 25 per month']),
    edit(MINIMAL, ['credits for ShopUptime', 'credits for ShopAvailability']),
    // Every other kind of undeclared name: service hours, a maintenance window, a segment, a package.
    edit(MINIMAL, ['description "The public web shop."', 'description "The public web shop."\n            hours Office']),
    edit(MINIMAL, ['customer-caused "Outages caused by Globex\'s own changes"', 'maintenance "Patching" during PatchWindow notice 7 days']),
    edit(MINIMAL, ['            obliged Acme\n', '            segment P1\n            obliged Acme\n']),
    edit(MINIMAL, ['credits for ShopUptime {', 'credits for ShopUptime of Basic {'])
];

describe('quick fixes and templates never write an invented value that could pass --ready', () => {
    test.each(FIX_CORPUS.map((text, i) => [i, text]))('corpus document %i: every fix marks what it invents', async (_, text) => {
        const { diagnostics, document } = await validate(text);
        const before = valueTokens(text);
        const placeholdersBefore = placeholdersOf(document.parseResult.value).length;
        const actions = await everyFix(document, diagnostics);
        const writing = actions.filter(action => !/^Confirm /.test(action.title));
        expect(writing.length).toBeGreaterThan(0);
        for (const action of writing) {
            const after = apply(text, action, document.textDocument.uri);
            const tokens = valueTokens(after);
            const newValues = added(before.values, tokens.values);
            expect(newValues.filter(value => !value.endsWith('?')), `'${action.title}' writes unmarked values`).toEqual([]);
            if (newValues.length || added(before.texts, tokens.texts).length) {
                const placeholdersAfter = placeholdersOf((await parse(after)).parseResult.value).length;
                expect(placeholdersAfter, `'${action.title}' invents without a placeholder`).toBeGreaterThan(placeholdersBefore);
            }
        }
    });

    test('"Add all missing sections" on an empty agreement is not ready to sign', async () => {
        const text = FIX_CORPUS[0];
        const { actions, uri } = await actionsFor(text, () => false, [ADD_MISSING_SECTIONS_KIND]);
        const result = await run(['check', '--ready', file('filled.sla', apply(text, actions[0], uri))]);
        expect(result.exit).toBe(1);
        expect(result.stdout).not.toMatch(/error (?!sla-placeholder)/);
    });

    test.each(AGREEMENT_TEMPLATES.map(t => t.id))('template %s: checks clean, fails --ready, every number, date and time marked', async id => {
        const text = writeAgreement(id, { provider: 'Acme Managed Services GmbH', customer: 'Bright Smile Dental LLC' }, new Date('2026-02-10'));
        const path = file(`${id}.sla`, text);
        expect((await run(['check', path])).exit).toBe(0);
        expect((await run(['check', '--ready', path])).exit).toBe(1);
        expect(valueTokens(text).values.filter(value => !value.endsWith('?'))).toEqual([]);
    });
});

/** Every code action an editor could offer: each diagnostic's quick fixes, and "Add all missing sections". */
async function everyFix(document: LangiumDocument, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const ask = async (context: CodeActionParams['context']) => await services.Sla.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri }, range: context.diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context
    }) as CodeAction[];
    const actions: CodeAction[] = [];
    for (const diagnostic of diagnostics) actions.push(...await ask({ diagnostics: [diagnostic] }));
    actions.push(...await ask({ diagnostics, only: [ADD_MISSING_SECTIONS_KIND] }));
    return actions;
}
