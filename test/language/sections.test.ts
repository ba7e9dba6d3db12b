import { expectNoIssues } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { SECTIONS } from '../../packages/language/src/catalogue/sections.js';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL, services, validate } from '../helpers.js';

clearDocumentsAfterEach();

/** Removes the block that opens with `    keyword {` from the minimal agreement. */
function without(keyword: string): string {
    const start = MINIMAL.indexOf(`    ${keyword} {`);
    const end = MINIMAL.indexOf('\n    }\n', start) + '\n    }\n'.length;
    return MINIMAL.slice(0, start) + MINIMAL.slice(end);
}

describe('the section catalogue', () => {
    test('lists every required section the domain demands, each with a title, reason and skeleton', () => {
        const required = SECTIONS.filter(s => s.presence === 'required').map(s => s.id);
        expect(required).toEqual(['parties', 'goals', 'services', 'metrics', 'levels', 'responsibilities', 'exclusions', 'remedies', 'changes', 'review']);
        for (const spec of SECTIONS) {
            expect(spec.why).toMatch(/\.$/);
            expect(spec.skeleton({ provider: 'P', customer: 'C', service: 'S', metric: 'M', level: 'L' })).toMatch(new RegExp(`^${spec.keyword} \\{`));
        }
    });

    test('the minimal agreement has no errors or warnings', async () => {
        expectNoIssues(await validate(MINIMAL), { severity: 1 });
        expectNoIssues(await validate(MINIMAL), { severity: 2 });
    });
});

describe('missing sections', () => {
    for (const spec of SECTIONS.filter(s => s.presence === 'required')) {
        test(`a missing '${spec.keyword}' section is an error on the agreement's name`, async () => {
            const result = await validate(without(spec.keyword));
            const diagnostics = result.diagnostics.filter(d => d.code === IssueCodes.missingSection(spec.id));
            expect(diagnostics).toHaveLength(1);
            expect(diagnostics[0]).toMatchObject({
                severity: 1,
                data: { code: `sla-missing-${spec.id}`, section: spec.id },
                range: { start: { line: 0, character: 10 }, end: { line: 0, character: 17 } }
            });
            expect(diagnostics[0].message).toContain(spec.why);
        });
    }

    test('each missing recommended section is reported as information; optional ones are not reported', async () => {
        const result = await validate(MINIMAL);
        // MINIMAL's percentage credits have no package to be taken of: that is information of its own.
        const infos = result.diagnostics.filter(d => d.severity === 3).map(d => d.code).filter(code => code !== 'sla-credit-basis-missing');
        expect(infos).toEqual(SECTIONS.filter(s => s.presence === 'recommended').map(s => `sla-missing-${s.id}`));
        expect(infos).not.toContain('sla-missing-segments');
    });

    test('sla.validation.missingSections downgrades or silences required-section diagnostics', async () => {
        const config = services.shared.workspace.ConfigurationProvider;
        try {
            config.updateConfiguration({ settings: { sla: { validation: { missingSections: 'warning' } } } });
            const warned = await validate(without('review'));
            expect(warned.diagnostics.find(d => d.code === 'sla-missing-review')?.severity).toBe(2);
            config.updateConfiguration({ settings: { sla: { validation: { missingSections: 'off' } } } });
            const silenced = await validate(without('review'));
            expect(silenced.diagnostics.find(d => d.code === 'sla-missing-review')).toBeUndefined();
        } finally {
            config.updateConfiguration({ settings: { sla: { validation: { missingSections: 'error' } } } });
        }
    });
});

describe('repeated sections and fields', () => {
    test('a section given twice is an error on the second keyword', async () => {
        const text = MINIMAL.replace('    review {', '    goals { goal "again" }\n    review {');
        const result = await validate(text);
        const duplicate = result.diagnostics.filter(d => d.code === IssueCodes.DuplicateSection);
        expect(duplicate).toHaveLength(1);
        const line = text.split('\n').findIndex(l => l.includes('goal "again"'));
        expect(duplicate[0].range).toEqual({ start: { line, character: 4 }, end: { line, character: 9 } });
    });

    test('a field written twice in a block is an error on the repeated value', async () => {
        const text = MINIMAL.replace('            kind ratio\n', '            kind ratio\n            kind count\n');
        const result = await validate(text);
        const duplicate = result.diagnostics.filter(d => d.code === IssueCodes.DuplicateField);
        expect(duplicate).toHaveLength(1);
        const line = text.split('\n').findIndex(l => l.includes('kind count'));
        expect(duplicate[0]).toMatchObject({ severity: 1, data: { field: 'kind' }, range: { start: { line, character: 17 }, end: { line, character: 22 } } });
    });

    test('a header field written twice is an error', async () => {
        const result = await validate(MINIMAL.replace('    version 1.0\n', '    version 1.0\n    version 1.1\n'));
        expect(result.diagnostics.filter(d => d.code === IssueCodes.DuplicateField)).toHaveLength(1);
    });
});
