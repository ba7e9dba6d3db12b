import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL } from '../helpers.js';
import {
    diagnosticsIn, edit, ERROR, expectDiagnostic, expectDiagnosticIn, expectNoDiagnostic, WARNING
} from './expect-diagnostics.js';

clearDocumentsAfterEach();

/** A corporate agreement that `Child` refines: it declares the provider, the metric and a floor. */
const PARENT = edit(MINIMAL, ['agreement Minimal "Minimal agreement"', 'agreement Parent "Corporate agreement"']);
const child = (body: string) => `agreement Child "Service agreement" {
    refines Parent
${body}
}
`;

describe('unresolved names', () => {
    test('name the expected kind and the close candidates', async () => {
        const failing = edit(MINIMAL, ['level ShopUptime "Shop uptime" for Shop', 'level ShopUptime "Shop uptime" for «Shopp»']);
        const diagnostic = await expectDiagnostic(failing, IssueCodes.UnresolvedReference, ERROR);
        expect(diagnostic.message).toBe("Unknown service 'Shopp'. Did you mean 'Shop'?");
        expect(diagnostic.data).toMatchObject({ refText: 'Shopp', candidates: ['Shop'] });
        await expectNoDiagnostic(MINIMAL, IssueCodes.UnresolvedReference);
    });

    test('list the declared names of the right kind when none is close', async () => {
        const diagnostic = await expectDiagnostic(edit(MINIMAL, ['obliged Acme', 'obliged «Initech»']), IssueCodes.UnresolvedReference, ERROR);
        expect(diagnostic.message).toBe("Unknown party 'Initech'. Declared parties: 'Acme' and 'Globex'.");
    });

    test('say when the name belongs to a declaration of another kind', async () => {
        const diagnostic = await expectDiagnostic(edit(MINIMAL, ['obliged Acme', 'obliged «Shop»']), IssueCodes.UnresolvedReference, ERROR);
        expect(diagnostic.message).toBe("'Shop' is a service, but a party is expected here. Declared parties: 'Acme' and 'Globex'.");
    });

    test('a remedy on a level that does not exist is an unresolved level', async () => {
        const diagnostic = await expectDiagnostic(edit(MINIMAL, ['credits for ShopUptime', 'credits for «ShopUptme»']), IssueCodes.UnresolvedReference, ERROR);
        expect(diagnostic.message).toContain("Did you mean 'ShopUptime'?");
    });

    test('an unknown agreement in `refines` lists the loaded agreements', async () => {
        const files = { '/a/parent.sla': PARENT, '/a/child.sla': child('    version 1.0\n').replace('refines Parent', 'refines «Parnt»') };
        const diagnostic = await expectDiagnosticIn(files, '/a/child.sla', IssueCodes.UnresolvedReference, ERROR);
        expect(diagnostic.message).toContain("No agreement named 'Parnt' is loaded. Did you mean 'Parent'?");
    });

    const levelOnInheritedNames = `    levels {
        level Faster "Faster" for Shop {
            Uptime >= 99.9 %
            obliged Acme
        }
    }`;

    test('names inherited from a refined agreement resolve across files', async () => {
        const together = await diagnosticsIn({ '/a/parent.sla': PARENT, '/a/child.sla': child(levelOnInheritedNames) }, '/a/child.sla');
        expect(together.filter(d => d.code === IssueCodes.UnresolvedReference)).toEqual([]);
    });

    test('without the refined agreement, an unresolved name says where it may be declared', async () => {
        const alone = await diagnosticsIn({ '/b/child.sla': child(levelOnInheritedNames) }, '/b/child.sla');
        const messages = alone.filter(d => d.code === IssueCodes.UnresolvedReference).map(d => d.message);
        expect(messages[0]).toBe("No agreement named 'Parent' is loaded. Open its file in the same workspace, or check both files together (`sla check <folder>`).");
        expect(messages.slice(1)).toEqual([
            "Unknown service 'Shop': this agreement declares no services. Declare 'Shop' in the 'services' section. It may be declared in 'Parent', which this agreement refines but which is not loaded.",
            "Unknown metric 'Uptime': this agreement declares no metrics. Declare 'Uptime' in the 'metrics' section. It may be declared in 'Parent', which this agreement refines but which is not loaded.",
            "Unknown party 'Acme': this agreement declares no parties. Declare 'Acme' in the 'parties' section. It may be declared in 'Parent', which this agreement refines but which is not loaded."
        ]);
    });
});

describe('names', () => {
    test('a name declared twice, of any kind, is an error on the second', async () => {
        const failing = edit(MINIMAL, ['service Shop "Web shop"', 'service «Acme» "Web shop"'], ['for Shop {', 'for Acme {']);
        const diagnostic = await expectDiagnostic(failing, IssueCodes.DuplicateName, ERROR);
        expect(diagnostic.message).toBe("'Acme' is already declared on line 5, as a party. Rename one of them: each name must point at one thing.");
        await expectNoDiagnostic(MINIMAL, IssueCodes.DuplicateName);
    });

    test('a name that hides one of a refined agreement is a warning', async () => {
        const files = {
            '/a/parent.sla': PARENT,
            '/a/child.sla': child('    services { service «Shop» "Shop again" { description "Again." } }')
        };
        const diagnostic = await expectDiagnosticIn(files, '/a/child.sla', IssueCodes.HidesInheritedName, WARNING);
        expect(diagnostic.message).toContain("'Shop' is also a service of 'Parent'");
        const fixed = await diagnosticsIn({ ...files, '/a/child.sla': child('    services { service Kiosk "Kiosk" { description "In store." } }') }, '/a/child.sla');
        expect(fixed.filter(d => d.code === IssueCodes.HidesInheritedName)).toEqual([]);
    });

    test('a refines cycle is an error on each `refines` in it', async () => {
        const files = {
            '/a/parent.sla': edit(PARENT, ['    version 1.0\n', '    version 1.0\n    refines «Child»\n']),
            '/a/child.sla': child('    version 1.0\n')
        };
        const diagnostic = await expectDiagnosticIn(files, '/a/parent.sla', IssueCodes.RefinesCycle, ERROR);
        expect(diagnostic.message).toContain('(Parent refines Child refines Parent)');
        expect((await diagnosticsIn({ ...files, '/a/parent.sla': files['/a/parent.sla'].replace(/[«»]/g, '') }, '/a/child.sla'))
            .filter(d => d.code === IssueCodes.RefinesCycle)).toHaveLength(1);
        const fixed = await diagnosticsIn({ '/a/parent.sla': PARENT, '/a/child.sla': child('    version 1.0\n') }, '/a/parent.sla');
        expect(fixed.filter(d => d.code === IssueCodes.RefinesCycle)).toEqual([]);
    });
});
