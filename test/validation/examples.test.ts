import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { checkAgreements } from '../../packages/language/src/workspace/agreement-workspace.js';
import { exampleFiles, readExample } from '../helpers.js';

/** All examples in one workspace, so that multi-level agreements resolve the agreements they refine. */
describe('the examples', async () => {
    const checked = await checkAgreements(createSlaServices(EmptyFileSystem),
        exampleFiles().map(file => ({ path: `/examples/${file}`, text: readExample(file) })));

    test('include the single- and multi-level agreements', () => {
        expect(checked.map(c => c.path)).toEqual(expect.arrayContaining([
            '/examples/cloud-hosting-uptime.sla', '/examples/managed-it-helpdesk.sla', '/examples/sales-marketing-leads.sla',
            '/examples/multi-level/corporate-it.sla', '/examples/multi-level/finance-erp.sla'
        ]));
    });

    for (const { path, diagnostics } of checked) {
        test(`${path} has no errors or warnings`, () => {
            const problems = diagnostics.filter(d => d.severity === 1 || d.severity === 2)
                .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`);
            expect(problems).toEqual([]);
        });
    }
});
