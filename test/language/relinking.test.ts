/**
 * Which agreements are linked again when another one changes, as in a workspace where only the edited agreement
 * is open: one whose names resolved into the changed agreement, and one with a name that did not resolve (it may
 * resolve now); not one that has nothing to do with the change (see workspace/sla-document-builder.ts).
 */
import { AstUtils, DocumentState, TextDocument, URI, type LangiumDocument } from 'langium';
import { afterEach, expect, test } from 'vitest';
import { isLevel, type Agreement } from '../../packages/language/src/generated/ast.js';
import { clearDocumentsAfterEach, MINIMAL, services } from '../helpers.js';

clearDocumentsAfterEach();

const { DocumentBuilder, LangiumDocumentFactory, LangiumDocuments, TextDocuments } = services.shared.workspace;
const PARENT = MINIMAL.replace('agreement Minimal "Minimal agreement"', 'agreement Parent "Corporate agreement"');
const parentUri = URI.file('/relink/parent.sla');

/** An agreement that refines `parent` and owes one level to the parent's party `Acme`. */
const child = (name: string, parent: string) => `agreement ${name} {
    refines ${parent}
    levels {
        level Faster for Shop {
            Uptime >= 99.9 %
            obliged Acme
        }
    }
}
`;

afterEach(() => {
    TextDocuments!.delete(parentUri);
});

/** Loads agreements as the workspace does at start-up: from files, not open in the editor. */
async function loadClosed(files: Record<string, string>): Promise<LangiumDocument[]> {
    const documents = Object.entries(files).map(([path, text]) => LangiumDocumentFactory.fromString(text, URI.file(path)));
    for (const document of documents) LangiumDocuments.addDocument(document);
    await DocumentBuilder.build(documents);
    return documents;
}

/** Types the parent agreement's new text into the editor and waits for the update. */
async function editParent(version: number, text: string): Promise<void> {
    TextDocuments!.set(TextDocument.create(parentUri.toString(), 'sla', version, text));
    await DocumentBuilder.update([parentUri], []);
}

const partyOf = (document: LangiumDocument) => {
    const level = AstUtils.streamAllContents(document.parseResult.value as Agreement).find(isLevel)!;
    const party = level.obliged?.ref;
    return party ? AstUtils.getDocument(party).uri.path : 'unresolved';
};

test('a closed agreement follows the agreement it refines, and finds a name once it is declared', async () => {
    await editParent(1, PARENT);
    const [refining, unrelated] = await loadClosed({
        '/relink/child.sla': child('Child', 'Parent'),
        '/relink/other.sla': MINIMAL.replace('agreement Minimal', 'agreement Other')
    });
    expect(partyOf(refining)).toBe('/relink/parent.sla');

    const linked: string[] = [];
    const listening = DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => {
        linked.push(document.uri.path);
    });
    try {
        // The party is renamed: the refining agreement's name no longer resolves.
        await editParent(2, PARENT.replaceAll('Acme', 'Initech'));
        expect(partyOf(refining)).toBe('unresolved');
        expect(linked).toEqual(['/relink/parent.sla', '/relink/child.sla']);

        // An edit elsewhere in the parent: the refining agreement, whose name failed, is linked again.
        linked.length = 0;
        await editParent(3, PARENT.replaceAll('Acme', 'Initech').replace('Keep the shop online.', 'Keep the shop open.'));
        expect(linked).toEqual(['/relink/parent.sla', '/relink/child.sla']);

        // The party is back: the name resolves again. The agreement that refines nothing is never linked again.
        linked.length = 0;
        await editParent(4, PARENT);
        expect(partyOf(refining)).toBe('/relink/parent.sla');
        expect(linked).toEqual(['/relink/parent.sla', '/relink/child.sla']);

        // Once its names resolve, an edit that leaves them alone still links it again: they point into the parent.
        linked.length = 0;
        await editParent(5, PARENT.replace('Keep the shop online.', 'Keep the shop open.'));
        expect(linked).toEqual(['/relink/parent.sla', '/relink/child.sla']);
        expect(partyOf(unrelated)).toBe('/relink/other.sla');
    } finally {
        listening.dispose();
    }
});
