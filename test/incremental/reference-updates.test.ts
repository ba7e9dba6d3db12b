/**
 * Edits that change what names resolve to, inside one item: renaming a declaration (to a new name, or to the
 * name of another of its kind), removing one, declaring one twice, and pointing a reference at a name declared
 * later or nowhere. After each, the spliced document's links (each reference's target, `document.references` in
 * order), reference index and local symbols must equal a full build's (snapshot.ts), while linking kept the
 * targets of the references the edit could not affect.
 */
import { EmptyFileSystem, isReference, TextDocument, URI, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { spliceOf } from '../../packages/language/src/incremental/splice-record.js';
import type { SlaLinker } from '../../packages/language/src/references/sla-linker.js';
import { declarations } from '../../packages/language/src/sla-model.js';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import type { Agreement } from '../../packages/language/src/generated/ast.js';
import { exampleFiles, readExample } from '../helpers.js';
import { contextOf, DifferentialSession } from './differential.js';
import { snapshotOf } from './snapshot.js';

interface NamedEdit {
    step: string
    text: string
}

function replaced(text: string, node: { offset: number, end: number }, by: string): string {
    return text.slice(0, node.offset) + by + text.slice(node.end);
}

/** Renames, removals, duplicates and retargeted references, each made on `text`. */
function nameEdits(document: LangiumDocument, services: DifferentialSession['edited']['Sla']): NamedEdit[] {
    const text = document.textDocument.getText();
    const root = document.parseResult.value as Agreement;
    const all = declarations(root);
    const edits: NamedEdit[] = [];
    const byKind = Map.groupBy(all, declaration => declaration.$type);
    for (const [kind, named] of byKind) {
        const chosen = [...new Set([named[0], named[1], named[named.length - 1]].filter(Boolean))];
        for (const [i, declaration] of chosen.entries()) {
            const nameNode = services.references.NameProvider.getNameNode(declaration)!;
            const other = chosen[(i + 1) % chosen.length];
            const cst = declaration.$cstNode!;
            edits.push({ step: `rename ${kind} ${declaration.name} to a new name`, text: replaced(text, nameNode, `${declaration.name}Renamed`) });
            if (other !== declaration) {
                edits.push({ step: `rename ${kind} ${declaration.name} to ${other.name}`, text: replaced(text, nameNode, other.name) });
            }
            edits.push({ step: `remove ${kind} ${declaration.name}`, text: replaced(text, cst, '') });
            edits.push({ step: `declare ${kind} ${declaration.name} twice`, text: replaced(text, { offset: cst.end, end: cst.end }, `\n${cst.text}`) });
        }
    }
    // References inside items, pointed at the last declaration of their kind (often declared later) and at no declaration.
    const references = [...declarations(root)].flatMap(declaration => referencesIn(declaration)).slice(0, 6);
    for (const { refNode, text: name, kind } of references) {
        const last = byKind.get(kind)?.at(-1);
        if (last && last.name !== name) edits.push({ step: `point ${name} at ${last.name}`, text: replaced(text, refNode, last.name) });
        edits.push({ step: `point ${name} at an unknown name`, text: replaced(text, refNode, 'Nobody') });
    }
    return edits;
}

function referencesIn(node: AstNode): { refNode: CstNode, text: string, kind: string }[] {
    const found: { refNode: CstNode, text: string, kind: string }[] = [];
    for (const value of Object.values(node)) {
        for (const item of Array.isArray(value) ? value : [value]) {
            if (isReference(item) && item.$refNode && item.ref) found.push({ refNode: item.$refNode, text: item.$refText, kind: item.ref.$type });
        }
    }
    return found;
}

describe('edits that change what names resolve to equal a full build', () => {
    test.each(exampleFiles())('in %s', async file => {
        const text = readExample(file);
        const session = await DifferentialSession.start(text, contextOf(file));
        const linker = session.edited.Sla.references.Linker as SlaLinker;
        const document = session.edited.shared.workspace.LangiumDocuments.getDocument(session.uri)!;
        const edits = nameEdits(document, session.edited.Sla);
        expect(edits.length).toBeGreaterThan(10);
        let keptSome = 0;
        for (const { step, text: next } of edits) {
            await session.change(next);
            await session.expectSameAsFullBuild(step);
            // And back, which adds again what the edit removed (unresolved references resolve again).
            await session.change(text);
            await session.expectSameAsFullBuild(`undo of ${step}`);
            if (linker.last?.path === 'spliced' && linker.last.kept > 0) keptSome++;
        }
        // Most of these edits are inside one item, so linking kept the other references' targets.
        expect(keptSome).toBeGreaterThan(edits.length / 3);
    }, 120_000);
});

describe('an agreement that refines the edited one', () => {
    test('stays linked to the names it inherits, as a full build of both links it', async () => {
        const parentText = readExample('multi-level/corporate-it.sla');
        const child = { uri: 'file:///differential/finance-erp.sla', text: readExample('multi-level/finance-erp.sla') };
        const session = await DifferentialSession.start(parentText, { others: [child] });
        const document = session.edited.shared.workspace.LangiumDocuments.getDocument(session.uri)!;
        const edits = nameEdits(document, session.edited.Sla);
        const childUri = URI.parse(child.uri);
        for (const { step, text } of edits) {
            await session.change(text);
            await session.expectSameAsFullBuild(step);
            const fresh = createSlaServices(EmptyFileSystem);
            const documents = [{ uri: session.uri, text }, { uri: childUri, text: child.text }]
                .map(({ uri, text }) => fresh.shared.workspace.LangiumDocumentFactory.fromString(text, uri));
            for (const built of documents) fresh.shared.workspace.LangiumDocuments.addDocument(built);
            await fresh.shared.workspace.DocumentBuilder.build(documents, {});
            const expected = await snapshotOf(documents[1], fresh.Sla);
            const actual = await snapshotOf(session.edited.shared.workspace.LangiumDocuments.getDocument(childUri)!, session.edited.Sla);
            expect(actual.ast, `${step}: the refining agreement`).toEqual(expected.ast);
            expect(actual.references, `${step}: the refining agreement`).toEqual(expected.references);
            expect(actual.referenceIndex, `${step}: the refining agreement`).toEqual(expected.referenceIndex);
        }
        await session.change(parentText);
    }, 120_000);
});

describe('two agreements edited in one update', () => {
    test('a refining agreement\'s references into its parent follow the parent\'s edit', async () => {
        const parent = { uri: URI.parse('file:///both/corporate-it.sla'), text: readExample('multi-level/corporate-it.sla') };
        const child = { uri: URI.parse('file:///both/finance-erp.sla'), text: readExample('multi-level/finance-erp.sla') };
        const edited = createSlaServices(EmptyFileSystem);
        const { workspace } = edited.shared;
        const open = (document: { uri: URI, text: string }, version: number) =>
            workspace.TextDocuments!.set(TextDocument.create(document.uri.toString(), 'sla', version, document.text));
        for (const document of [parent, child]) {
            open(document, 0);
            workspace.LangiumDocuments.addDocument(workspace.LangiumDocumentFactory.fromTextDocument(workspace.TextDocuments!.get(document.uri.toString())!, document.uri));
        }
        await workspace.DocumentBuilder.build(workspace.LangiumDocuments.all.toArray(), {});
        // The parent renames the party the child's levels oblige; the child edits a level's title. Both are spliced.
        const renamed = { ...parent, text: parent.text.replace('provider CentralIT "', 'provider CentralGroupIT "') };
        const retitled = { ...child, text: child.text.replace('"ERP availability in finance hours"', '"ERP availability, finance hours"') };
        open(renamed, 1);
        open(retitled, 1);
        await workspace.DocumentBuilder.update([parent.uri, child.uri], []);
        expect(edited.Sla.incremental.IncrementalParser.last?.path).toBe('spliced');
        expect((edited.Sla.references.Linker as SlaLinker).last?.path).toBe('spliced');

        const fresh = createSlaServices(EmptyFileSystem);
        const documents = [renamed, retitled].map(({ uri, text }) => fresh.shared.workspace.LangiumDocumentFactory.fromString(text, uri));
        for (const built of documents) fresh.shared.workspace.LangiumDocuments.addDocument(built);
        await fresh.shared.workspace.DocumentBuilder.build(documents, workspace.DocumentBuilder.updateBuildOptions);
        const expected = await snapshotOf(documents[1], fresh.Sla);
        const actual = await snapshotOf(workspace.LangiumDocuments.getDocument(child.uri)!, edited.Sla);
        expect(actual.references).toEqual(expected.references);
        expect(actual.referenceIndex).toEqual(expected.referenceIndex);
        expect(actual.diagnostics).toEqual(expected.diagnostics);
        expect(actual.references.some(reference => (reference as { error?: string }).error?.includes('CentralIT'))).toBe(true);
    });
});

describe('what a spliced agreement keeps of the agreements before it', () => {
    test('one step: the record of the previous splice is let go (each agreement holds its whole text)', async () => {
        const text = readExample('cloud-hosting-uptime.sla');
        const session = await DifferentialSession.start(text);
        const rootOf = () => session.edited.shared.workspace.LangiumDocuments.getDocument(session.uri)!.parseResult.value as Agreement;
        const first = rootOf();
        await session.change(text.replace('99.95', '99.9'));
        const second = rootOf();
        await session.change(text.replace('99.95', '99.5'));
        const third = rootOf();
        expect(spliceOf(third)?.previous).toBe(second);
        expect(spliceOf(second)?.previous, 'the record of an agreement no longer built').toBeUndefined();
        expect(first).not.toBe(second);
    });
});
