/**
 * What every custom request about a document does first: wait until the document has been built far enough, then
 * hand over its agreement. A cancelled request and a document that is not an agreement become the LSP errors a
 * client expects, so each request handler only answers the question it was asked.
 */
import { URI, isOperationCancelled, type DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { type CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { isAgreement, type Agreement } from '../generated/ast.js';

export async function agreementDocument(shared: LangiumSharedServices, uri: string, state: DocumentState,
    token: CancellationToken): Promise<LangiumDocument<Agreement> | ResponseError> {
    try {
        await shared.workspace.WorkspaceManager.ready;
        const parsed = URI.parse(uri);
        await shared.workspace.DocumentBuilder.waitUntil(state, parsed, token);
        const document = shared.workspace.LangiumDocuments.getDocument(parsed);
        if (!document || !isAgreement(document.parseResult.value)) {
            return new ResponseError(ErrorCodes.InvalidParams, `${uri} is not an open agreement`);
        }
        return document as LangiumDocument<Agreement>;
    } catch (error) {
        if (isOperationCancelled(error)) return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
        if (error instanceof ResponseError) return error;
        throw error;
    }
}
