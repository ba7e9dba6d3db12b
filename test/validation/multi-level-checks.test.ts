import { describe, expect, test } from 'vitest';
import { URI, type LangiumDocument } from 'langium';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL, services } from '../helpers.js';
import {
    diagnosticsIn, edit, expectDiagnostic, expectDiagnosticIn, expectNoDiagnostic, ERROR, WARNING
} from './expect-diagnostics.js';

clearDocumentsAfterEach();

/** The corporate level: MINIMAL as `Parent`, with a floor for every service and a P1 resolution floor. */
const PARENT = edit(MINIMAL,
    ['agreement Minimal "Minimal agreement"', 'agreement Parent "Corporate agreement"'],
    ['    metrics {\n', '    segments {\n        priority P1\n    }\n    metrics {\n        metric Resolution { kind duration unit hours aggregation per-ticket window calendar month }\n'],
    ['    levels {\n', `    levels {
        level Floor {
            Uptime >= 99.0 %
        }
        level P1Floor {
            Resolution <= 8 hours in 90 % of tickets
            segment P1
        }
`]);

const child = (levels: string) => `agreement Child "Service agreement" {
    refines Parent
    services {
        service Kiosk { description "In-store kiosks." }
    }
    levels {
${levels}
    }
}
`;

describe('multi-level floors', () => {
    test('a level weaker than a floor of a refined agreement is an error on the threshold', async () => {
        const files = { '/a/parent.sla': PARENT, '/a/child.sla': child('        level ShopFaster for Shop {\n            Uptime >= «99.2 %»\n        }') };
        const diagnostic = await expectDiagnosticIn(files, '/a/child.sla', IssueCodes.WeakerThanFloor, ERROR);
        expect(diagnostic.message).toBe("'ShopFaster' promises Uptime >= 99.2 %, weaker than the floor 'ShopUptime' of 'Parent' (Uptime >= 99.5 %), which this agreement refines. A lower-level agreement may tighten a floor, never weaken it: promise >= 99.5 %.");
        const fixed = await diagnosticsIn({ ...files, '/a/child.sla': child('        level ShopFaster for Shop {\n            Uptime >= 99.7 %\n        }') }, '/a/child.sla');
        expect(fixed.filter(d => d.code === IssueCodes.WeakerThanFloor)).toEqual([]);
    });

    test('a floor without `for` applies to services the refining agreement declares', async () => {
        const files = { '/a/parent.sla': PARENT, '/a/child.sla': child('        level KioskUp for Kiosk {\n            Uptime >= «98 %»\n        }') };
        const diagnostic = await expectDiagnosticIn(files, '/a/child.sla', IssueCodes.WeakerThanFloor, ERROR);
        expect(diagnostic.message).toContain("weaker than the floor 'Floor' of 'Parent' (Uptime >= 99.0 %)");
    });

    test('a smaller share of the population than the floor is weaker, in the same segment only', async () => {
        const p1 = (share: string) => child(`        level KioskP1 for Kiosk {\n            Resolution <= 4 hours in ${share} of tickets\n            segment P1\n        }`);
        const diagnostic = await expectDiagnosticIn({ '/a/parent.sla': PARENT, '/a/child.sla': p1('«85 %»') }, '/a/child.sla', IssueCodes.WeakerThanFloor, ERROR);
        expect(diagnostic.message).toContain('promise the threshold in at least 90 % of tickets');
        const fixed = await diagnosticsIn({ '/a/parent.sla': PARENT, '/a/child.sla': p1('95 %') }, '/a/child.sla');
        expect(fixed.filter(d => d.code === IssueCodes.WeakerThanFloor)).toEqual([]);
    });

    test('floor checks are slow: they do not run while typing', async () => {
        const documents = services.shared.workspace.LangiumDocuments;
        const load = (path: string, text: string) => documents.createDocument(URI.file(path), text) as LangiumDocument;
        const docs = [load('/t/parent.sla', PARENT), load('/t/child.sla', child('        level ShopFaster for Shop {\n            Uptime >= 99.2 %\n        }'))];
        await services.shared.workspace.DocumentBuilder.build(docs, { validation: { categories: ['built-in', 'fast'] } });
        expect(docs[1].diagnostics!.filter(d => d.code === IssueCodes.WeakerThanFloor)).toEqual([]);
        await services.shared.workspace.DocumentBuilder.build(docs, { validation: { categories: ['built-in', 'fast', 'slow'] } });
        expect(docs[1].diagnostics!.filter(d => d.code === IssueCodes.WeakerThanFloor)).toHaveLength(1);
    });
});

describe('dependencies', () => {
    /** MINIMAL where Shop depends on a database whose target is `dbTarget`. */
    const withDatabase = (dbTarget: string, shopTarget = '99.5 %') => edit(MINIMAL,
        ['description "The public web shop."', 'description "The public web shop." depends on Db'],
        ['        }\n    }\n    metrics {', '        }\n        service Db { description "The database." }\n    }\n    metrics {'],
        ['    levels {\n', `    levels {\n        level DbUp for Db {\n            Uptime >= ${dbTarget}\n        }\n`],
        ['Uptime >= 99.5 %', `Uptime >= ${shopTarget}`]);

    test('a target its dependencies cannot reach together is a warning on the threshold', async () => {
        const diagnostic = await expectDiagnostic(withDatabase('99.0 %', '«99.5 %»'), IssueCodes.DependenciesCannotReach, WARNING);
        expect(diagnostic.message).toBe("'Shop' cannot reach Uptime >= 99.5 % through its dependencies: 'Db' (99.0 %) gives at most 99 %. Raise the dependencies' targets or promise at most 99 % here.");
        await expectNoDiagnostic(withDatabase('99.9 %'), IssueCodes.DependenciesCannotReach);
    });
});
