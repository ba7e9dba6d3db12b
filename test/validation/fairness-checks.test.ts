import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL } from '../helpers.js';
import { edit, ERROR, expectDiagnostic, expectNoDiagnostic, INFO, WARNING } from './expect-diagnostics.js';

clearDocumentsAfterEach();

const DUTY = 'Globex must "report outages through the portal" within 1 hours excuses ShopUptime';
const EXCLUSION = '        customer-caused "Outages caused by Globex\'s own changes"\n';

describe('fairness', () => {
    test('credits on a level nothing excuses when the customer caused the miss are a warning on the credited level', async () => {
        const failing = edit(MINIMAL,
            [DUTY, 'Globex must "report outages through the portal" within 1 hours'],
            [EXCLUSION, '        force-majeure "Events beyond either party\'s control"\n'],
            ['credits for ShopUptime', 'credits for «ShopUptime»']);
        const diagnostic = await expectDiagnostic(failing, IssueCodes.NoCustomerExcusal, WARNING);
        expect(diagnostic.message).toContain("'ShopUptime' earns service credits, but nothing excuses a miss the customer caused");
        // Either a customer duty that excuses the level or a customer-caused exclusion is enough.
        await expectNoDiagnostic(edit(MINIMAL, [EXCLUSION, '        force-majeure "Events beyond either party\'s control"\n']), IssueCodes.NoCustomerExcusal);
        await expectNoDiagnostic(edit(MINIMAL, [DUTY, 'Globex must "report outages through the portal" within 1 hours']), IssueCodes.NoCustomerExcusal);
    });

    test('a customer-caused exclusion that applies to other levels only does not excuse this one', async () => {
        const failing = edit(MINIMAL,
            [DUTY, 'Globex must "report outages through the portal" within 1 hours'],
            [EXCLUSION, '        customer-caused "Outages caused by Globex\'s own changes" applies to Other\n'],
            ['    levels {\n', '    levels {\n        level Other for Shop {\n            Uptime >= 99 %\n        }\n'],
            ['credits for ShopUptime', 'credits for «ShopUptime»']);
        await expectDiagnostic(failing, IssueCodes.NoCustomerExcusal, WARNING);
    });

    test('a customer duty that excuses nothing is information on the duty', async () => {
        const failing = edit(MINIMAL, ['    responsibilities {\n', '    responsibilities {\n        Globex must «"keep its contacts up to date"»\n']);
        const diagnostic = await expectDiagnostic(failing, IssueCodes.DutyExcusesNothing, INFO);
        expect(diagnostic.message).toContain('This duty excuses no level: if Globex does not do it');
        await expectNoDiagnostic(MINIMAL, IssueCodes.DutyExcusesNothing);
        // Provider duties are not expected to excuse anything.
        await expectNoDiagnostic(edit(MINIMAL, ['    responsibilities {\n', '    responsibilities {\n        Acme must "keep its contacts up to date"\n']), IssueCodes.DutyExcusesNothing);
    });

    test("a duty that excuses its own party's level is an error on the level", async () => {
        const failing = edit(MINIMAL, ['    responsibilities {\n', '    responsibilities {\n        Acme must "patch servers" within 1 days pauses «ShopUptime»\n']);
        const diagnostic = await expectDiagnostic(failing, IssueCodes.SelfExcusingDuty, ERROR);
        expect(diagnostic.message).toContain('Acme is obliged to meet \'ShopUptime\'');
        await expectNoDiagnostic(MINIMAL, IssueCodes.SelfExcusingDuty);
    });

    test('`excuses all` excuses every level another party must meet, so credits on any of them are excusable', async () => {
        const all = edit(MINIMAL,
            [DUTY, 'Globex must "report outages through the portal" within 1 hours excuses all'],
            [EXCLUSION, '        force-majeure "Events beyond either party\'s control"\n'],
            ['    levels {\n', '    levels {\n        level Other for Shop {\n            Uptime >= 99 %\n        }\n'],
            ['        cap 25 %', '        credits for Other {\n            when < 99 % credit 5 %\n        }\n        cap 25 %']);
        await expectNoDiagnostic(all, IssueCodes.NoCustomerExcusal);
        await expectNoDiagnostic(all, IssueCodes.DutyExcusesNothing);
        await expectNoDiagnostic(all, IssueCodes.SelfExcusingDuty);
    });

    test('`pauses all` by the only obliged party pauses nothing: information, not a self-excusing error', async () => {
        const own = edit(MINIMAL, ['    responsibilities {\n', '    responsibilities {\n        Acme must "patch servers" within 1 days pauses «all»\n']);
        const diagnostic = await expectDiagnostic(own, IssueCodes.DutyExcusesNothing, INFO);
        expect(diagnostic.message).toContain('there is no level that another party than Acme must meet');
        await expectNoDiagnostic(own.replace(/[«»]/g, ''), IssueCodes.SelfExcusingDuty);
    });
});
