/** What the rendered agreement says, checked on the Markdown (the plainest view of the document model). */
import { describe, expect, test } from 'vitest';
import { buildAgreementDocument } from '../../packages/language/src/generator/agreement-document.js';
import { renderHtml } from '../../packages/language/src/generator/html/html-renderer.js';
import { renderMarkdown } from '../../packages/language/src/generator/markdown-renderer.js';
import { renderAgreement } from '../../packages/language/src/generator/render.js';
import { MINIMAL } from '../helpers.js';
import { agreement } from '../evaluation/evaluation-fixtures.js';
import { loadText } from './render-fixtures.js';

async function markdownOf(text: string): Promise<string> {
    return (await renderAgreement(await loadText(text), 'markdown')).content as string;
}

const withCredits = (tiers: string, basis = '') => MINIMAL
    .replace(/credits for ShopUptime \{[\s\S]*?\n        \}/, `credits for ShopUptime${basis} {\n${tiers}\n        }`);

describe('credit tiers', () => {
    test('bounds are written out, inclusive and exclusive', async () => {
        const markdown = await markdownOf(withCredits([
            'when < 99.5 % and >= 99.0 % credit 10 %',
            'when < 99.0 % and > 95 % credit 25 %',
            'when <= 95 % credit 100 %'
        ].join('\n')));
        expect(markdown).toContain('| below 99.5 % down to 99.0 % | 10 % of the affected charges |');
        expect(markdown).toContain('| below 99.0 % down to but excluding 95 % | 25 % of the affected charges |');
        expect(markdown).toContain('| at or below 95 % | 100 % of the affected charges |');
    });

    test('a credit on a package with a plain monthly price gives the amount', async () => {
        const text = withCredits('when < 99.5 % credit 10 %', ' of Basic').replace('    metrics {', [
            '    packages {',
            '        package Basic "Basic plan" {',
            '            includes Shop',
            '            price 1490 EUR per month',
            '        }',
            '    }',
            '    metrics {'
        ].join('\n'));
        expect(await markdownOf(text)).toContain('| below 99.5 % | 10 % of the monthly charge for the Basic plan (EUR 149.00) |');
    });
});

test('responsibilities say what each duty excuses, grouped by party', async () => {
    const markdown = await markdownOf(MINIMAL);
    expect(markdown).toContain('| Globex | Customer | — | — | 1 duty, which excuses or pauses levels |');
    expect(markdown).toContain('### 6.1 Globex Corp. (“Globex”)');
    expect(markdown).toContain('| Report outages through the portal | within 1 hour | Excuses misses of Shop uptime |');
});

test('a duty that excuses or pauses all levels says so, without listing them', async () => {
    const all = MINIMAL.replace('within 1 hours excuses ShopUptime', 'within 1 hours excuses all')
        .replace('    responsibilities {\n', '    responsibilities {\n        Acme must "keep a status page" pauses all\n');
    const markdown = await markdownOf(all);
    expect(markdown).toContain('| Globex | Customer | — | — | 1 duty, which excuses or pauses levels |');
    expect(markdown).toContain('| Report outages through the portal | within 1 hour | Excuses misses of every service level |');
    expect(markdown).toContain('| Keep a status page |   | Pauses the clock of every service level that Acme is not itself obliged to meet |');
});

test('the review schedule gives the concrete dates within the term', async () => {
    const markdown = await markdownOf(MINIMAL.replace('every 6 months', 'every 3 months\n        next 2026-03-31'));
    expect(markdown).toContain('Scheduled reviews within the term:\n\n- 31 March 2026\n- 30 June 2026\n- 30 September 2026\n- 31 December 2026\n');
});

test('clauses follow the catalogue order, not the order of the source', async () => {
    const reordered = MINIMAL.replace(/(    parties \{[\s\S]*?\n    \}\n)([\s\S]*)(    review \{[\s\S]*?\n    \}\n)/, '$3$2$1');
    const headings = (await markdownOf(reordered)).match(/^## .*$/gm);
    expect(headings).toEqual([
        '## Agreement summary', '## 1. Parties', '## 2. Goals and objectives', '## 3. Services', '## 4. Metrics',
        '## 5. Service levels', '## 6. Responsibilities', '## 7. Exclusions', '## 8. Remedies and service credits',
        '## 9. Change protocol', '## 10. Review', '## Signatures'
    ]);
});

test('every clause element carries the line of its source', async () => {
    const document = await loadText(MINIMAL);
    const html = renderHtml(buildAgreementDocument(document.parseResult.value), { nonce: 'n' });
    const lines = MINIMAL.split('\n');
    for (const [, id, line] of html.matchAll(/<section class="clause" id="clause-(\w+)" data-line="(\d+)">/g)) {
        expect(lines[Number(line)].trim()).toBe(`${id} {`);
    }
    expect(html).toMatch(/<tr id="level-ShopUptime" data-line="(\d+)">/);
    expect(lines[Number(/<tr id="level-ShopUptime" data-line="(\d+)">/.exec(html)![1])]).toContain('level ShopUptime');
});

describe('a document with errors renders what is there', () => {
    test('a half-typed agreement', async () => {
        const rendered = await renderAgreement(await loadText('agreement Draft "Draft SLA" {\n  parties {\n    provider Acme "Acme Ltd."\n    customer'), 'markdown');
        expect(rendered.problems.errors).toBeGreaterThan(0);
        expect(rendered.content).toMatch(/^# Draft SLA\n/);
        expect(rendered.content).toContain(`> **Errors:** This agreement has ${rendered.problems.errors} error`);
        expect(rendered.content).toContain('| **Acme Ltd.**<br>*“Acme”* | Provider |');
    });

    test('unresolved references are written as typed', async () => {
        const markdown = await markdownOf(MINIMAL.replace('obliged Acme', 'obliged Acmee').replace('excuses ShopUptime', 'excuses ShopUptim'));
        expect(markdown).toContain('| Shop uptime | Uptime | at least 99.5 % | calendar month | All | Acmee |');
        expect(markdown).toContain('Excuses misses of ShopUptim |');
    });

    test.each(['', 'agreement', '}}}', 'agreement A { levels { level L { Uptime >= } } }', '// only a comment\n'])('%j', async text => {
        const rendered = await renderAgreement(await loadText(text), 'html');
        expect(rendered.content).toMatch(/^<!DOCTYPE html>/);
    });
});

test('a multi-level agreement shows the higher level it refines and what it inherits', async () => {
    const { loadExamples } = await import('./render-fixtures.js');
    const erp = (await loadExamples()).find(example => example.file.endsWith('finance-erp.sla'))!;
    const markdown = renderMarkdown(buildAgreementDocument(erp.document.parseResult.value));
    expect(markdown).toContain('- **Refines:** Halvorsen Group IT Corporate Service Level Agreement (CorporateIT), version 3.0');
    expect(markdown).toMatch(/### \d+\.\d+ Floors of the higher-level agreement \*\(Inherited from CorporateIT\)\*\n\n> These levels/);
    expect(markdown).toContain('| Availability floor for every service | Service availability | at least 99.5 % | calendar month | All | CentralIT |');
    expect(markdown).toMatch(/### \d+\.\d+ Service availability \*\(Inherited from CorporateIT\)\*/);
    expect(markdown).toContain('*“CentralIT”* | Provider (internal department) *(inherited from CorporateIT)* |');
});

test('the rule that a lead below the quality level leaves the other party\'s figures is written where it applies', async () => {
    const { loadExamples } = await import('./render-fixtures.js');
    const sales = (await loadExamples()).find(example => example.file === 'sales-marketing-leads.sla')!;
    const markdown = renderMarkdown(buildAgreementDocument(sales.document.parseResult.value));
    expect(markdown).toMatch(/### \d+\.\d+ Leads below the quality level\n\nA lead below Minimum lead quality at hand-over \(at least 60 points in 100 % of leads\) counts against Marketing, and is left out of the figures of Decision maker first touch, /);
});

describe('credit tiers are worded as they are computed', () => {
    const text = (credits: string) => agreement({
        packages: '        package Basic "Basic plan" {\n            includes Web\n            price 1000 USD per month\n        }',
        metrics: '        metric Response "Response" {\n            unit minutes\n            aggregation per-ticket\n            window calendar month\n        }',
        levels: '        level Fast "Fast response" for Web {\n            Response <= 30 minutes\n            obliged Acme\n        }',
        remedies: credits
    });

    test('share tiers compare the share of tickets on target', async () => {
        const markdown = renderMarkdown(buildAgreementDocument((await loadText(text('        credits for Fast of Basic {\n            when < 100 % credit 5 %\n        }'))).parseResult.value));
        expect(markdown).toContain('When Fast response (at most 30 minutes, per calendar month) is missed, the service credit depends on the share of tickets in the window that met the target:');
        expect(markdown).toContain('| Share of tickets on target | Service credit |');
    });

    test('credits per late ticket are per ticket, by its own time, and add up', async () => {
        const markdown = renderMarkdown(buildAgreementDocument((await loadText(text('        credits for Fast per late ticket of Basic {\n            when > 30 minutes credit 1 %\n        }'))).parseResult.value));
        expect(markdown).toContain('For each ticket of Fast response (at most 30 minutes, per calendar month) that misses its target, a service credit is due by the time or value measured for that ticket; the credits of all late tickets in a window are added up:');
        expect(markdown).toContain('| above 30 minutes | 1 % of the monthly charge for the Basic plan (USD 10.00) per late ticket |');
    });
});
