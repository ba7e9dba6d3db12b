/**
 * Quick fixes for missing sections: for every example and every required section, deleting the section and
 * applying its quick fix leaves no error; "Add all missing sections" completes a bare agreement.
 */
import { testCodeAction } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { CodeActionKind } from 'vscode-languageserver';
import { SECTIONS } from '../../packages/language/src/catalogue/sections.js';
import { ADD_MISSING_SECTIONS_KIND } from '../../packages/language/src/lsp/sla-code-actions.js';
import { clearDocumentsAfterEach, exampleFiles, MINIMAL, parse, readExample, services, validate } from '../helpers.js';
import { actionsFor, apply, codesOf, errors, replacedText, withCode } from './code-action-helpers.js';

clearDocumentsAfterEach();

const REQUIRED = SECTIONS.filter(s => s.presence === 'required');

/** Loads the agreements an example refines (by file, from the examples folder) so that `refines` resolves. */
async function loadParents(file: string): Promise<void> {
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const other of exampleFiles().filter(f => f !== file && f.startsWith(folder) && folder)) {
        await parse(readExample(other), { documentUri: `file:///examples/${other}` });
    }
}

/** Whether the example refines an agreement of its folder that has the section, of the kinds a child inherits. */
function inheritsSection(file: string, keyword: string): boolean {
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const inheritable = ['parties', 'calendars', 'services', 'segments', 'metrics'].includes(keyword);
    return inheritable && /\n\s*refines /.test(readExample(file))
        && exampleFiles().some(other => other !== file && folder && other.startsWith(folder) && new RegExp(`\\n    ${keyword} \\{`).test(readExample(other)));
}

/** The text without the block that `keyword {` opens at section level (and the blank line before it). */
async function withoutSection(text: string, keyword: string): Promise<string> {
    const document = await parse(text);
    const section = document.parseResult.value.sections.find(s => SECTIONS.find(spec => spec.astType === s.$type)?.keyword === keyword)!.$cstNode!;
    const start = text.lastIndexOf('\n', section.offset) + 1;
    const end = text.indexOf('\n', section.end) + 1;
    const before = text.slice(0, start).replace(/\n[ \t]*\n$/, '\n');
    return before + text.slice(end);
}

describe('the missing-section quick fix on every example', () => {
    for (const file of exampleFiles()) {
        for (const spec of REQUIRED) {
            test(`${file} without '${spec.keyword}'`, async () => {
                await loadParents(file);
                const text = await withoutSection(readExample(file), spec.keyword);
                const { diagnostics, actions, uri } = await actionsFor(text, withCode(`sla-missing-${spec.id}`));
                if (inheritsSection(file, spec.keyword)) {
                    // A refining agreement takes the section's declarations from the agreement it refines.
                    expect(diagnostics).toEqual([]);
                    return;
                }
                expect(actions).toHaveLength(1);
                expect(replacedText(text, actions[0], uri)).toEqual([]);
                const fixed = apply(text, actions[0], uri);
                const after = await validate(fixed);
                expect(errors(after.diagnostics)).toEqual([]);
                expect(after.document.parseResult.value.sections.some(s => s.$type === spec.astType)).toBe(true);
                // What the skeleton invents is marked: the example is not ready to sign again until someone fills it in.
                expect(after.diagnostics.filter(withCode('sla-placeholder')).length).toBeGreaterThan(0);
            });
        }
    }
});

const testFix = testCodeAction(services.Sla);

/** The minimal agreement without the block `keyword {` opens (and nothing else). */
function minimalWithout(keyword: string): string {
    const start = MINIMAL.indexOf(`    ${keyword} {`);
    const end = MINIMAL.indexOf('\n    }\n', start) + '\n    }\n'.length;
    return MINIMAL.slice(0, start) + MINIMAL.slice(end);
}

describe('the missing-section quick fix', () => {
    test('inserts the skeleton after the nearest preceding section, indented like its neighbours, named after the parties', async () => {
        const expected = minimalWithout('review').replace('        notice 30 days\n    }\n', `        notice 30 days
    }
    review {
        every 6? months
        participants Acme, Globex
        trigger "Two consecutive months with a missed service level"
    }
`);
        const result = await testFix(minimalWithout('review'), 'sla-missing-review', expected);
        expect(result.action?.title).toBe("Add the 'review' section");
        expect(result.action?.kind).toBe(CodeActionKind.QuickFix);
    });

    test('keeps the document\'s tabs and blank lines between sections', async () => {
        const text = 'agreement A {\n\tversion 1.0\n\n\tgoals {\n\t\tgoal "g"\n\t}\n}\n';
        const { actions, uri } = await actionsFor(text, withCode('sla-missing-definitions'));
        expect(apply(text, actions[0], uri)).toBe('agreement A {\n\tversion 1.0\n\n\tgoals {\n\t\tgoal "g"\n\t}\n\n\tdefinitions {\n\t\tterm "Business day" means "TODO: what the term means in this agreement"\n\t}\n}\n');
    });

    test('goes after the header when no earlier section exists, before a trailing comment\'s line ends', async () => {
        const text = 'agreement A {\n    version 1.0 // first version\n    review { every 6 months }\n}\n';
        const { actions, uri } = await actionsFor(text, withCode('sla-missing-goals'));
        expect(apply(text, actions[0], uri)).toBe('agreement A {\n    version 1.0 // first version\n    goals {\n        goal "TODO: the business outcome this agreement protects"\n    }\n    review { every 6 months }\n}\n');
    });

    test('also adds the sections a skeleton refers to when the agreement has none, and says so', async () => {
        const text = 'agreement A {\n    goals {\n        goal "g"\n    }\n}\n';
        const before = await validate(text);
        const { actions, uri } = await actionsFor(text, withCode('sla-missing-levels'));
        expect(actions.map(a => a.title)).toEqual(["Add the 'levels' section (with 'parties', 'services', 'metrics', which it refers to)"]);
        const after = await validate(apply(text, actions[0], uri));
        const fixed = ['sla-missing-parties', 'sla-missing-services', 'sla-missing-metrics', 'sla-missing-levels'];
        expect(codesOf(after.diagnostics.filter(d => d.severity === 1)).sort())
            .toEqual(codesOf(before.diagnostics.filter(d => d.severity === 1)).filter(code => !fixed.includes(code)).sort());
    });

    test('declares the names the agreement already uses for a kind, with roles, units and targets inferred from their uses', async () => {
        const text = minimalWithout('parties');
        const { actions, uri } = await actionsFor(text, withCode('sla-missing-parties'));
        const fixed = apply(text, actions[0], uri);
        expect(fixed).toContain('    parties {\n        provider Acme "TODO: legal name of Acme"\n        customer Globex "TODO: legal name of Globex"\n    }\n');
        expect(errors((await validate(fixed)).diagnostics)).toEqual([]);
    });
});

describe('"Add all missing sections"', () => {
    const HEADER_ONLY = 'agreement Shop "Web shop" {\n    version 1.0\n    effective 2026-01-01 until 2026-12-31\n}\n';

    test('turns an agreement with only a header into one without errors or warnings', async () => {
        const { actions, uri } = await actionsFor(HEADER_ONLY, d => String(d.data?.code).startsWith('sla-missing-'));
        const addAll = actions.filter(a => a.title === 'Add all missing sections');
        expect(addAll).toHaveLength(1);
        expect(addAll[0].kind).toBe(CodeActionKind.QuickFix);
        const after = await validate(apply(HEADER_ONLY, addAll[0], uri));
        expect(after.diagnostics.filter(d => d.severity! <= 2).map(d => `${d.data?.code}: ${d.message}`)).toEqual([]);
        expect(after.document.parseResult.value.sections.map(s => s.$type)).toEqual(SECTIONS.filter(s => s.presence !== 'optional').map(s => s.astType));
    });

    test('is a source action, offered when the editor asks for source actions', async () => {
        const { actions, uri } = await actionsFor(HEADER_ONLY, () => false, [CodeActionKind.Source]);
        expect(actions.map(a => [a.title, a.kind])).toEqual([['Add all missing sections', ADD_MISSING_SECTIONS_KIND]]);
        expect(errors((await validate(apply(HEADER_ONLY, actions[0], uri))).diagnostics)).toEqual([]);
    });

    test('is not offered as a quick fix when one section is missing, nor as a source action when none is', async () => {
        expect((await actionsFor(minimalWithout('review'), withCode('sla-missing-review'))).actions.map(a => a.title)).toEqual(["Add the 'review' section"]);
        const complete = await actionsFor(MINIMAL.replace('    review {', '    definitions { term "a" means "b" }\n    calendars { calendar C { days monday } }\n    packages { package P { includes Shop } }\n    purchases { Globex takes P }\n    reporting { report R { every month } }\n    clauses { clause Law { paragraph "English law." } }\n    review {'), () => false, [CodeActionKind.Source]);
        expect(complete.actions).toEqual([]);
    });
});

describe('the missing-section quick fix around comments and typos (issue 17)', () => {
    test('goes after a trailing comment continued on the next lines, and leaves a comment with the line below it', async () => {
        const text = 'agreement A {\n    version 1.0 // first version,\n                // signed in May\n    // The goals:\n    goals { goal "g" }\n}\n';
        const { actions, uri } = await actionsFor(text, withCode('sla-missing-parties'));
        const fixed = apply(text, actions[0], uri);
        expect(fixed).toContain('    version 1.0 // first version,\n                // signed in May\n    parties {\n');
        expect(fixed).toContain('    }\n    // The goals:\n    goals { goal "g" }');
    });

    test('does not declare a misspelling of a name used more often as one more party', async () => {
        const text = minimalWithout('parties').replace('obliged Acme', 'obliged Acmee');
        const { actions, uri } = await actionsFor(text, withCode('sla-missing-parties'));
        const fixed = apply(text, actions[0], uri);
        expect(fixed).toContain('provider Acme "TODO: legal name of Acme"');
        expect(fixed).not.toMatch(/^\s*\w+ Acmee /m);
        const after = await validate(fixed);
        expect(after.diagnostics.filter(d => d.severity === 1).map(d => d.message)).toEqual([expect.stringContaining("Did you mean 'Acme'?")]);
    });
});
