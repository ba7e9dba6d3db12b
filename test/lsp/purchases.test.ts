/**
 * Editing purchases: quick fixes for purchases and credit bases (each names what the agreement already declares and
 * removes its diagnostic), the hover that shows what a package costs the customer, completion, formatting and the
 * outline.
 */
import { TextDocument } from 'langium';
import { expectCompletion, expectHover, expectSymbols } from 'langium/test';
import { SymbolKind, type CompletionItem, type CompletionList, type DocumentSymbol } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach, MINIMAL, readExample, services, validate } from '../helpers.js';
import { actionsFor, apply, errors, replacedText, withCode } from './code-action-helpers.js';

clearDocumentsAfterEach();

const PACKAGES = `    packages {
        package Essential "Essential package" {
            includes Shop
            price 149 USD per month
            charge 39 USD per workstation per month
        }
        package Premium "Premium package" {
            includes Shop
            price 349 USD per month
            charge 59 USD per workstation per month
        }
    }
`;

const withPurchases = (purchases: string | undefined, credits = 'credits for ShopUptime of Essential') => MINIMAL
    .replace('    metrics {\n', `${PACKAGES}${purchases ? `    purchases {\n        ${purchases}\n    }\n` : ''}    metrics {\n`)
    .replace('credits for ShopUptime', credits);

async function fixWith(text: string, code: string, chosen: string) {
    const { actions, uri } = await actionsFor(text, withCode(code));
    const action = actions.find(a => a.title === chosen);
    expect(action, `no fix titled ${chosen} among ${actions.map(a => a.title)}`).toBeDefined();
    const fixed = apply(text, action!, uri);
    const after = await validate(fixed);
    expect(after.diagnostics.filter(d => d.data?.code === code)).toEqual([]);
    return { titles: actions.map(a => a.title), fixed, after, replaced: replacedText(text, action!, uri) };
}

describe('purchases', () => {
    test('a count without a unit gets the unit the package charges per', async () => {
        const { fixed, replaced, after } = await fixWith(withPurchases('Globex takes Essential with 20'), 'sla-quantity-without-unit', "Add the unit 'workstations'");
        expect(fixed).toContain('Globex takes Essential with 20 workstations\n');
        expect(replaced).toEqual([]);
        expect(errors(after.diagnostics)).toEqual([]);
    });

    test('a quantity of a unit not charged becomes the unit that is', async () => {
        const { fixed, replaced } = await fixWith(withPurchases('Globex takes Essential with 20 users'), 'sla-quantity-not-charged', "Change to 'workstations'");
        expect(fixed).toContain('Globex takes Essential with 20 workstations\n');
        expect(replaced).toEqual(['users']);
    });

    test('a purchase by the provider is given to the customer', async () => {
        const { fixed, replaced } = await fixWith(withPurchases('Acme takes Essential with 20 workstations'), 'sla-purchase-not-customer', 'Bought by Globex');
        expect(fixed).toContain('Globex takes Essential with 20 workstations\n');
        expect(replaced).toEqual(['Acme']);
    });
});

describe('credit basis', () => {
    test('an ambiguous basis offers each package by name', async () => {
        const text = withPurchases(undefined, 'credits for ShopUptime');
        const { titles, fixed, after } = await fixWith(text, 'sla-credit-basis-ambiguous', 'Credit a percentage of what the customer pays for Premium');
        expect(titles).toEqual(['Credit a percentage of what the customer pays for Essential', 'Credit a percentage of what the customer pays for Premium']);
        expect(fixed).toContain('        credits for ShopUptime of Premium {\n');
        expect(errors(after.diagnostics)).toEqual([]);
    });

    test('a basis nobody buys is replaced by the package bought', async () => {
        const text = withPurchases('Globex takes Essential with 20 workstations', 'credits for ShopUptime of Premium');
        const { fixed, replaced } = await fixWith(text, 'sla-credit-basis-missing', 'Credit a percentage of what the customer pays for Essential');
        expect(fixed).toContain('        credits for ShopUptime of Essential {\n');
        expect(replaced).toEqual(['Premium']);
    });
});

describe('hover on a package', () => {
    const hover = expectHover(services.Sla);
    const clinic = readExample('dental-clinic-it.sla');
    const TOTAL = '- Clinic pays: USD 929.00 per month, USD 11,148.00 per year, from 1 March 2026';

    test('in the purchase, it shows what the customer pays for it in this agreement', async () => {
        await hover({ text: clinic.replace('Clinic takes Essential', 'Clinic takes Ess<|>ential'), index: 0, hover: new RegExp(escape(TOTAL)), disposeAfterCheck: true });
    });

    test('in the packages section, with its charges and the total', async () => {
        await hover({
            text: clinic.replace('package Essential', 'package Esse<|>ntial'), index: 0, disposeAfterCheck: true,
            hover: new RegExp(escape('- Price: USD 149.00 per month\n- Per-unit charge: USD 39.00 per workstation per month\n- Billed extra: USD 125.00 per hour\n- Includes: Helpdesk\n' + TOTAL))
        });
    });

    test('a package nobody takes says so', async () => {
        await hover({ text: clinic.replace('package Premium', 'package Pre<|>mium'), index: 0, hover: /- In this agreement: no customer takes it/, disposeAfterCheck: true });
    });
});

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('formatting a purchase', () => {
    test('one purchase per line, single spaces, no space before a comma', async () => {
        const text = withPurchases(undefined).replace('    metrics {\n', '    purchases {   Globex takes   Essential\n  from 2026-03-01 with 20 workstations ,3 servers Globex takes Premium with 2 workstations }\n    metrics {\n');
        const document = await validate(text).then(r => r.document);
        const edits = await services.Sla.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.textDocument.uri }, options: { insertSpaces: true, tabSize: 4 } });
        const formatted = TextDocument.applyEdits(document.textDocument, edits);
        expect(formatted).toContain('    purchases {\n        Globex takes Essential from 2026-03-01 with 20 workstations, 3 servers\n        Globex takes Premium with 2 workstations\n    }\n');
    });
});

describe('completion in a purchase', () => {
    const complete = expectCompletion(services.Sla);
    async function labelsAt(text: string): Promise<string[]> {
        let items: CompletionItem[] = [];
        await complete({ text, index: 0, disposeAfterCheck: true, assert: (list: CompletionList) => { items = list.items; } });
        return items.map(item => item.label);
    }

    test('after takes, the packages', async () => {
        const labels = await labelsAt(withPurchases('Globex takes <|>'));
        expect(labels).toEqual(expect.arrayContaining(['Essential', 'Premium']));
    });

    test('after a count, the units the package charges per', async () => {
        // Only the unit Essential charges per (the customers offered after it start the next purchase).
        const labels = await labelsAt(withPurchases('Globex takes Essential with 20 <|>'));
        expect(labels.filter(label => !['Acme', 'Globex'].includes(label))).toEqual(['workstations']);
    });
});

describe('a package that is not in the agreement', () => {
    test('is an unresolved name with the closest package as its fix', async () => {
        const text = withPurchases('Globex takes Essentail with 20 workstations');
        const { actions, uri } = await actionsFor(text, withCode('sla-unresolved-reference'));
        const change = actions.find(a => a.title === "Change to 'Essential'");
        expect(change, actions.map(a => a.title).join(', ')).toBeDefined();
        expect(apply(text, change!, uri)).toBe(withPurchases('Globex takes Essential with 20 workstations'));
    });
});

describe('outline', () => {
    const symbols = expectSymbols(services.Sla);
    test('a purchase shows who takes which package; credit schedules show their package', async () => {
        await symbols({
            text: readExample('dental-clinic-it.sla'), disposeAfterCheck: true,
            assert: (found: DocumentSymbol[]) => {
                const sections = found[0].children!;
                expect(sections.find(s => s.name === 'Price schedule')?.children?.map(s => [s.name, s.kind])).toEqual([['Clinic takes Essential', SymbolKind.Object]]);
                expect(sections.find(s => s.name === 'Remedies and service credits')?.children?.map(s => s.name))
                    .toEqual(['credits for P1Resolution of Essential', 'credits for P1Resolution of Premium']);
            }
        });
    });
});
