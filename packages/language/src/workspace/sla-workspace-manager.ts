/**
 * Loads the workspace's files at start-up straight from the document factory, which never throws: a file that
 * cannot be read becomes a document reported as `sla-check-failed` (sla-document-factory.ts). Langium loads them
 * through `LangiumDocuments.getOrCreateDocument`, which, for requests, refuses a document that cannot be read
 * (sla-documents.ts).
 */
import { DefaultWorkspaceManager, type LangiumDocument, type LangiumDocumentFactory, type LangiumSharedCoreServices, type Stream, type URI } from 'langium';

export class SlaWorkspaceManager extends DefaultWorkspaceManager {

    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(uris.toArray().map(async uri => collector(this.langiumDocuments.getDocument(uri) ?? await this.documentFactory.fromUri(uri))));
    }
}
