/**
 * Checks every open agreement again when the settings in effect change (a client may send them late: see
 * workspace/sla-configuration.ts). Runs the `slow` checks (see sla-validator.ts) when a file is opened or saved: for that agreement and for every
 * loaded agreement that refines it, since their floors and inherited targets may have changed with it. While the
 * user types, only the fast checks run.
 */
import { DocumentState, URI, type LangiumDocument, type LangiumDocuments } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isAgreement } from '../generated/ast.js';
import { ancestors } from '../sla-model.js';
import { SlaConfigurationProvider } from '../workspace/sla-configuration.js';

export class SlaDocumentUpdateHandler extends DefaultDocumentUpdateHandler {

    private readonly documents: LangiumDocuments;
    /** Documents opened or saved since the last update: their slow checks run at the end of the next one. */
    private readonly slowChecksDue = new Set<string>();

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
        const configuration = services.workspace.ConfigurationProvider;
        if (configuration instanceof SlaConfigurationProvider) configuration.onSlaSettingsChange(() => this.checkAllAgain());
    }

    private checkAllAgain(): Promise<void> {
        return this.workspaceManager.ready.then(() => this.workspaceLock.write(async token => {
            const documents = this.documents.all.toArray();
            for (const document of documents) this.documentBuilder.resetToState(document, DocumentState.IndexedReferences);
            await this.documentBuilder.build(documents, { validation: true }, token);
        })).catch(error => console.error('Could not check the SLA documents with the new settings.', error));
    }

    /** Opening a document is followed by a content change, whose update runs the slow checks. */
    didOpenDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        this.slowChecksDue.add(event.document.uri);
    }

    didSaveDocument(event: TextDocumentChangeEvent<TextDocument>): Promise<void> {
        this.slowChecksDue.add(event.document.uri);
        return this.fireDocumentUpdate([], []);
    }

    /**
     * One write action for the update and the slow checks: a separate one would cancel, or be cancelled by, the
     * update of the same open or save. A keystroke that cancels this one leaves the slow checks due.
     */
    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): Promise<void> {
        return this.workspaceManager.ready.then(() => this.workspaceLock.write(async token => {
            await this.documentBuilder.update(changed, deleted, token);
            await this.runDueSlowChecks(token);
        })).catch(error => console.error('Could not update the SLA documents.', error));
    }

    private async runDueSlowChecks(token: CancellationToken): Promise<void> {
        const due = [...this.slowChecksDue].map(uri => this.documents.getDocument(URI.parse(uri)))
            .filter(document => document !== undefined);
        if (!due.length) {
            this.slowChecksDue.clear();
            return;
        }
        const affected = this.documents.all
            .filter(document => due.some(changed => document === changed || refines(document, changed))).toArray();
        await this.documentBuilder.build(affected, { validation: { categories: ['built-in', 'fast', 'slow'] } }, token);
        this.slowChecksDue.clear();
    }
}

function refines(document: LangiumDocument, parent: LangiumDocument): boolean {
    const agreement = document.parseResult.value;
    return isAgreement(agreement) && ancestors(agreement).some(a => a === parent.parseResult.value);
}
