/**
 * The outline: the server's document symbols (`textDocument/documentSymbol`, the same tree as VS Code's Outline) as a
 * list of buttons, so that every section and declaration is one keypress away. Refreshed after each validation.
 */
import type { LSPClient } from '@codemirror/lsp-client';
import { LSPPlugin } from '@codemirror/lsp-client';
import { EditorSelection } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';

export class Outline {
    private requests = 0;

    constructor(private readonly client: LSPClient, private readonly uri: string, private readonly list: HTMLElement,
        private readonly editor: () => EditorView) { }

    async refresh(): Promise<void> {
        const request = ++this.requests;
        let symbols: lsp.DocumentSymbol[] | null;
        try {
            symbols = await this.client.request<lsp.DocumentSymbolParams, lsp.DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri: this.uri } });
        } catch {
            return;
        }
        const plugin = LSPPlugin.get(this.editor());
        if (request !== this.requests || !plugin) return;
        const synced = plugin.syncedDoc;
        this.list.replaceChildren(...(symbols ?? []).map(symbol => this.item(symbol, plugin, synced)));
    }

    private item(symbol: lsp.DocumentSymbol, plugin: LSPPlugin, synced: LSPPlugin['syncedDoc']): HTMLLIElement {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = symbol.name;
        if (symbol.detail) button.title = symbol.detail;
        const offset = plugin.fromPosition(symbol.selectionRange.start, synced);
        button.addEventListener('click', () => {
            const view = this.editor();
            const at = plugin.unsyncedChanges.mapPos(Math.min(offset, synced.length));
            view.dispatch({ selection: EditorSelection.cursor(at), effects: EditorView.scrollIntoView(at, { y: 'start' }) });
            view.focus();
        });
        item.append(button);
        if (symbol.children?.length) {
            const children = document.createElement('ul');
            children.append(...symbol.children.map(child => this.item(child, plugin, synced)));
            item.append(children);
        }
        return item;
    }
}
