import { AstUtils, TextDocument, URI, type AstNode } from 'langium';
import { afterEach, describe, expect, test } from 'vitest';
import { isLevel, type Agreement, type Level } from '../../packages/language/src/generated/ast.js';
import { checkAgreements } from '../../packages/language/src/workspace/agreement-workspace.js';
import { clearDocumentsAfterEach, MINIMAL, services } from '../helpers.js';

clearDocumentsAfterEach();

const PARENT = MINIMAL.replace('agreement Minimal "Minimal agreement"', 'agreement Parent "Corporate agreement"');

/** An agreement that refines `parent` and declares one level on `Shop`, measured by `Uptime`, owed by `Acme`. */
function child(name: string, parent: string, declarations = ''): string {
    return `agreement ${name} {
    refines ${parent}
${declarations}
    levels {
        level Faster for Shop {
            Uptime >= 99.9 %
            obliged Acme
        }
    }
}
`;
}

function levelOf(agreement: Agreement): Level {
    return AstUtils.streamAllContents(agreement).filter(isLevel).head()!;
}

/** Which file and which agreement each of the level's names resolved to. */
function targetsOf(level: Level) {
    const where = (node: AstNode | undefined) => node ? AstUtils.getDocument(node).uri.path : 'unresolved';
    return { service: where(level.services[0]?.ref), metric: where(level.target.metric.ref), party: where(level.obliged?.ref) };
}

describe('names in refined agreements', () => {
    test('a name the agreement declares itself resolves there, before the one it inherits', async () => {
        const own = '    services {\n        service Shop "Own shop" { description "Ours." }\n    }';
        const [, checked] = await checkAgreements(services, [
            { path: '/s/parent.sla', text: PARENT }, { path: '/s/child.sla', text: child('Child', 'Parent', own) }
        ]);
        expect(targetsOf(levelOf(checked.document.parseResult.value)))
            .toEqual({ service: '/s/child.sla', metric: '/s/parent.sla', party: '/s/parent.sla' });
    });

    test('the nearest refined agreement wins over the ones it refines in turn', async () => {
        const metric = '    metrics {\n        metric Uptime "Regional uptime" { kind ratio unit % }\n    }';
        const middle = `agreement Middle {\n    refines Parent\n${metric}\n}\n`;
        const checked = await checkAgreements(services, [
            { path: '/n/parent.sla', text: PARENT }, { path: '/n/middle.sla', text: middle },
            { path: '/n/child.sla', text: child('Child', 'Middle') }
        ]);
        expect(targetsOf(levelOf(checked[2].document.parseResult.value)))
            .toEqual({ service: '/n/parent.sla', metric: '/n/middle.sla', party: '/n/parent.sla' });
    });
});

describe('names after an edit', () => {
    const textDocuments = services.shared.workspace.TextDocuments;
    const documents = services.shared.workspace.LangiumDocuments;
    const parentUri = URI.file('/e/parent.sla');
    const childUri = URI.file('/e/child.sla');
    const type = (uri: URI, version: number, text: string) =>
        textDocuments.set(TextDocument.create(uri.toString(), 'sla', version, text));

    afterEach(() => {
        textDocuments.delete(parentUri);
        textDocuments.delete(childUri);
    });

    test('an unchanged agreement follows the declarations of the agreement it refines as they are edited', async () => {
        type(parentUri, 1, PARENT);
        type(childUri, 1, child('Child', 'Parent'));
        await services.shared.workspace.DocumentBuilder.update([parentUri, childUri], []);
        const childDocument = documents.getDocument(childUri)!;
        const childAgreement = childDocument.parseResult.value as Agreement;
        expect(targetsOf(levelOf(childAgreement)).party).toBe('/e/parent.sla');

        type(parentUri, 2, PARENT.replaceAll('Acme', 'Initech'));
        await services.shared.workspace.DocumentBuilder.update([parentUri], []);
        expect(childDocument.parseResult.value).toBe(childAgreement);
        expect(targetsOf(levelOf(childAgreement)).party).toBe('unresolved');

        type(parentUri, 3, PARENT);
        await services.shared.workspace.DocumentBuilder.update([parentUri], []);
        const party = levelOf(childAgreement).obliged?.ref;
        expect(party && AstUtils.getDocument(party)).toBe(documents.getDocument(parentUri));
    });
});
