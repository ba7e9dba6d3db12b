import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL } from '../helpers.js';
import { edit, ERROR, expectDiagnostic, expectNoDiagnostic, WARNING } from './expect-diagnostics.js';

clearDocumentsAfterEach();

/** MINIMAL with a second metric measured over a calendar quarter, and a level on it. */
const withQuarterlyLevel = edit(MINIMAL,
    ['    metrics {\n', '    metrics {\n        metric Satisfaction { kind score unit points aggregation mean window calendar quarter }\n'],
    ['    levels {\n', '    levels {\n        level Happy for Shop {\n            Satisfaction >= 4 points\n        }\n']);

describe('dates and times', () => {
    test('a date that does not exist is an error on the date', async () => {
        await expectDiagnostic(edit(MINIMAL, ['until 2026-12-31', 'until «2026-02-30»']), IssueCodes.InvalidDate, ERROR);
        await expectDiagnostic(edit(MINIMAL, ['    services {', '    calendars { calendar Office { holidays 2026-12-25, «2026-13-01» } }\n    services {']), IssueCodes.InvalidDate, ERROR);
        await expectNoDiagnostic(MINIMAL, IssueCodes.InvalidDate);
    });

    test('a time of day that does not exist is an error on the time', async () => {
        const calendar = (hours: string) => edit(MINIMAL, ['    services {', `    calendars { calendar Office { days monday to friday hours ${hours} } }\n    services {`]);
        const diagnostic = await expectDiagnostic(calendar('08:00 to «25:00»'), IssueCodes.InvalidTime, ERROR);
        expect(diagnostic.message).toContain('25:00 is not a time of day');
        await expectNoDiagnostic(calendar('00:00 to 24:00'), IssueCodes.InvalidTime);
    });

    test('a term that ends before it starts is an error on the end date', async () => {
        await expectDiagnostic(edit(MINIMAL, ['until 2026-12-31', 'until «2025-12-31»']), IssueCodes.TermEndsBeforeStart, ERROR);
        await expectNoDiagnostic(MINIMAL, IssueCodes.TermEndsBeforeStart);
    });
});

describe('periods', () => {
    test('a review cadence longer than the term is a warning on the cadence', async () => {
        const diagnostic = await expectDiagnostic(edit(MINIMAL, ['every 6 months', 'every «18 months»']), IssueCodes.ReviewLongerThanTerm, WARNING);
        expect(diagnostic.message).toContain('never comes round within the term (2026-01-01 until 2026-12-31)');
        // Twelve months fit a term that ends on the last day of the year.
        await expectNoDiagnostic(edit(MINIMAL, ['every 6 months', 'every 12 months']), IssueCodes.ReviewLongerThanTerm);
    });

    test('a next review outside the term is a warning on the date', async () => {
        await expectDiagnostic(edit(MINIMAL, ['every 6 months', 'every 6 months\n        next «2027-03-01»']), IssueCodes.ReviewOutsideTerm, WARNING);
        await expectNoDiagnostic(edit(MINIMAL, ['every 6 months', 'every 6 months\n        next 2026-07-01']), IssueCodes.ReviewOutsideTerm);
    });

    test('a change notice longer than the term is a warning on the notice', async () => {
        await expectDiagnostic(edit(MINIMAL, ['notice 30 days', 'notice «400 days»']), IssueCodes.NoticeLongerThanTerm, WARNING);
        await expectNoDiagnostic(MINIMAL, IssueCodes.NoticeLongerThanTerm);
    });

    test('a report that cuts the windows it covers is a warning on its cadence', async () => {
        const withReport = (cadence: string) => edit(MINIMAL, ['    changes {', `    reporting { report Status { every ${cadence} covers ShopUptime } }\n    changes {`]);
        const diagnostic = await expectDiagnostic(withReport('«6 weeks»'), IssueCodes.PeriodMisfit, WARNING);
        expect(diagnostic.message).toBe("A report every 6 weeks does not cover whole calendar months of 'ShopUptime'. Report every month or a whole number of them.");
        await expectNoDiagnostic(withReport('quarter'), IssueCodes.PeriodMisfit);
    });

    test('a review before one full window, or cutting windows, is a warning on its cadence', async () => {
        const early = await expectDiagnostic(edit(withQuarterlyLevel, ['every 6 months', 'every «2 months»']), IssueCodes.PeriodMisfit, WARNING);
        expect(early.message).toContain("comes before one full calendar quarter of 'Happy' has been measured");
        const cutting = await expectDiagnostic(edit(withQuarterlyLevel, ['every 6 months', 'every «4 months»']), IssueCodes.PeriodMisfit, WARNING);
        expect(cutting.message).toContain("cuts the calendar quarter of 'Happy' in two");
        await expectNoDiagnostic(withQuarterlyLevel, IssueCodes.PeriodMisfit);
    });
});
