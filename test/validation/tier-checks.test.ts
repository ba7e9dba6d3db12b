import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL } from '../helpers.js';
import { edit, ERROR, expectDiagnostic, expectNoDiagnostic, WARNING } from './expect-diagnostics.js';

clearDocumentsAfterEach();

const TIERS = `            when < 99.5 % and >= 99.0 % credit 10 %
            when < 99.0 % credit 25 %
`;
/** MINIMAL with other credit tiers for ShopUptime (target `Uptime >= 99.5 %`, cap 25 % per month). */
const withTiers = (tiers: string) => edit(MINIMAL, [TIERS, tiers]);

/** A lower-is-better target, `Resolution <= 4 hours`, with the given tiers for each late ticket. */
const withResolutionTiers = (tiers: string, shape = ' per late ticket') => edit(MINIMAL,
    ['    metrics {\n', '    metrics {\n        metric Resolution { kind duration unit hours aggregation per-ticket window calendar month }\n'],
    ['    levels {\n', '    levels {\n        level Fix for Shop {\n            Resolution <= 4 hours\n        }\n'],
    ['excuses ShopUptime', 'excuses ShopUptime, Fix'],
    ['        cap 25 % per month', `        credits for Fix${shape} {\n${tiers}        }\n        cap 25 % per month`]);

describe('credit tiers', () => {
    test('tiers that overlap are an error on the later tier', async () => {
        const diagnostic = await expectDiagnostic(withTiers(`            when < 99.5 % and >= 99.0 % credit 10 %
            when «<= 99.0 %» credit 25 %
`), IssueCodes.TierOverlap, ERROR);
        expect(diagnostic.message).toContain('overlaps the tier on line 39');
        await expectNoDiagnostic(MINIMAL, IssueCodes.TierOverlap);
    });

    test('a gap between tiers is a warning on the tier after it', async () => {
        const diagnostic = await expectDiagnostic(withTiers(`            when < 99.5 % and >= 99.0 % credit 10 %
            when «< 98.0 %» credit 25 %
`), IssueCodes.TierGap, WARNING);
        expect(diagnostic.message).toBe('Performance between 99.0 % and 98.0 % misses the target but earns no credit: no tier covers it. Extend this tier or add one.');
        await expectNoDiagnostic(MINIMAL, IssueCodes.TierGap);
    });

    test('a gap between the target and the first tier, or below the last, is a gap', async () => {
        const below = await expectDiagnostic(withTiers(`            when < 99.5 % and >= 99.0 % credit 10 %
            when «< 99.0 % and >= 95.0 %» credit 25 %
`), IssueCodes.TierGap, WARNING);
        expect(below.message).toContain('Performance worse than 95.0 % earns no credit');
        const above = await expectDiagnostic(withTiers(`            when «< 99.4 % and >= 99.0 %» credit 10 %
            when < 99.0 % credit 25 %
`), IssueCodes.TierGap, WARNING);
        expect(above.message).toContain('between 99.5 % and 99.4 %');
        // An exclusive bound on both sides of one value leaves that value uncovered.
        await expectDiagnostic(withTiers(`            when < 99.5 % and > 99.0 % credit 10 %
            when «< 99.0 %» credit 25 %
`), IssueCodes.TierGap, WARNING);
    });

    test('a smaller credit for worse performance is an error on the credit', async () => {
        const diagnostic = await expectDiagnostic(withTiers(`            when < 99.5 % and >= 99.0 % credit 10 %
            when < 99.0 % credit «5 %»
`), IssueCodes.TierNotMonotone, ERROR);
        expect(diagnostic.message).toContain('Worse performance earns a smaller credit here (5 %) than in the better tier on line 39 (10 %)');
        await expectNoDiagnostic(MINIMAL, IssueCodes.TierNotMonotone);
    });

    test('a tier that applies while the target is met is an error on its bounds', async () => {
        await expectDiagnostic(withTiers(`            when «<= 99.5 % and >= 99.0 %» credit 10 %
            when < 99.0 % credit 25 %
`), IssueCodes.TierWhileMet, ERROR);
        await expectNoDiagnostic(MINIMAL, IssueCodes.TierWhileMet);
    });

    test('tiers of a lower-is-better target run the other way', async () => {
        const clean = `            when > 4 hours and <= 8 hours credit 5 %
            when > 8 hours credit 10 %
`;
        for (const code of [IssueCodes.TierGap, IssueCodes.TierOverlap, IssueCodes.TierNotMonotone, IssueCodes.TierWhileMet]) {
            await expectNoDiagnostic(withResolutionTiers(clean), code);
        }
        await expectDiagnostic(withResolutionTiers(`            when «>= 4 hours and <= 8 hours» credit 5 %
            when > 8 hours credit 10 %
`), IssueCodes.TierWhileMet, ERROR);
        await expectDiagnostic(withResolutionTiers(`            when > 4 hours and <= 8 hours credit 5 %
            when > 8 hours credit «2 %»
`), IssueCodes.TierNotMonotone, ERROR);
        // Bounds in minutes compare with a target in hours.
        await expectDiagnostic(withResolutionTiers(`            when > 240 minutes and <= 8 hours credit 5 %
            when «> 600 minutes» credit 10 %
`), IssueCodes.TierGap, WARNING);
    });

    test('a tier whose bounds exclude each other is an error', async () => {
        await expectDiagnostic(withTiers(`            when < 99.5 % and >= 99.0 % credit 10 %
            when < 99.0 % credit 25 %
            when «< 98.0 % and > 99.0 %» credit 30 %
`), IssueCodes.TierEmpty, ERROR);
        await expectNoDiagnostic(MINIMAL, IssueCodes.TierEmpty);
    });

    test('a credit above the monthly cap is a warning on the credit', async () => {
        const diagnostic = await expectDiagnostic(edit(MINIMAL, ['cap 25 % per month', 'cap 20 % per month'], ['credit 25 %', 'credit «25 %»']), IssueCodes.TierAboveCap, WARNING);
        expect(diagnostic.message).toContain('exceeds the cap of 20 % per month');
        await expectNoDiagnostic(MINIMAL, IssueCodes.TierAboveCap);
        // A yearly cap is of another basis and is not compared with monthly tiers.
        await expectNoDiagnostic(edit(MINIMAL, ['cap 25 % per month', 'cap 25 % per month\n        cap 20 % per year']), IssueCodes.TierAboveCap);
    });

    test('a credit or cap above 100 % is a warning on the amount', async () => {
        await expectDiagnostic(edit(MINIMAL, ['credit 25 %', 'credit «150 %»']), IssueCodes.CreditOver100, WARNING);
        await expectDiagnostic(edit(MINIMAL, ['cap 25 % per month', 'cap «120 %» per month']), IssueCodes.CreditOver100, WARNING);
        await expectNoDiagnostic(MINIMAL, IssueCodes.CreditOver100);
    });

    test('a second credits block for one level is an error on its level', async () => {
        const failing = edit(MINIMAL, ['        cap 25 % per month', '        credits for «ShopUptime» { when < 90 % credit 50 % }\n        cap 25 % per month']);
        await expectDiagnostic(failing, IssueCodes.DuplicateCredits, ERROR);
        await expectNoDiagnostic(MINIMAL, IssueCodes.DuplicateCredits);
    });
});
