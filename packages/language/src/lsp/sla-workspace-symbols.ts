/** Workspace symbols: the names of every open agreement. A client that sends no query is given all of them. */
import { DefaultWorkspaceSymbolProvider } from 'langium/lsp';
import type { CancellationToken, WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';

export class SlaWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {

    override getSymbols(params: WorkspaceSymbolParams, cancelToken?: CancellationToken): Promise<WorkspaceSymbol[]> {
        return super.getSymbols({ ...params, query: typeof params?.query === 'string' ? params.query : '' }, cancelToken);
    }
}
