import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL } from '../helpers.js';
import { edit, expectDiagnostic, expectNoDiagnostic, WARNING } from './expect-diagnostics.js';

clearDocumentsAfterEach();

/** MINIMAL with one report per cadence, each covering ShopUptime. */
const withReports = (...cadences: string[]) => edit(MINIMAL, ['    changes {', `    reporting {
${cadences.map((cadence, i) => `        report Status${i} {
            every ${cadence}
            covers ShopUptime
        }
`).join('')}    }
    changes {`]);

describe('targets', () => {
    test('a 100 % target is a warning on the threshold', async () => {
        const failing = edit(MINIMAL, ['Uptime >= 99.5 %', 'Uptime >= «100 %»'], ['when < 99.5 % and', 'when < 100 % and']);
        const diagnostic = await expectDiagnostic(failing, IssueCodes.PerfectTarget, WARNING);
        expect(diagnostic.message).toContain('allows no miss at all');
        await expectNoDiagnostic(MINIMAL, IssueCodes.PerfectTarget);
    });

    test('a target finer than its intervals can express is a warning on the threshold', async () => {
        const failing = edit(MINIMAL, ['interval 1 minutes', 'interval 5 minutes'], ['Uptime >= 99.5 %', 'Uptime >= «99.99 %»'], ['when < 99.5 % and', 'when < 99.99 % and']);
        const diagnostic = await expectDiagnostic(failing, IssueCodes.TargetFinerThanInterval, WARNING);
        expect(diagnostic.message).toBe("'Uptime' counts intervals of 5 minutes in a calendar month (as few as 8064), so 99.99 % allows 0.81 bad intervals: a single bad interval misses the target. Measure in shorter intervals, or promise at most 99.98 %.");
        // The same target counted per minute leaves room for 4 bad minutes even in February.
        await expectNoDiagnostic(edit(failing.replace(/[«»]/g, ''), ['interval 5 minutes', 'interval 1 minutes']), IssueCodes.TargetFinerThanInterval);
    });

    test('a level whose window is longer than every report covering it is a warning on the covers entry', async () => {
        const failing = withReports('week').replace('covers ShopUptime', 'covers «ShopUptime»');
        const diagnostic = await expectDiagnostic(failing, IssueCodes.WindowLongerThanReporting, WARNING);
        expect(diagnostic.message).toContain("'ShopUptime' is measured over a calendar month, but the reports covering it come only every week");
        await expectNoDiagnostic(withReports('month'), IssueCodes.WindowLongerThanReporting);
        // A weekly interim report is fine next to a monthly one.
        await expectNoDiagnostic(withReports('week', 'month'), IssueCodes.WindowLongerThanReporting);
    });
});
