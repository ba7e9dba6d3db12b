/**
 * Labels first, for a client that asks for it: VS Code resolves documentation and detail and takes list defaults, so
 * it gets lists without documentation, without names' details, with the range the items replace sent once, and the
 * Markdown and detail of the item it shows on resolve. A client that resolves nothing and takes no defaults (the
 * web editor, Neovim) gets all of it in the list. Read as the client reads them, the items are the same.
 */
import { CstUtils, EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CompletionClientCapabilities, CompletionItem, CompletionList, InitializeParams } from 'vscode-languageserver';
import { VS_CODE_COMPLETION } from '../../bench/lsp-client.mjs';
import type { Agreement } from '../../packages/language/src/generated/ast.js';
import { withSharedEditRange } from '../../packages/language/src/lsp/completion-edit-range.js';
import type { SlaCompletionProvider } from '../../packages/language/src/lsp/sla-completion-provider.js';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { exampleFiles, MINIMAL, readExample } from '../helpers.js';

/** A server for a client, as it announced itself. */
function serverFor(capabilities: InitializeParams['capabilities']) {
    const services = createSlaServices(EmptyFileSystem);
    const provider = services.Sla.lsp.CompletionProvider as SlaCompletionProvider;
    (provider as unknown as { initialize: (params: Partial<InitializeParams>) => void }).initialize({ capabilities });
    const parse = parseHelper<Agreement>(services.Sla);
    const list = async (document: LangiumDocument, offset: number): Promise<CompletionList> =>
        await provider.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) }) ?? { isIncomplete: false, items: [] };
    const complete = async (document: LangiumDocument, offset: number): Promise<CompletionItem[]> => (await list(document, offset)).items;
    return { services, provider, parse, list, complete };
}

/** What VS Code announces, as the benchmark's client announces it. */
const VS_CODE_FULL = { textDocument: { completion: VS_CODE_COMPLETION as CompletionClientCapabilities } };
/** VS Code resolving documentation only, taking no list defaults. */
const VS_CODE = { textDocument: { completion: { completionItem: { resolveSupport: { properties: ['documentation'] } } } } };
/** VS Code's capabilities without resolve and list defaults: every item as the list used to carry it. */
const VS_CODE_EAGER = { textDocument: { completion: { completionItem: { ...VS_CODE_COMPLETION.completionItem, resolveSupport: undefined } } } };
/** @codemirror/lsp-client 6.3, as the web editor uses it: no resolve support. */
const WEB_EDITOR = { textDocument: { completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } } } };

const withoutDocumentation = ({ documentation: _documentation, data: _data, ...item }: CompletionItem) => item;

/** The items as a client reads a list with defaults: each without a text edit takes the list's range. */
function expanded(list: CompletionList): CompletionItem[] {
    const range = list.itemDefaults?.editRange;
    return list.items.map(({ textEditText, ...item }) => {
        if (!range || item.textEdit) return item;
        const newText = textEditText ?? item.label;
        return { ...item, textEdit: 'insert' in range ? { newText, insert: range.insert, replace: range.replace } : { newText, range } };
    });
}

/** An item as JSON carries it, without the key its documentation travels in. */
const asSent = ({ data: _data, ...item }: CompletionItem) => JSON.parse(JSON.stringify(item)) as CompletionItem;

/**
 * At every token, VS Code's list read with its defaults and each item resolved equals the list that carried it
 * all; returns how many lists sent the range once and how many names waited for their detail.
 */
async function expectSameAfterResolve(text: string, name: string) {
    const lazy = serverFor(VS_CODE_FULL);
    const eager = serverFor(VS_CODE_EAGER);
    const lazyDocument = await lazy.parse(text, { documentUri: `file:///resolve/lazy-${name}` });
    const eagerDocument = await eager.parse(text, { documentUri: `file:///resolve/eager-${name}` });
    await lazy.services.shared.workspace.DocumentBuilder.build([lazyDocument], {});
    await eager.services.shared.workspace.DocumentBuilder.build([eagerDocument], {});
    const offsets = CstUtils.flattenCst(eagerDocument.parseResult.value.$cstNode!).filter(leaf => !leaf.hidden).flatMap(leaf => [leaf.offset, leaf.end]).toArray();
    const counts = { shared: 0, detailOnResolve: 0 };
    for (const offset of new Set(offsets)) {
        const list = await lazy.list(lazyDocument, offset);
        const shown = await eager.complete(eagerDocument, offset);
        if (list.itemDefaults?.editRange) counts.shared++;
        counts.detailOnResolve += list.items.filter(item => item.detail === undefined).length;
        expect(list.items.filter(item => item.documentation !== undefined), 'no documentation in the list').toEqual([]);
        const resolved = expanded(list).map(item => asSent(lazy.provider.resolveCompletionItem(JSON.parse(JSON.stringify(item)) as CompletionItem)));
        expect(resolved, `${name}@${offset}`).toEqual(shown.map(asSent));
    }
    return counts;
}

describe('labels first for VS Code', () => {
    test.each(exampleFiles())('in %s, the items read with the list\'s defaults and resolved are those a list with everything carries', async file => {
        const counts = await expectSameAfterResolve(readExample(file), file.replace('/', '-'));
        expect(counts.shared).toBeGreaterThan(0);
        expect(counts.detailOnResolve).toBeGreaterThan(0);
    }, 120_000);

    test('in a generated agreement, the same', async () => {
        // bench/generate.mjs reads the compiled language package: `npm test` builds first.
        const { generateAgreement } = await import('../../bench/generate.mjs') as { generateAgreement: (lines: number) => string };
        const counts = await expectSameAfterResolve(generateAgreement(300), 'generated.sla');
        expect(counts.shared).toBeGreaterThan(100);
        expect(counts.detailOnResolve).toBeGreaterThan(300);
    }, 120_000);

    test('two names alike apart from their facts stay two items, as when the list carries their details', async () => {
        // Two levels named alike (an error the agreement reports) with different targets: Langium keeps one item per
        // kind, label and detail, and a detail that waits for resolve must still tell them apart.
        const text = MINIMAL.replace('    levels {\n', '    levels {\n        level ShopUptime "Shop uptime" for Shop {\n            Uptime >= 99.9 %\n        }\n');
        await expectSameAfterResolve(text, 'alike.sla');
        const { parse, services, complete } = serverFor(VS_CODE_FULL);
        const document = await parse(text, { documentUri: 'file:///resolve/alike.sla' });
        await services.shared.workspace.DocumentBuilder.build([document], {});
        const items = await complete(document, text.indexOf('excuses ') + 'excuses '.length);
        expect(items.filter(item => item.label === 'ShopUptime')).toHaveLength(2);
    });

    test('a list whose items replace different ranges keeps their edits', () => {
        const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
        const list: CompletionList = { isIncomplete: false, items: [
            { label: 'Acme', textEdit: { newText: 'Acme', insert: at(3, 4, 6), replace: at(3, 4, 8) } },
            { label: 'Globex', textEdit: { newText: 'Globex', insert: at(3, 6, 6), replace: at(3, 6, 8) } }
        ] };
        expect(withSharedEditRange(list)).toEqual(list);
        const shared: CompletionList = { isIncomplete: false, items: [list.items[0], { label: 'Uptime >= 99.5 %', textEdit: { newText: 'Uptime >= ${1:99.5} %', insert: at(3, 4, 6), replace: at(3, 4, 8) } }] };
        expect(withSharedEditRange(shared)).toEqual({ isIncomplete: false, itemDefaults: { editRange: { insert: at(3, 4, 6), replace: at(3, 4, 8) } },
            items: [{ label: 'Acme' }, { label: 'Uptime >= 99.5 %', textEditText: 'Uptime >= ${1:99.5} %' }] });
        const plain: CompletionList = { isIncomplete: false, items: [{ label: 'Acme', textEdit: { newText: 'Acme', range: at(1, 2, 3) } }, { label: 'Globex', textEdit: { newText: 'Globex', range: at(1, 2, 4) } }] };
        expect(withSharedEditRange(plain)).toEqual(plain);
    });

    test('a name removed since the list was made resolves without detail', async () => {
        const { parse, services, provider, complete } = serverFor(VS_CODE_FULL);
        const text = readExample('managed-it-helpdesk.sla');
        const document = await parse(text, { documentUri: 'file:///resolve/renamed-detail.sla' });
        await services.shared.workspace.DocumentBuilder.build([document], {});
        const offset = text.indexOf('obliged ') + 'obliged '.length;
        const item = (await complete(document, offset)).find(candidate => candidate.detail === undefined)!;
        expect(provider.resolveCompletionItem(item).detail).toEqual(expect.any(String));

        services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        const edited = await parse(text.replaceAll(new RegExp(`\\b${item.label}\\b`, 'g'), `${item.label}Renamed`), { documentUri: 'file:///resolve/renamed-detail.sla' });
        await services.shared.workspace.DocumentBuilder.build([edited], {});
        expect(provider.resolveCompletionItem(item).detail).toBeUndefined();
    });
});

describe('completion documentation', () => {
    test.each([
        // Keywords, units, the items a share counts, names, values...
        ['an example', readExample('managed-it-helpdesk.sla'), ['declaration', 'keyword', 'population', 'unit', 'value'], 1000],
        // ... and the sections and library clauses it does not have yet.
        ['an agreement without review and clauses', MINIMAL.replace(/    review \{[\s\S]*?\n    \}\n/, 'clauses {\n    }\n').replace('version 1.0', 'version 1.0\n    locale en-GB'),
            ['section', 'clause', 'keyword', 'locale'], 100]
    ])('in %s, a client that resolves documentation gets it on resolve, as a client that does not gets it in the list', async (_name, text, expectedKinds, least) => {
        const lazy = serverFor(VS_CODE);
        const eager = serverFor(WEB_EDITOR);
        const lazyDocument = await lazy.parse(text, { documentUri: 'file:///resolve/lazy.sla' });
        const eagerDocument = await eager.parse(text, { documentUri: 'file:///resolve/eager.sla' });
        await lazy.services.shared.workspace.DocumentBuilder.build([lazyDocument], {});
        await eager.services.shared.workspace.DocumentBuilder.build([eagerDocument], {});
        const offsets = CstUtils.flattenCst(eagerDocument.parseResult.value.$cstNode!).filter(leaf => !leaf.hidden).map(leaf => leaf.offset).toArray();
        let documented = 0;
        const kinds = new Set<string>();
        for (const offset of offsets) {
            const listed = await lazy.complete(lazyDocument, offset);
            const shown = await eager.complete(eagerDocument, offset);
            expect(listed.map(withoutDocumentation), `at ${offset}`).toEqual(shown.map(withoutDocumentation));
            expect(listed.filter(item => item.documentation !== undefined), 'no documentation in the list').toEqual([]);
            for (const [i, item] of listed.entries()) {
                const resolved = lazy.provider.resolveCompletionItem(JSON.parse(JSON.stringify(item)) as CompletionItem);
                expect(resolved.documentation, `${item.label} at ${offset}`).toEqual(shown[i].documentation);
                if (shown[i].documentation) {
                    documented++;
                    kinds.add(Object.keys((item.data as { documentation: object }).documentation)[0]);
                }
            }
        }
        expect(documented).toBeGreaterThan(least);
        expect([...kinds]).toEqual(expect.arrayContaining(expectedKinds));
    }, 120_000);

    test('a name removed since the list was made resolves without documentation', async () => {
        const { parse, services, provider, complete } = serverFor(VS_CODE);
        const text = readExample('managed-it-helpdesk.sla');
        const document = await parse(text, { documentUri: 'file:///resolve/renamed.sla' });
        await services.shared.workspace.DocumentBuilder.build([document], {});
        const offset = text.indexOf('obliged ') + 'obliged '.length;
        const item = (await complete(document, offset)).find(candidate => candidate.kind !== undefined && candidate.data && 'declaration' in (candidate.data as { documentation: object }).documentation)!;
        expect(provider.resolveCompletionItem(item).documentation).toMatchObject({ kind: 'markdown', value: expect.stringContaining(`**${item.label}**`) });

        const renamed = text.replaceAll(new RegExp(`\\b${item.label}\\b`, 'g'), `${item.label}Renamed`);
        services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        const edited = await parse(renamed, { documentUri: 'file:///resolve/renamed.sla' });
        await services.shared.workspace.DocumentBuilder.build([edited], {});
        expect(provider.resolveCompletionItem(item).documentation).toBeUndefined();
    });

    test('odd data sent back resolves to the item as it came', () => {
        const { provider } = serverFor(VS_CODE);
        for (const data of [undefined, 'x', { documentation: { keyword: 5 } }, { documentation: { declaration: { uri: 'file:///nowhere.sla', path: '/x', name: 'X' } } },
            { documentation: { value: 'constructor' } }, { documentation: { keyword: '/rules@0/__proto__' } }]) {
            const item = { label: 'x', data };
            expect(provider.resolveCompletionItem(item)).toEqual(item);
        }
    });
});
