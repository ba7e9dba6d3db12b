/**
 * The rendered lower-level agreement shows every floor it must respect: which agreement, which level, which value,
 * and whether its own target meets it; a floor set for one service shows wherever the child uses that service.
 * The contract also states what missing data counts as.
 */
import { EmptyFileSystem } from 'langium';
import { expect, test } from 'vitest';
import type { Agreement } from '../../packages/language/src/generated/ast.js';
import { buildAgreementDocument } from '../../packages/language/src/generator/agreement-document.js';
import { renderMarkdown } from '../../packages/language/src/generator/markdown-renderer.js';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { checkAgreements } from '../../packages/language/src/workspace/agreement-workspace.js';
import { edit } from '../validation/expect-diagnostics.js';
import { MINIMAL } from '../helpers.js';

const PARENT = edit(MINIMAL,
    ['agreement Minimal "Minimal agreement"', 'agreement Parent "Corporate agreement"'],
    ['    services {\n', '    calendars {\n        calendar Office { days monday to friday hours 08:00 to 18:00 }\n    }\n    services {\n'],
    ['            window calendar month\n        }', '            window calendar month\n            missing counts as excluded\n            minimum coverage 95 %\n        }']);

/** A child that uses the parent's service Shop (floor ShopUptime >= 99.5 %) and its metric, with no metrics section. */
const child = (threshold: string) => `agreement Child "Shop front agreement" {
    refines Parent
    services {
        service Kiosk { description "In-store kiosks." depends on Shop }
    }
    levels {
        level ShopTight "Shop uptime for stores" for Shop {
            Uptime >= ${threshold}
        }
    }
}
`;

async function render(childText: string): Promise<{ markdown: string, codes: string[] }> {
    const services = createSlaServices(EmptyFileSystem);
    const [parent, kid] = await checkAgreements(services, [{ path: '/w/parent.sla', text: PARENT }, { path: '/w/child.sla', text: childText }]);
    expect(parent.document.parseResult.parserErrors).toEqual([]);
    return {
        markdown: renderMarkdown(buildAgreementDocument(kid.document.parseResult.value as Agreement)),
        codes: kid.diagnostics.map(d => String(d.code))
    };
}

test('a floor for one service of the corporate agreement is shown in the child, with the child level that meets it', async () => {
    const { markdown } = await render(child('99.9 %'));
    expect(markdown).toContain('| Shop uptime (for Shop) | Uptime | at least 99.5 % | calendar month | All | Acme |');
    expect(markdown).toContain('| Level here | Its target | Floor | Set by | Floor target | Meets the floor |');
    expect(markdown).toContain('| Shop uptime for stores | at least 99.9 % | ShopUptime | Parent | at least 99.5 % | Yes |');
});

test('a child level weaker than the floor is shown as not meeting it', async () => {
    const { markdown, codes } = await render(child('99.2 %'));
    expect(markdown).toContain('| Shop uptime for stores | at least 99.2 % | ShopUptime | Parent | at least 99.5 % | **No: its threshold is weaker** |');
    expect(codes).toContain('sla-weaker-than-floor');
});

test('inherited metrics, parties and calendars satisfy the child\'s sections; the inherited metric states its coverage rules', async () => {
    const { markdown, codes } = await render(child('99.9 %'));
    expect(codes.filter(code => /^sla-missing-(metrics|parties|calendars)$/.test(code))).toEqual([]);
    expect(markdown).toContain('- **Missing data:** Intervals without data are left out of the figure');
    expect(markdown).toContain('- **Minimum coverage:** 95 % of the intervals of each window must have data; below it, a level on this metric is "insufficient data": neither met nor breached, and no credit is due');
});

test('an agreement that refines nothing still needs its own metrics', async () => {
    const { codes } = await render(child('99.9 %').replace('    refines Parent\n', ''));
    expect(codes).toContain('sla-missing-metrics');
});
