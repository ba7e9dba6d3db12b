import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL } from '../helpers.js';
import { diagnosticsIn, edit, expectDiagnostic, expectNoDiagnostic, WARNING } from './expect-diagnostics.js';

clearDocumentsAfterEach();

/** MINIMAL with priorities P1 and P2, a resolution metric, and the given resolution levels. */
const withPriorities = (levels: string, agreement = 'Minimal') => edit(MINIMAL,
    ['agreement Minimal', `agreement ${agreement}`],
    ['    metrics {\n', '    segments {\n        priority P1\n        priority P2\n    }\n    metrics {\n        metric Resolution { kind duration unit hours aggregation per-ticket window calendar month }\n'],
    ['    levels {\n', `    levels {\n${levels}`]);

const level = (name: string, segment: string, forShop = true) =>
    `        level ${name}${forShop ? ' for Shop' : ''} {\n            Resolution <= 4 hours\n${segment ? `            segment ${segment}\n` : ''}        }\n`;

describe('segments', () => {
    test('targets split by segment that leave a segment without a target are a warning on the first split level', async () => {
        const diagnostic = await expectDiagnostic(withPriorities(level('P1Fix', '«P1»')), IssueCodes.SegmentWithoutTarget, WARNING);
        expect(diagnostic.message).toBe("Targets on 'Resolution' for 'Shop' are split by priority, but 'P2' has none, and no level without a segment covers it. Add a level for 'P2', or one without 'segment' as the default.");
        await expectNoDiagnostic(withPriorities(level('P1Fix', 'P1') + level('P2Fix', 'P2')), IssueCodes.SegmentWithoutTarget);
        await expectNoDiagnostic(withPriorities(level('P1Fix', 'P1') + level('AnyFix', '')), IssueCodes.SegmentWithoutTarget);
    });

    test('a level without `for` in a refined agreement covers the segment for every service', async () => {
        const parent = withPriorities(level('P2Floor', 'P2', false), 'Parent');
        const child = `agreement Child {\n    refines Parent\n    levels {\n${level('P1Fix', 'P1')}    }\n}\n`;
        const diagnostics = await diagnosticsIn({ '/a/parent.sla': parent, '/a/child.sla': child }, '/a/child.sla');
        expect(diagnostics.filter(d => d.code === IssueCodes.SegmentWithoutTarget)).toEqual([]);
        const parentDiagnostics = await diagnosticsIn({ '/a/parent.sla': parent, '/a/child.sla': child }, '/a/parent.sla');
        expect(parentDiagnostics.filter(d => d.code === IssueCodes.SegmentWithoutTarget).map(d => d.message)).toEqual([
            "Targets on 'Resolution' are split by priority, but 'P1' has none, and no level without a segment covers it. Add a level for 'P1', or one without 'segment' as the default."
        ]);
    });
});
