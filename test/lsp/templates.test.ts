/** Agreement templates: complete, clean agreements for any two party names. */
import { describe, expect, test } from 'vitest';
import { AGREEMENT_TEMPLATES, writeAgreement } from '../../packages/language/src/generator/templates/agreement-templates.js';
import { checkAgreements } from '../../packages/language/src/workspace/agreement-workspace.js';
import { services, parse } from '../helpers.js';

const PARTIES = { provider: 'Acme Managed Services GmbH', customer: 'Globex Logistics AG', start: '2026-03-01' };

async function diagnosticsOf(text: string) {
    const [checked] = await checkAgreements(services, [{ path: `/templates/${Math.random()}.sla`, text }]);
    return checked.diagnostics.map(d => `${d.range.start.line + 1}: ${['', 'error', 'warning', 'info', 'hint'][d.severity ?? 1]} ${d.code}: ${d.message}`);
}

describe('every template', () => {
    for (const template of AGREEMENT_TEMPLATES) {
        test(`${template.id} checks clean: no error, warning or information but its placeholders`, async () => {
            const diagnostics = await diagnosticsOf(writeAgreement(template.id, PARTIES));
            expect(diagnostics.filter(d => !d.includes(' info sla-placeholder: '))).toEqual([]);
            expect(diagnostics.length).toBeGreaterThan(0);
        });
    }
});

describe('templates are parameterised by the parties', () => {
    test('TODO markers appear only inside texts', async () => {
        for (const template of AGREEMENT_TEMPLATES) {
            const lexed = services.Sla.parser.Lexer.tokenize(writeAgreement(template.id, PARTIES));
            const outside = [...lexed.tokens, ...(lexed.hidden ?? [])].filter(t => t.image.includes('TODO') && t.tokenType.name !== 'STRING' && t.tokenType.name !== 'LONG_TEXT');
            expect(outside.map(t => t.image)).toEqual([]);
            expect(lexed.tokens.some(t => t.image.includes('TODO'))).toBe(true);
        }
    });

    test('short names come from the legal names, without legal forms, accents or clashes', async () => {
        const names = async (provider: string, customer: string) => {
            const document = await parse(writeAgreement('managed-it-helpdesk', { provider, customer, start: '2026-03-01' }));
            return document.parseResult.value.sections.flatMap(s => s.$type === 'PartiesSection' ? s.parties.map(p => `${p.name}=${p.legalName}`) : []);
        };
        expect(await names('Acme Managed Services GmbH', 'Globex Logistics AG')).toEqual(['Acme=Acme Managed Services GmbH', 'Globex=Globex Logistics AG']);
        expect(await names('The Müller & Söhne KG', 'Müller Retail')).toEqual(['Muller=The Müller & Söhne KG', 'MullerRetail=Müller Retail']);
        expect(await names('3M Services', 'Helpdesk Inc.')).toEqual(['Provider3M=3M Services', 'Helpdesk2=Helpdesk Inc.']);
        expect(await names('"Quoted" \\ Ltd', 'GmbH')).toEqual(['Quoted="Quoted" \\ Ltd', 'Customer=GmbH']);
    });

    test('the term starts on the given day, or the first day of next month', () => {
        // The start the user gave is agreed; the end the template derives from it, and a default start, are suggestions.
        expect(writeAgreement('cloud-hosting-uptime', PARTIES)).toContain('effective 2026-03-01 until 2027-02-28?');
        expect(writeAgreement('cloud-hosting-uptime', { ...PARTIES, start: undefined }, new Date(Date.UTC(2026, 11, 15)))).toContain('effective 2027-01-01? until 2027-12-31?');
    });
});
