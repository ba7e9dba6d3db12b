/**
 * A document whose text cannot be read, or that makes any build phase throw, gets one `sla-check-failed`
 * diagnostic; the other documents of the workspace are built, checked and answered as usual.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Level, SlaAstType } from '../../packages/language/src/generated/ast.js';
import { describe, expect, test } from 'vitest';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { IssueCodes } from '../../packages/language/src/validation/issue-codes.js';
import { checkAgreements } from '../../packages/language/src/workspace/agreement-workspace.js';
import { MINIMAL } from '../helpers.js';

const POISON = 'poison';

/** Services whose `phase` throws for a text that contains the word `poison`. */
function servicesFailingIn(phase: 'parse' | 'scopes' | 'link' | 'index'): ReturnType<typeof createSlaServices> {
    const services = createSlaServices(EmptyFileSystem);
    const poisoned = (document: LangiumDocument) => document.textDocument.getText().includes(POISON);
    const boom = () => { throw new RangeError('Maximum call stack size exceeded'); };
    switch (phase) {
        case 'parse': {
            const parser = services.Sla.parser.LangiumParser;
            const parse = parser.parse.bind(parser);
            parser.parse = ((text: string, options?: object) => text.includes(POISON) ? boom() : parse(text, options)) as typeof parser.parse;
            break;
        }
        case 'scopes': {
            const scopes = services.Sla.references.ScopeComputation;
            const collect = scopes.collectLocalSymbols.bind(scopes);
            scopes.collectLocalSymbols = (document, token) => poisoned(document) ? boom() : collect(document, token);
            break;
        }
        case 'link': {
            const linker = services.Sla.references.Linker;
            const link = linker.link.bind(linker);
            linker.link = (document, token) => poisoned(document) ? boom() : link(document, token);
            break;
        }
        case 'index': {
            const index = services.shared.workspace.IndexManager;
            const update = index.updateContent.bind(index);
            index.updateContent = (document, token) => poisoned(document) ? boom() : update(document, token);
            break;
        }
    }
    return services;
}

const good = { path: '/ws/good.sla', text: MINIMAL };
const bad = { path: '/ws/bad.sla', text: MINIMAL.replace('Minimal agreement', `Minimal ${POISON} agreement`).replace('agreement Minimal', 'agreement Other') };

describe('a document that makes a build phase throw', () => {
    test.each(['parse', 'scopes', 'link', 'index'] as const)('in %s: it gets one diagnostic, the other document is checked', async phase => {
        const [alone] = await checkAgreements(createSlaServices(EmptyFileSystem), [good]);
        const [checkedBad, checkedGood] = await checkAgreements(servicesFailingIn(phase), [bad, good]);
        expect(checkedBad.diagnostics.map(d => d.code)).toEqual([IssueCodes.CheckFailed]);
        expect(checkedBad.diagnostics[0].message).toMatch(/nests or repeats too deeply.*other files are checked as usual/);
        expect(checkedGood.diagnostics).toEqual(alone.diagnostics);
    });

    test('the failure is forgotten once the text changes, and later builds go on', async () => {
        const services = servicesFailingIn('link');
        await checkAgreements(services, [bad, good]);
        const builder = services.shared.workspace.DocumentBuilder;
        const documents = services.shared.workspace.LangiumDocuments;
        const badDocument = documents.getDocument(URI.file(bad.path))!;
        await builder.update([badDocument.uri], []);
        expect(badDocument.diagnostics?.map(d => d.code)).toEqual([IssueCodes.CheckFailed]);
        const [fixed] = await checkAgreements(services, [{ ...bad, text: bad.text.replace(POISON, 'plain') }]);
        expect(fixed.diagnostics.map(d => d.code)).not.toContain(IssueCodes.CheckFailed);
    });
});

describe('a check that throws', () => {
    /** Services with one more check on levels: it throws (or rejects) for the level named `Broken`. */
    function servicesWithFailingCheck(how: 'throws' | 'rejects'): ReturnType<typeof createSlaServices> {
        const services = createSlaServices(EmptyFileSystem);
        const fail = (level: Level) => {
            if (level.name !== 'Broken') return undefined;
            if (how === 'throws') throw new RangeError('no such window');
            return Promise.reject(new RangeError('no such window'));
        };
        services.Sla.validation.ValidationRegistry.register<SlaAstType>({ Level: fail }, undefined, 'fast');
        return services;
    }
    const text = MINIMAL.replace('level ShopUptime "Shop uptime"', 'level Broken "Shop uptime"').replaceAll('ShopUptime', 'Broken')
        .replace('interval 1 minutes', 'interval 0 minutes');

    test.each(['throws', 'rejects'] as const)('when it %s, its level gets an error and the other checks still report', async how => {
        const [alone] = await checkAgreements(createSlaServices(EmptyFileSystem), [{ path: '/ws/broken.sla', text }]);
        const error = console.error;
        console.error = () => undefined;
        try {
            const [checked] = await checkAgreements(servicesWithFailingCheck(how), [{ path: '/ws/broken.sla', text }]);
            const failure = checked.diagnostics.filter(d => d.message === 'An error occurred during validation: no such window');
            expect(failure).toHaveLength(1);
            expect(failure[0].range.start.line).toBe(text.split('\n').findIndex(line => line.includes('level Broken')));
            expect(alone.diagnostics.map(d => d.code)).toContain(IssueCodes.NonPositiveQuantity);
            expect(checked.diagnostics.filter(d => d !== failure[0])).toEqual(alone.diagnostics);
        } finally {
            console.error = error;
        }
    });
});
