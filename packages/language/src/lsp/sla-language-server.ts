/**
 * Langium's language server, answering `completionItem/resolve` too: completion lists carry what each item's
 * documentation explains, and the client asks for the Markdown (and a name's detail) of the item the user looks at
 * (completion-documentation.ts). Langium announces no resolve support for completion and registers no handler.
 */
import { DefaultLanguageServer, type LangiumServices } from 'langium/lsp';
import type { CompletionItem, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { SlaCompletionProvider } from './sla-completion-provider.js';

export class SlaLanguageServer extends DefaultLanguageServer {

    override async initialize(params: InitializeParams): Promise<InitializeResult> {
        const result = await super.initialize(params);
        const completion = result.capabilities.completionProvider;
        if (completion) {
            completion.resolveProvider = true;
            this.services.lsp.Connection?.onCompletionResolve(item => this.resolveCompletionItem(item));
        }
        return result;
    }

    private resolveCompletionItem(item: CompletionItem): Promise<CompletionItem> {
        const provider = this.services.ServiceRegistry.all.map(language => (language as Partial<LangiumServices>).lsp?.CompletionProvider)
            .find(candidate => candidate instanceof SlaCompletionProvider);
        // A declaration's documentation reads the agreement: not while a build changes it.
        return this.services.workspace.WorkspaceLock.read(() => provider ? provider.resolveCompletionItem(item) : item);
    }
}
