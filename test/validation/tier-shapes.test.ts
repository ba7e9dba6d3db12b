/**
 * One meaning per tier: a per-ticket level's tiers compare the share of tickets on target, unless the credits say
 * `per late ticket`; then each late ticket's own time. Units that differ in clock (business vs calendar time) are
 * pointed out; coverage rules only on metrics measured in intervals.
 */
import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL } from '../helpers.js';
import { actionsFor, apply, withCode } from '../lsp/code-action-helpers.js';
import { edit, ERROR, expectDiagnostic, expectNoDiagnostic, WARNING } from './expect-diagnostics.js';

clearDocumentsAfterEach();

/** MINIMAL with a per-ticket level `Fix` (`Resolution <= 8 business hours`, no `in`) and its credits. */
const withFix = (credits: string, target = 'Resolution <= 8 business hours', unit = 'business hours') => edit(MINIMAL,
    ['    metrics {\n', `    metrics {\n        metric Resolution { kind duration unit ${unit} aggregation per-ticket window calendar month }\n`],
    ['    levels {\n', `    levels {\n        level Fix for Shop {\n            ${target}\n        }\n`],
    ['excuses ShopUptime', 'excuses ShopUptime, Fix'],
    ['        cap 25 % per month', `${credits}\n        cap 25 % per month`]);

describe('the shape of a per-ticket level\'s tiers', () => {
    test('without `per late ticket`, a duration bound is a unit mismatch: the tiers compare the share of tickets', async () => {
        const text = withFix('        credits for Fix {\n            when > «8» business hours credit 10 %\n        }');
        const diagnostic = await expectDiagnostic(text.replace('«8» business hours', '8 business «hours»'), IssueCodes.UnitMismatch, ERROR);
        expect(diagnostic.message).toContain("the share of tickets that met the target; to credit each late ticket by its own time, write 'per late ticket' after the level");
    });

    test('the quick fixes offer both shapes: per late ticket, or a percentage of tickets', async () => {
        const text = withFix('        credits for Fix {\n            when > 8 business hours credit 10 %\n        }');
        const { actions, uri } = await actionsFor(text, withCode(IssueCodes.UnitMismatch));
        expect(actions.map(a => a.title)).toEqual(["Change the unit to '%'", "Credit each late ticket by its own time ('per late ticket')"]);
        expect(apply(text, actions[1], uri)).toContain('credits for Fix per late ticket {\n            when > 8 business hours credit 10 %');
        await expectNoDiagnostic(apply(text, actions[1], uri), IssueCodes.UnitMismatch);
    });

    test('share tiers of a level without `in` are checked against 100 %', async () => {
        await expectNoDiagnostic(withFix('        credits for Fix {\n            when < 100 % and >= 90 % credit 5 %\n            when < 90 % credit 10 %\n        }'), IssueCodes.TierGap);
        await expectDiagnostic(withFix('        credits for Fix {\n            when «< 90 %» credit 10 %\n        }'), IssueCodes.TierGap, WARNING);
    });

    test('per late ticket, tiers bound each ticket\'s own time against the threshold, even with `in 90 % of tickets`', async () => {
        const credits = '        credits for Fix per late ticket {\n            when > 8 business hours and <= 16 business hours credit 5 %\n            when > 16 business hours credit 10 %\n        }';
        for (const target of ['Resolution <= 8 business hours', 'Resolution <= 8 business hours in 90 % of tickets']) {
            for (const code of [IssueCodes.UnitMismatch, IssueCodes.TierGap, IssueCodes.TierWhileMet]) await expectNoDiagnostic(withFix(credits, target), code);
        }
        await expectDiagnostic(withFix('        credits for Fix per late ticket {\n            when «> 4 business hours» credit 5 %\n        }'), IssueCodes.TierWhileMet, ERROR);
    });

    test('`per late ticket` on a level measured in intervals is an error', async () => {
        const diagnostic = await expectDiagnostic(edit(MINIMAL, ['credits for ShopUptime', 'credits for ShopUptime «per» late ticket']), IssueCodes.CreditsPerItemMismatch, ERROR);
        expect(diagnostic.message).toBe("'per late ticket' credits each late item, but 'ShopUptime' is not measured per ticket or per lead (its metric aggregates percent-of-intervals). Remove 'per late ticket'.");
    });
});

describe('the clock of a target', () => {
    test('a plain-minutes target on a metric in business minutes is pointed out, with the fix', async () => {
        const text = withFix('', 'Resolution <= 15 «minutes»', 'business minutes');
        const diagnostic = await expectDiagnostic(text, IssueCodes.TargetClockDiffers, WARNING);
        expect(diagnostic.message).toBe("'Resolution' is measured in business minutes, but 15 minutes is calendar time: it is counted around the clock, nights and weekends included. Write '15 business minutes' to count only service hours.");
        const plain = text.replace(/[«»]/g, '');
        const { actions, uri } = await actionsFor(plain, withCode(IssueCodes.TargetClockDiffers));
        expect(actions.map(a => a.title)).toEqual(['Count 15 business minutes']);
        const fixed = apply(plain, actions[0], uri);
        expect(fixed).toContain('Resolution <= 15 business minutes');
        await expectNoDiagnostic(fixed, IssueCodes.TargetClockDiffers);
    });

    test('a business-time target on a calendar-time metric says what it means and is fine', async () => {
        await expectNoDiagnostic(withFix('', 'Resolution <= 8 business hours', 'hours'), IssueCodes.TargetClockDiffers);
    });
});

describe('coverage rules', () => {
    test('`missing counts as` and `minimum coverage` are for metrics measured in intervals', async () => {
        const text = edit(MINIMAL, ['    metrics {\n', '    metrics {\n        metric Resolution { kind duration unit hours aggregation per-ticket window calendar month «missing counts as down» }\n']);
        await expectDiagnostic(text.replace('«missing counts as down»', 'missing counts as «down»'), IssueCodes.CoverageNotIntervals, WARNING);
        await expectNoDiagnostic(edit(MINIMAL, ['            window calendar month\n        }', '            window calendar month\n            missing counts as excluded\n            minimum coverage 95 %\n        }']), IssueCodes.CoverageNotIntervals);
    });

    test('a mean of interval values can only leave missing intervals out', async () => {
        const text = edit(MINIMAL, ['    metrics {\n', '    metrics {\n        metric Success { kind ratio unit % aggregation mean-of-intervals interval 5 minutes window calendar month missing counts as «up» }\n']);
        await expectDiagnostic(text, IssueCodes.CoverageNotIntervals, WARNING);
    });

    test('a minimum coverage is a percentage', async () => {
        await expectDiagnostic(edit(MINIMAL, ['            window calendar month\n        }', '            window calendar month\n            minimum coverage 95 «hours»\n        }']), IssueCodes.UnitMismatch, ERROR);
    });
});

describe('per-item windows', () => {
    test('`over 14 days` follows items; on a level measured in intervals it is an error', async () => {
        const diagnostic = await expectDiagnostic(edit(MINIMAL, ['Uptime >= 99.5 %', 'Uptime >= 99.5 % over «14 days»']), IssueCodes.ItemWindowNotPerItem, ERROR);
        expect(diagnostic.message).toContain("'over 14 days' follows each ticket or lead for its own window, but 'Uptime' is aggregated percent-of-intervals");
        await expectNoDiagnostic(withFix('', 'Resolution <= 8 business hours over 14 days'), IssueCodes.ItemWindowNotPerItem);
    });
});
