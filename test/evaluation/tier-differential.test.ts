/**
 * One meaning per tier, checked differentially: every credit tier of every example (and of a fixture with credits
 * per late ticket) is rendered to its sentence, and data built to fall just inside and just outside each of its
 * bounds is evaluated; the credit must come from that tier exactly when the data is inside.
 */
import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { band, tierShape } from '../../packages/language/src/credit-tiers.js';
import { DEFAULT_FORMAT } from '../../packages/language/src/generator/format.js';
import { satisfies } from '../../packages/language/src/evaluation/compare.js';
import { evaluateAgreement } from '../../packages/language/src/evaluation/evaluate.js';
import { dayNumber, MS_PER_MINUTE } from '../../packages/language/src/evaluation/time/civil.js';
import { TimeZone } from '../../packages/language/src/evaluation/time/time-zone.js';
import { isCredits, isRemediesSection, isTimezoneField, type Agreement, type Bound, type Credits, type CreditTier, type Level } from '../../packages/language/src/generated/ast.js';
import { buildAgreementDocument } from '../../packages/language/src/generator/agreement-document.js';
import { renderMarkdown } from '../../packages/language/src/generator/markdown-renderer.js';
import { allServices, ancestors, headerField } from '../../packages/language/src/sla-model.js';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { unitInfo } from '../../packages/language/src/units.js';
import { checkAgreements } from '../../packages/language/src/workspace/agreement-workspace.js';
import { loadExamples } from '../render/render-fixtures.js';
import { agreement as fixtureAgreement, dataFile } from './evaluation-fixtures.js';

/** A fixture with credits per late ticket on a calendar-time target, so that each late ticket's time is exact. */
const PER_LATE_FIXTURE = fixtureAgreement({
    packages: '        package Basic "Basic plan" {\n            includes Web\n            price 1000 USD per month\n        }',
    metrics: '        metric Response "Response" {\n            unit minutes\n            aggregation per-ticket\n            window calendar month\n        }',
    levels: '        level Fast "Fast" for Web {\n            Response <= 30 minutes in 90 % of tickets\n            obliged Acme\n        }',
    remedies: '        credits for Fast per late ticket of Basic {\n            when > 30 minutes and <= 120 minutes credit 1 %\n            when > 120 minutes credit 2 %\n        }'
});

const TICKETS = 1000;

interface Case {
    readonly agreement: Agreement;
    readonly file: string;
    readonly credits: Credits;
    readonly tier: CreditTier;
    readonly bound: Bound;
}

async function cases(): Promise<Case[]> {
    const examples = (await loadExamples()).map(e => ({ file: e.file, agreement: e.document.parseResult.value }));
    const [fixture] = await checkAgreements(createSlaServices(EmptyFileSystem), [{ path: '/fixture.sla', text: PER_LATE_FIXTURE }]);
    const all = [...examples, { file: 'per-late fixture', agreement: fixture.document.parseResult.value }];
    return all.flatMap(({ file, agreement }) => (agreement.sections.find(isRemediesSection)?.remedies.filter(isCredits) ?? [])
        .flatMap(credits => credits.tiers.flatMap(tier => [tier.first, tier.second].filter((b): b is Bound => !!b)
            .map(bound => ({ agreement, file, credits, tier, bound })))));
}

function zoneOf(agreement: Agreement): TimeZone {
    const name = [agreement, ...ancestors(agreement)].map(a => headerField(a, isTimezoneField)?.zone).find(z => z !== undefined);
    return TimeZone.named(name ?? 'UTC')!;
}

/** The column a level's segment goes in, and its value: `priority,P1`. */
function segmentColumn(level: Level): [string, string] | undefined {
    const segment = level.segment?.ref;
    return segment ? [segment.dimension ?? 'segment', segment.name] : undefined;
}

/**
 * Data for the level whose measured value (the figure, the share of tickets, or one late ticket's time) is the
 * value nearest the bound on the wanted side of it.
 */
function dataFor(c: Case, inside: boolean): string {
    const level = c.credits.level!.ref!;
    const metric = level.target.metric.ref!;
    const zone = zoneOf(c.agreement);
    const start = zone.dayStart(dayNumber(2026, 10, 1));
    const end = zone.dayStart(dayNumber(2026, 11, 1));
    const service = (level.services[0]?.ref ?? allServices(c.agreement)[0]).name;
    const segment = segmentColumn(level);
    const extraHeader = segment ? `,${segment[0]}` : '';
    const extra = segment ? `,${segment[1]}` : '';
    const wanted = (value: number) => satisfies(value, c.bound.comparator, c.bound.value.value) === inside;
    const shape = tierShape(c.credits);
    if (shape === 'figure') {
        // A share of intervals up: `down` intervals of N, as two runs.
        const intervalMs = (unitInfo(metric.interval?.unit)?.minutes ?? 1) * metric.interval!.value * MS_PER_MINUTE;
        const intervals = Math.round((end - start) / intervalMs);
        const down = nearest(d => wanted(100 * (intervals - d) / intervals), Math.round(intervals * (100 - c.bound.value.value) / 100));
        const cut = start + down * intervalMs;
        return [`start,end,service,${metric.name}${extraHeader}`,
            ...(down ? [`${zone.formatIso(start)},${zone.formatIso(cut)},${service},0${extra}`] : []),
            `${zone.formatIso(cut)},${zone.formatIso(end)},${service},1${extra}`].join('\n') + '\n';
    }
    const created = (i: number) => start + (i % 5) * 86_400_000 + 10 * 3_600_000 + i * 1000;
    if (shape === 'share') {
        // Tickets met within a minute, missed after ten days (their deadlines pass in October either way).
        const met = nearest(m => wanted(100 * m / TICKETS), Math.round(c.bound.value.value * TICKETS / 100));
        const rows = Array.from({ length: TICKETS }, (_, i) => `T-${i},${zone.formatIso(created(i))},${zone.formatIso(created(i) + (i < met ? 60_000 : 10 * 86_400_000))}${extra}`);
        return [`id,created,${metric.name}${extraHeader}`, ...rows].join('\n') + '\n';
    }
    // Per late ticket: one ticket whose own time is the whole minute nearest the bound on the wanted side.
    const minutes = nearest(m => wanted(m), c.bound.value.value);
    return `id,created,${metric.name}${extraHeader}\nT-1,${zone.formatIso(created(0))},${zone.formatIso(created(0) + minutes * MS_PER_MINUTE)}${extra}\n`;
}

/** The integer nearest `guess` for which `ok` holds. */
function nearest(ok: (n: number) => boolean, guess: number): number {
    for (let step = 0; step < 10_000; step++) {
        if (ok(guess - step)) return guess - step;
        if (ok(guess + step)) return guess + step;
    }
    throw new Error('no value on that side of the bound');
}

const all = await cases();

describe('every tier of every example and fixture', () => {
    test('there are tiers of each shape to check', () => {
        expect(new Set(all.map(c => tierShape(c.credits)))).toEqual(new Set(['figure', 'share', 'per-item']));
    });

    test.each(all.map(c => [`${c.file}: ${c.credits.level?.$refText}, "${band(c.tier, DEFAULT_FORMAT)}", bound ${c.bound.comparator} ${c.bound.value.value}`, c]))('%s', async (_, c) => {
        const rendered = renderMarkdown(buildAgreementDocument(c.agreement));
        expect(rendered).toContain(`| ${band(c.tier, DEFAULT_FORMAT)} |`);
        for (const inside of [true, false]) {
            const outcome = await evaluateAgreement(c.agreement, [{ path: 'data.csv', rows: dataFile('data.csv', dataFor(c, inside)) }], { period: '2026-10' });
            expect(outcome.problems).toBeUndefined();
            const result = outcome.report!.levels.find(l => l.level === c.credits.level?.$refText)!;
            const fromTier = result.credit?.tier.split('; ').some(t => t.replace(/^\d+ late: /, '') === band(c.tier, DEFAULT_FORMAT)) ?? false;
            expect(fromTier, `${inside ? 'inside' : 'outside'}: measured ${result.measured?.text}, credit ${result.credit?.tier}`).toBe(inside);
        }
    });
});
