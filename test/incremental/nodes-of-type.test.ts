/**
 * After a splice, the nodes of a type the checks asked for (every quantity for mixed currencies and business
 * time, every cap for the schedules) are the previous tree's with the edited item's replaced: they must be what a
 * walk over the new tree finds, in document order, whether the edit added, removed or kept nodes of that type.
 */
import { AstUtils, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { nodesOfType } from '../../packages/language/src/incremental/ast-index.js';
import { readExample } from '../helpers.js';
import { DifferentialSession } from './differential.js';

function walked(root: AstNode, type: string): AstNode[] {
    return AstUtils.streamAst(root).filter(node => node.$type === type).toArray();
}

describe('the nodes of a type after a splice', () => {
    test('equal a walk over the new tree after edits that add, remove and keep quantities and caps', async () => {
        let text = readExample('cloud-hosting-uptime.sla');
        const session = await DifferentialSession.start(text);
        const firstLevel = text.indexOf('    level ');
        const steps: Array<(t: string) => string> = [
            // A title: no quantity added or removed.
            t => t.replace(/level (\w+) "/, 'level $1 "Edited '),
            // A quantity removed from the first level (its target's threshold becomes a bare number).
            t => t.slice(0, firstLevel) + t.slice(firstLevel).replace(/(>=|<=) ([\d.]+) (%|minutes|hours)/, '$1 $2'),
            // ... and added back with another unit.
            t => t.slice(0, firstLevel) + t.slice(firstLevel).replace(/(>=|<=) ([\d.]+)(\s)/, '$1 $2 %$3'),
            // A cap changed and one added (the remedies section is re-parsed).
            t => t.replace(/cap ([\d.]+) %/, 'cap 7 % per month\n        cap $1 %'),
            // A metric's text: the nodes before and after it stay.
            t => t.replace(/metric (\w+) "/, 'metric $1 "Edited ')
        ];
        for (const [i, step] of steps.entries()) {
            const next = step(text);
            expect(next, `step ${i} changes the text`).not.toBe(text);
            text = next;
            await session.change(text);
            const root = session.edited.shared.workspace.LangiumDocuments.getDocument(session.uri)!.parseResult.value;
            for (const type of ['Quantity', 'Cap'] as const) {
                const found = nodesOfType(root, type);
                const expected = walked(root, type);
                expect(found.length, `${type} after step ${i}`).toBe(expected.length);
                expect(found.every((node, at) => node === expected[at]), `${type} after step ${i}`).toBe(true);
            }
            await session.expectSameAsFullBuild(`step ${i}`);
        }
        expect([...session.paths.keys()].filter(path => path.startsWith('spliced')).length).toBeGreaterThanOrEqual(2);
    });
});
