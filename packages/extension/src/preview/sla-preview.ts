/**
 * One preview panel: shows the rendered agreement of one `.sla` document. The language server renders the page
 * (`sla/render`); this class only asks for it, puts it in the webview and relays the page's messages. A newer
 * rendering of the same agreement is swapped into the open page (no reload, no flicker, scroll kept); a different
 * agreement, or a page that is not ready, gets a fresh page.
 */
import { RenderRequest, type ProblemCount, type RenderParams, type RenderResult, newNonce } from 'sla-language/protocol';
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { FromWebview, ToWebview } from './webview/messages.js';

export const PREVIEW_VIEW_TYPE = 'sla.preview';

/** The webview may load nothing but the extension's own bundles. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'out')] };
}

export class SlaPreview implements vscode.Disposable {

    /** The page's script has said it is ready for messages; false while a new page loads or the panel is hidden. */
    private ready = false;
    /** The next rendering must be a new page: another agreement, or the webview was torn down while hidden. */
    private needsNewPage = true;
    /** The nonce of the page in the webview; updates reuse it, since the script parses the whole new page. */
    private nonce = '';
    /** Counts render requests, so that an answer overtaken by a newer request is dropped. */
    private requests = 0;
    private rendered = false;
    private disposed = false;
    private problems: ProblemCount | undefined;
    private readonly disposables: vscode.Disposable[] = [];
    private readonly changeEmitter = new vscode.EventEmitter<void>();
    /** Fires when the shown agreement, its problem count or the panel's visibility changes. */
    readonly onDidChange = this.changeEmitter.event;

    constructor(
        readonly panel: vscode.WebviewPanel, private uri: vscode.Uri,
        private readonly client: LanguageClient, private readonly extensionUri: vscode.Uri
    ) {
        panel.webview.options = webviewOptions(extensionUri);
        this.disposables.push(
            panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
            panel.onDidChangeViewState(() => this.onViewStateChanged()),
            panel.onDidDispose(() => this.dispose())
        );
        void this.render();
    }

    get documentUri(): vscode.Uri {
        return this.uri;
    }

    get problemCount(): ProblemCount | undefined {
        return this.problems;
    }

    /** Shows another agreement, on a fresh page. */
    show(uri: vscode.Uri): void {
        if (uri.toString() === this.uri.toString()) return;
        this.uri = uri;
        this.problems = undefined;
        this.needsNewPage = true;
        this.changeEmitter.fire();
        void this.render();
    }

    /** Renders the agreement again; swapped into the open page when it can be. */
    update(): Promise<void> {
        return this.render();
    }

    scrollToLine(line: number): void {
        if (this.ready) this.post({ type: 'scrollToLine', line });
    }

    /** A hidden webview is torn down (its context is not retained): it needs a new page when it shows again. */
    private onViewStateChanged(): void {
        if (!this.panel.visible) {
            this.ready = false;
            this.needsNewPage = true;
        } else if (this.needsNewPage) {
            void this.render();
        }
        this.changeEmitter.fire();
    }

    private async render(): Promise<void> {
        const request = ++this.requests;
        const newPage = this.needsNewPage || !this.ready;
        const nonce = newPage ? newNonce() : this.nonce;
        const script = this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'out', 'preview.js'));
        const params: RenderParams = { uri: this.uri.toString(), format: 'html', html: { nonce, scripts: [script.toString()] } };
        let result: RenderResult;
        try {
            // Opening the document makes sure the server has it, also for a file outside the workspace.
            await vscode.workspace.openTextDocument(this.uri);
            result = await this.client.sendRequest<RenderResult>(RenderRequest.method, params);
        } catch (error) {
            if (request === this.requests && !this.disposed) this.showFailure(error);
            return;
        }
        if (request !== this.requests || this.disposed) return;
        this.panel.title = `Preview ${result.title}`;
        this.problems = result.problems;
        this.changeEmitter.fire();
        if (newPage || !this.ready) {
            this.ready = false;
            this.needsNewPage = false;
            this.nonce = nonce;
            this.panel.webview.html = result.content;
        } else {
            this.post({ type: 'update', html: result.content });
        }
        this.rendered = true;
    }

    private showFailure(error: unknown): void {
        const message = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(`The SLA preview could not render ${vscode.workspace.asRelativePath(this.uri)}: ${message}`);
        if (!this.rendered) {
            this.panel.webview.html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head>`
                + '<body><p>The agreement could not be rendered. The "SLA Language Server" output has the details.</p></body></html>';
        }
    }

    private async onMessage(message: FromWebview): Promise<void> {
        switch (message?.type) {
            case 'ready':
                this.ready = true;
                this.post({ type: 'source', uri: this.uri.toString() });
                break;
            case 'reveal':
                if (Number.isInteger(message.line) && message.line >= 0) await this.reveal(message.line);
                break;
        }
    }

    /** Shows the source line in an editor beside the preview, keeping the focus in the preview. */
    private async reveal(line: number): Promise<void> {
        const document = await vscode.workspace.openTextDocument(this.uri);
        const shown = vscode.window.visibleTextEditors.find(editor => editor.document === document);
        const column = shown?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
        const position = new vscode.Position(Math.min(line, document.lineCount - 1), 0);
        const editor = await vscode.window.showTextDocument(document, {
            viewColumn: column, preserveFocus: true, selection: new vscode.Selection(position, position)
        });
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    private post(message: ToWebview): void {
        void this.panel.webview.postMessage(message);
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.panel.dispose();
        for (const disposable of this.disposables) disposable.dispose();
        this.changeEmitter.dispose();
    }
}
