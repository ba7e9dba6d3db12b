/**
 * The documents of the workspace. A request about a document the editor never opened reads it from disk; when
 * there is nothing to read (a file deleted, a URI the client made up), the request fails with an error that says
 * so, instead of the file system's exception, which a client reports as an internal error of the server.
 */
import { DefaultLangiumDocuments, isOperationCancelled, type AstNode, type LangiumDocument, type URI } from 'langium';
import { type CancellationToken, ErrorCodes, ResponseError } from 'vscode-languageserver';

export class SlaLangiumDocuments extends DefaultLangiumDocuments {

    override async getOrCreateDocument(uri: URI, cancellationToken?: CancellationToken): Promise<LangiumDocument<AstNode>> {
        try {
            return await super.getOrCreateDocument(uri, cancellationToken);
        } catch (error) {
            if (isOperationCancelled(error) || typeof (error as { code?: unknown })?.code !== 'string') throw error;
            throw new ResponseError(ErrorCodes.InvalidParams, `${uri.toString()} is not open in the editor and could not be read (${(error as Error).message})`);
        }
    }
}
