/**
 * Documentation on `completionItem/resolve`: a client that resolves documentation (VS Code) gets lists without it
 * and the Markdown of the item it shows on resolve; a client that does not (the web editor) gets it in the list.
 * Both read the same text, and the items are otherwise the same.
 */
import { CstUtils, EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList, InitializeParams } from 'vscode-languageserver';
import type { Agreement } from '../../packages/language/src/generated/ast.js';
import type { SlaCompletionProvider } from '../../packages/language/src/lsp/sla-completion-provider.js';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { MINIMAL, readExample } from '../helpers.js';

/** A server for a client, as it announced itself. */
function serverFor(capabilities: InitializeParams['capabilities']) {
    const services = createSlaServices(EmptyFileSystem);
    const provider = services.Sla.lsp.CompletionProvider as SlaCompletionProvider;
    (provider as unknown as { initialize: (params: Partial<InitializeParams>) => void }).initialize({ capabilities });
    const parse = parseHelper<Agreement>(services.Sla);
    const complete = async (document: LangiumDocument, offset: number): Promise<CompletionItem[]> => {
        const list: CompletionList | undefined = await provider.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
        return list?.items ?? [];
    };
    return { services, provider, parse, complete };
}

const VS_CODE = { textDocument: { completion: { completionItem: { resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } } } } };
/** @codemirror/lsp-client 6.3, as the web editor uses it: no resolve support. */
const WEB_EDITOR = { textDocument: { completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } } } };

const withoutDocumentation = ({ documentation: _documentation, data: _data, ...item }: CompletionItem) => item;

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
