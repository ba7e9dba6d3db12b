/**
 * The documents of the workspace. A request about a document the editor never opened, and that the workspace did
 * not load, reads it from disk; when there is nothing to read (a file deleted, a URI the client made up), the
 * request fails with an error that says so. Kept, such a document would never be built, and every later request
 * about it would fail with Langium's "Document state ... Returning undefined", which a client reports as a fault
 * of the server. (The workspace's own files that cannot be read are kept and reported: sla-workspace-manager.ts.)
 */
import { DefaultLangiumDocuments, isOperationCancelled, type AstNode, type LangiumDocument, type URI } from 'langium';
import { type CancellationToken, ErrorCodes, ResponseError } from 'vscode-languageserver';
import { buildFailureOf } from './build-failures.js';

export class SlaLangiumDocuments extends DefaultLangiumDocuments {

    override async getOrCreateDocument(uri: URI, cancellationToken?: CancellationToken): Promise<LangiumDocument<AstNode>> {
        const known = this.hasDocument(uri);
        let document: LangiumDocument;
        try {
            document = await super.getOrCreateDocument(uri, cancellationToken);
        } catch (error) {
            if (isOperationCancelled(error) || typeof (error as { code?: unknown })?.code !== 'string') throw error;
            throw notReadable(uri, (error as Error).message);
        }
        const failure = buildFailureOf(document);
        if (!known && failure?.unread && !this.services.workspace.TextDocuments?.get(uri.toString())) {
            this.deleteDocument(uri);
            throw notReadable(uri, failure.message);
        }
        return document;
    }
}

function notReadable(uri: URI, reason: string): ResponseError<void> {
    return new ResponseError(ErrorCodes.InvalidParams, `${uri.toString()} is not open in the editor and could not be read (${reason})`);
}
