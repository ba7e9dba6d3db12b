/** Hover, outline, folding, colouring and navigation (definition, references, rename) within and across files. */
import { expectFoldings, expectGoToDefinition, expectHover, expectSymbols, highlightHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { SemanticTokenTypes, SymbolKind, type DocumentSymbol, type Location } from 'vscode-languageserver';
import { SECTIONS } from '../../packages/language/src/catalogue/sections.js';
import { clearDocumentsAfterEach, MINIMAL, parse, readExample, services } from '../helpers.js';

clearDocumentsAfterEach();

const hover = expectHover(services.Sla);
const goToDefinition = expectGoToDefinition(services.Sla);
const symbols = expectSymbols(services.Sla);
const foldings = expectFoldings(services.Sla);
const highlight = highlightHelper(services.Sla);

describe('hover', () => {
    test('a section keyword explains what the section is for', async () => {
        const review = SECTIONS.find(s => s.id === 'review')!;
        await hover({ text: MINIMAL.replace('    review {', '    re<|>view {'), index: 0, hover: `**Review** (required section): ${review.why}\n\nExample: \`review { every 6 months ... }\``, disposeAfterCheck: true });
    });

    test('an enumerated word says what it means', async () => {
        await hover({ text: MINIMAL.replace('aggregation percent-of-intervals', 'aggregation per<|>cent-of-intervals'), index: 0, hover: /share of measurement intervals that were good/, disposeAfterCheck: true });
    });

    test('a field keyword says what it means, with an example', async () => {
        await hover({ text: MINIMAL.replace('cap 25 %', 'c<|>ap 25 %'), index: 0, hover: 'The most credit payable in a period.\n\nExample: `cap 50 % per month`', disposeAfterCheck: true });
    });

    test('a word means what its place says: `hours` of a calendar and of a service', async () => {
        const calendar = MINIMAL.replace('    services {', '    calendars {\n        calendar Office { days monday to friday ho<|>urs 08:00 to 18:00 }\n    }\n    services {');
        await hover({ text: calendar, index: 0, hover: /^The time of day the calendar's days run from and to\./, disposeAfterCheck: true });
        const service = calendar.replace('ho<|>urs 08:00', 'hours 08:00').replace('description "The public web shop."', 'description "The public web shop."\n            ho<|>urs Office');
        await hover({ text: service, index: 0, hover: /^The calendar the service's business time is counted in/, disposeAfterCheck: true });
    });

    test('a unit, a comparator, `all` and the items a share counts are explained', async () => {
        await hover({ text: MINIMAL.replace('notice 30 days', 'notice 30 da<|>ys'), index: 0, hover: /^A length of time in days; with `business` in front/, disposeAfterCheck: true });
        await hover({ text: MINIMAL.replace('Uptime >= 99.5 %', 'Uptime >= 99.5 <|>%'), index: 0, hover: 'Per cent: a share of 100.\n\nExample: `99.9 %`', disposeAfterCheck: true });
        await hover({ text: MINIMAL.replace('Uptime >= 99.5 %', 'Uptime ><|>= 99.5 %'), index: 0, hover: /^Compares with the threshold: at least\./, disposeAfterCheck: true });
        await hover({ text: MINIMAL.replace('excuses ShopUptime', 'excuses a<|>ll'), index: 0, hover: /^Every level another party must meet/, disposeAfterCheck: true });
        const share = MINIMAL.replace('Uptime >= 99.5 %', 'Uptime >= 99.5 % in 95 % of tic<|>kets');
        await hover({ text: share, index: 0, hover: /^What the share counts: the target must hold for this share of the tickets/, disposeAfterCheck: true });
    });

    test('a reference to a party shows its role and legal name', async () => {
        await hover({ text: MINIMAL.replace('obliged Acme', 'obliged Ac<|>me'), index: 0, hover: '**Acme** — Provider\n\n*Acme Ltd.*', disposeAfterCheck: true });
    });

    test('a reference to a metric shows its unit, window, kind and aggregation', async () => {
        await hover({
            text: MINIMAL.replace('Uptime >= 99.5 %', 'Up<|>time >= 99.5 %'), index: 0, disposeAfterCheck: true,
            hover: '**Uptime** — metric, in %, per calendar month\n\n*Uptime*\n\n- Unit: %\n- Window: calendar month\n- Kind: ratio\n- Aggregation: percent-of-intervals\n- Measured every: 1 minute'
        });
    });

    test('a reference to a level shows its target', async () => {
        await hover({ text: MINIMAL.replace('excuses ShopUptime', 'excuses Shop<|>Uptime'), index: 0, hover: /- Target: Uptime at least 99\.5 %\n- Services: Shop\n- Obliged: Acme/, disposeAfterCheck: true });
    });

    test('a declaration\'s doc comment follows its facts', async () => {
        const text = MINIMAL.replace('        service Shop', '        /** The shop customers order from. */\n        service Shop').replace('for Shop {', 'for Sh<|>op {');
        await hover({ text, index: 0, hover: /^\*\*Shop\*\* — service[\s\S]*---\n\nThe shop customers order from\.$/, disposeAfterCheck: true });
    });
});

describe('go to definition', () => {
    test('a reference goes to its declaration', async () => {
        const text = MINIMAL.replace('provider Acme', 'provider <|Acme|>').replace('obliged Acme', 'obliged A<|>cme');
        await goToDefinition({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    test('a name inherited from a refined agreement goes to the other file', async () => {
        const { corporate, finance } = await loadMultiLevel();
        const offset = finance.textDocument.getText().indexOf('obliged CentralIT') + 'obliged '.length + 2;
        const locations = await services.Sla.lsp.DefinitionProvider!.getDefinition(finance, {
            textDocument: { uri: finance.uri.toString() }, position: finance.textDocument.positionAt(offset)
        });
        expect(locations?.map(l => l.targetUri)).toEqual([corporate.uri.toString()]);
        const line = corporate.textDocument.getText(locations![0].targetSelectionRange);
        expect(line).toBe('CentralIT');
    });
});

describe('find references and rename across files', () => {
    test('references to an inherited party are found in both agreements', async () => {
        const { corporate, finance } = await loadMultiLevel();
        const offset = corporate.textDocument.getText().indexOf('provider CentralIT') + 'provider '.length;
        const found: Location[] = await services.Sla.lsp.ReferencesProvider!.findReferences(corporate, {
            textDocument: { uri: corporate.uri.toString() }, position: corporate.textDocument.positionAt(offset), context: { includeDeclaration: false }
        });
        const uris = new Set(found.map(l => l.uri));
        expect(uris).toEqual(new Set([corporate.uri.toString(), finance.uri.toString()]));
        expect(found.filter(l => l.uri === finance.uri.toString()).length).toBe(countWord(finance.textDocument.getText(), 'CentralIT'));
    });

    test('renaming a metric renames it in the agreements that refine its own', async () => {
        const { corporate, finance } = await loadMultiLevel();
        const offset = corporate.textDocument.getText().indexOf('metric Availability') + 'metric '.length;
        const edit = await services.Sla.lsp.RenameProvider!.rename(corporate, {
            textDocument: { uri: corporate.uri.toString() }, position: corporate.textDocument.positionAt(offset), newName: 'Uptime'
        });
        const changes = edit?.changes ?? {};
        expect(changes[finance.uri.toString()]?.length).toBe(countWord(finance.textDocument.getText(), 'Availability'));
        expect(changes[corporate.uri.toString()]?.length).toBe(countWord(corporate.textDocument.getText(), 'Availability'));
        expect(changes[finance.uri.toString()]?.every(e => e.newText === 'Uptime')).toBe(true);
    });
});

describe('outline', () => {
    test('the agreement, its sections by title, and their declarations', async () => {
        await symbols({
            text: MINIMAL, disposeAfterCheck: true,
            assert: (found: DocumentSymbol[]) => {
                expect(found.map(s => [s.name, s.kind])).toEqual([['Minimal', SymbolKind.Namespace]]);
                const sections = found[0].children!;
                expect(sections.map(s => s.name)).toEqual(['Parties', 'Goals and objectives', 'Services', 'Metrics', 'Service levels', 'Responsibilities', 'Exclusions', 'Remedies and service credits', 'Change protocol', 'Review']);
                expect(sections[0].children!.map(s => [s.name, s.kind])).toEqual([['Acme', SymbolKind.Class], ['Globex', SymbolKind.Class]]);
                expect(sections[4].children!.map(s => [s.name, s.detail])).toEqual([['ShopUptime', 'Shop uptime']]);
                expect(sections[5].children!.map(s => s.name)).toEqual(['Globex must report outages through the portal']);
                expect(sections[7].children!.map(s => s.name)).toEqual(['credits for ShopUptime']);
            }
        });
    });

    test('the general terms list each clause by name, with its title', async () => {
        const text = MINIMAL.replace(/\n\}\n$/, '\n    clauses {\n        clause Law "Governing law" {\n            paragraph "English law."\n        }\n    }\n}\n');
        await symbols({
            text, disposeAfterCheck: true,
            assert: (found: DocumentSymbol[]) => {
                const general = found[0].children!.at(-1)!;
                expect(general.name).toBe('General terms');
                expect(general.children!.map(s => [s.name, s.detail])).toEqual([['Law', 'Governing law']]);
            }
        });
    });
});

describe('folding', () => {
    test('blocks and runs of line comments fold', async () => {
        await foldings({
            text: '<|// An agreement\n// about the shop|>\nagreement A { // not folded with the comments above\n    // one line\n    <|review {\n        every 6 months\n        participants Acme|>\n    }\n}\n',
            disposeAfterCheck: true
        });
    });
});

describe('colouring', () => {
    test('quantities, dates, comparators and names of each kind, declared or referenced', async () => {
        const { tokens } = await highlight(MINIMAL);
        const typeOf = (text: string, nth = 0) => tokens.filter(t => t.text === text)[nth]?.tokenType;
        expect(typeOf('2026-01-01')).toBe(SemanticTokenTypes.number);
        expect(typeOf('99.5')).toBe(SemanticTokenTypes.number);
        expect(typeOf('%')).toBe(SemanticTokenTypes.type);
        expect(typeOf('business')).toBeUndefined();
        expect(typeOf('>=')).toBe(SemanticTokenTypes.operator);
        expect(typeOf('Acme', 0)).toBe(SemanticTokenTypes.class);
        expect(typeOf('Acme', 1)).toBe(SemanticTokenTypes.class);
        expect(typeOf('Uptime', 1)).toBe(SemanticTokenTypes.property);
        expect(typeOf('ShopUptime', 1)).toBe(SemanticTokenTypes.variable);
        expect(typeOf('Shop', 1)).toBe(SemanticTokenTypes.interface);
        expect(tokens.find(t => t.text === 'Acme')?.tokenModifiers).not.toBe(tokens.filter(t => t.text === 'Acme')[1]?.tokenModifiers);
    });
});

async function loadMultiLevel() {
    const corporate = await parse(readExample('multi-level/corporate-it.sla'), { documentUri: 'file:///examples/multi-level/corporate-it.sla' });
    const finance = await parse(readExample('multi-level/finance-erp.sla'), { documentUri: 'file:///examples/multi-level/finance-erp.sla' });
    return { corporate, finance };
}

function countWord(text: string, word: string): number {
    const withoutComments = text.replace(/\/\/[^\n]*/g, '').replace(/"(\\.|[^"\\])*"/g, '""');
    return withoutComments.match(new RegExp(`\\b${word}\\b`, 'g'))?.length ?? 0;
}
