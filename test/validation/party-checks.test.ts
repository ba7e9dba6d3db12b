import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL } from '../helpers.js';
import { edit, ERROR, expectDiagnostic, expectNoDiagnostic, WARNING } from './expect-diagnostics.js';

clearDocumentsAfterEach();

const PARTIES = `    parties {
        provider Acme "Acme Ltd."
        customer Globex "Globex Corp."
    }`;

describe('parties', () => {
    test('no provider is an error on the parties keyword', async () => {
        const failing = edit(MINIMAL, [PARTIES, `    «parties» {
        subcontractor Acme "Acme Ltd."
        customer Globex "Globex Corp."
    }`]);
        const diagnostic = await expectDiagnostic(failing, IssueCodes.NoProvider, ERROR);
        expect(diagnostic.message).toContain('nobody owes the service levels');
        await expectNoDiagnostic(MINIMAL, IssueCodes.NoProvider);
    });

    test('no customer is an error on the parties keyword', async () => {
        const failing = edit(MINIMAL, [PARTIES, `    «parties» {
        provider Acme "Acme Ltd."
        monitor Globex "Globex Corp."
    }`]);
        await expectDiagnostic(failing, IssueCodes.NoCustomer, ERROR);
        await expectNoDiagnostic(MINIMAL, IssueCodes.NoCustomer);
    });

    test('a party without a role is a warning on `party`', async () => {
        const failing = edit(MINIMAL, ['        customer Globex "Globex Corp."\n', '        customer Globex "Globex Corp."\n        «party» Auditor "Audit AG"\n']);
        const diagnostic = await expectDiagnostic(failing, IssueCodes.PartyWithoutRole, WARNING);
        expect(diagnostic.message).toContain("Party 'Auditor' has no role");
        await expectNoDiagnostic(edit(failing.replace(/[«»]/g, ''), ['party Auditor', 'monitor Auditor']), IssueCodes.PartyWithoutRole);
    });

    test('a monitor obliged to meet a level is an error on the obliged party', async () => {
        const withMonitor = edit(MINIMAL, ['        customer Globex "Globex Corp."\n', '        customer Globex "Globex Corp."\n        monitor Watch "Watch Ltd."\n']);
        const diagnostic = await expectDiagnostic(edit(withMonitor, ['obliged Acme', 'obliged «Watch»']), IssueCodes.UnsuitableParty, ERROR);
        expect(diagnostic.message).toContain("'Watch' is a monitor");
        await expectNoDiagnostic(withMonitor, IssueCodes.UnsuitableParty);
    });

    test('a monitor providing a service is an error on its name in `provided by`', async () => {
        const withMonitor = edit(MINIMAL, ['        customer Globex "Globex Corp."\n', '        customer Globex "Globex Corp."\n        monitor Watch "Watch Ltd."\n']);
        const failing = edit(withMonitor, ['description "The public web shop."', 'description "The public web shop." provided by Acme, «Watch»']);
        await expectDiagnostic(failing, IssueCodes.UnsuitableParty, ERROR);
        await expectNoDiagnostic(edit(withMonitor, ['description "The public web shop."', 'description "The public web shop." provided by Acme']), IssueCodes.UnsuitableParty);
    });

    test('a level without an obliged party among several providers is a warning on its name', async () => {
        const twoProviders = edit(MINIMAL, ['        customer Globex "Globex Corp."\n', '        customer Globex "Globex Corp."\n        provider Hoster "Hoster BV"\n']);
        const failing = edit(twoProviders, ['level ShopUptime "Shop uptime"', 'level «ShopUptime» "Shop uptime"'], ['            obliged Acme\n', '']);
        const diagnostic = await expectDiagnostic(failing, IssueCodes.ObligedPartyMissing, WARNING);
        expect(diagnostic.message).toContain('Acme, Hoster');
        await expectNoDiagnostic(twoProviders, IssueCodes.ObligedPartyMissing);
        // With a single provider, that provider is obliged.
        await expectNoDiagnostic(edit(MINIMAL, ['            obliged Acme\n', '']), IssueCodes.ObligedPartyMissing);
    });
});
