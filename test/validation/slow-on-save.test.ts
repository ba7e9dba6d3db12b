import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SlaDocumentUpdateHandler } from '../../packages/language/src/lsp/sla-document-update-handler.js';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { MINIMAL } from '../helpers.js';
import { edit } from './expect-diagnostics.js';

const PARENT = edit(MINIMAL, ['agreement Minimal', 'agreement Parent']);
const CHILD = `agreement Child {
    refines Parent
    levels {
        level ShopSlower for Shop {
            Uptime >= 99.0 %
        }
    }
}
`;

describe('slow checks in the editor', () => {
    test('run when a file is saved, for it and for the agreements that refine it', async () => {
        const { shared } = createSlaServices(EmptyFileSystem);
        await shared.workspace.WorkspaceManager.initializeWorkspace([]);
        const documents = shared.workspace.LangiumDocuments;
        const load = (path: string, text: string) => documents.createDocument(URI.file(path), text) as LangiumDocument;
        const [parent, child] = [load('/w/parent.sla', PARENT), load('/w/child.sla', CHILD)];
        // What typing builds: built-in and fast checks only.
        await shared.workspace.DocumentBuilder.build([parent, child], shared.workspace.DocumentBuilder.updateBuildOptions);
        const weaker = () => child.diagnostics!.filter(d => d.code === IssueCodes.WeakerThanFloor);
        expect(weaker()).toEqual([]);

        const handler = shared.lsp.DocumentUpdateHandler as SlaDocumentUpdateHandler;
        await handler.didSaveDocument({ document: { uri: parent.uri.toString() } as TextDocument });
        expect(weaker()).toHaveLength(1);
        // Fast diagnostics are kept next to the slow ones.
        expect(child.diagnostics!.map(d => d.code)).toContain(IssueCodes.missingSection('goals'));
    });
});
