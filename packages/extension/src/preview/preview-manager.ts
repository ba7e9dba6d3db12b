/**
 * The preview feature: "SLA: Open Preview" (Ctrl+Shift+V), "Open Preview to the Side" (Ctrl+K V), "Show Source",
 * a status bar entry on `.sla` editors, the panel serializer that brings the preview back after a window reload,
 * and the wiring that keeps the one preview panel current: it follows the active `.sla` editor, re-renders
 * (debounced) when the server reports its agreement validated, and scrolls with the editor.
 */
import { DocumentsValidatedNotification, type DocumentsValidatedParams, type ProblemCount } from 'sla-language/protocol';
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { exportAgreement } from './export-command.js';
import { PREVIEW_VIEW_TYPE, SlaPreview, webviewOptions } from './sla-preview.js';
import type { PreviewState } from './webview/messages.js';

export const PreviewCommands = {
    show: 'sla.showPreview',
    showToSide: 'sla.showPreviewToSide',
    showSource: 'sla.showSource',
    export: 'sla.export'
} as const;

export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
    const manager = new PreviewManager(context.extensionUri, client);
    context.subscriptions.push(
        manager,
        vscode.commands.registerCommand(PreviewCommands.show, (uri?: vscode.Uri) => manager.open(uri, false)),
        vscode.commands.registerCommand(PreviewCommands.showToSide, (uri?: vscode.Uri) => manager.open(uri, true)),
        vscode.commands.registerCommand(PreviewCommands.showSource, () => manager.showSource()),
        vscode.commands.registerCommand(PreviewCommands.export, (uri?: vscode.Uri) => exportAgreement(client, uri ?? manager.currentUri())),
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
        client.onNotification(DocumentsValidatedNotification.method, (params: DocumentsValidatedParams) => manager.onValidated(params))
    );
}

class PreviewManager implements vscode.WebviewPanelSerializer<PreviewState>, vscode.Disposable {

    private preview: SlaPreview | undefined;
    private pendingUpdate: ReturnType<typeof setTimeout> | undefined;
    private readonly statusBar = vscode.window.createStatusBarItem('sla.preview', vscode.StatusBarAlignment.Right, 100);
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly extensionUri: vscode.Uri, private readonly client: LanguageClient) {
        this.statusBar.name = 'SLA Preview';
        this.disposables.push(
            this.statusBar,
            vscode.window.onDidChangeActiveTextEditor(editor => this.followEditor(editor)),
            vscode.window.onDidChangeTextEditorVisibleRanges(event => this.followScroll(event))
        );
        this.updateStatusBar();
    }

    /** Opens (or reveals) the preview of `uri`, else of the active `.sla` editor. */
    open(uri: vscode.Uri | undefined, toSide: boolean): void {
        const target = uri ?? activeAgreement()?.document.uri;
        if (!target) {
            void vscode.window.showInformationMessage('Open an .sla file to preview the agreement.');
            return;
        }
        const column = toSide ? vscode.ViewColumn.Beside : vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active;
        if (this.preview) {
            this.preview.show(target);
            this.preview.panel.reveal(column, toSide);
            return;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'SLA Preview', { viewColumn: column, preserveFocus: toSide },
            { ...webviewOptions(this.extensionUri), enableFindWidget: true });
        this.adopt(panel, target);
    }

    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
        const uri = state?.uri ? vscode.Uri.parse(state.uri) : activeAgreement()?.document.uri;
        if (!uri || this.preview) {
            panel.dispose();
            return;
        }
        this.adopt(panel, uri);
    }

    /** The agreement the preview shows, else the active `.sla` editor's: what "Export" and "Show Source" act on. */
    currentUri(): vscode.Uri | undefined {
        return this.preview?.panel.active ? this.preview.documentUri : activeAgreement()?.document.uri ?? this.preview?.documentUri;
    }

    async showSource(): Promise<void> {
        const uri = this.preview?.documentUri;
        if (!uri) return;
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { viewColumn: vscode.ViewColumn.One });
    }

    onValidated(params: DocumentsValidatedParams): void {
        const preview = this.preview;
        if (!preview || !params.uris.includes(preview.documentUri.toString())) return;
        clearTimeout(this.pendingUpdate);
        this.pendingUpdate = setTimeout(() => void preview.update(), setting('debounceMs', 300));
    }

    private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri): void {
        const preview = new SlaPreview(panel, uri, this.client, this.extensionUri);
        this.preview = preview;
        preview.onDidChange(() => this.updateStatusBar());
        panel.onDidDispose(() => {
            if (this.preview === preview) this.preview = undefined;
            this.updateStatusBar();
        });
        this.updateStatusBar();
    }

    private followEditor(editor: vscode.TextEditor | undefined): void {
        if (editor?.document.languageId === 'sla') this.preview?.show(editor.document.uri);
        this.updateStatusBar();
    }

    private followScroll(event: vscode.TextEditorVisibleRangesChangeEvent): void {
        const preview = this.preview;
        const first = event.visibleRanges[0];
        if (!preview || !first || !setting('scrollPreviewWithEditor', true)) return;
        if (event.textEditor.document.uri.toString() === preview.documentUri.toString()) preview.scrollToLine(first.start.line);
    }

    /** On an `.sla` editor: a button that opens the preview, or, while it shows this agreement, its problem count. */
    private updateStatusBar(): void {
        const editor = activeAgreement();
        if (!editor) {
            this.statusBar.hide();
            return;
        }
        const previewing = this.preview?.documentUri.toString() === editor.document.uri.toString();
        const problems = previewing ? this.preview?.problemCount : undefined;
        this.statusBar.text = `$(open-preview) ${problems ? `Preview: ${problemText(problems)}` : 'Preview'}`;
        this.statusBar.tooltip = previewing
            ? 'The preview shows what could be read of the agreement. Click to show the preview.'
            : 'Open the rendered agreement to the side (Ctrl+K V)';
        this.statusBar.command = PreviewCommands.showToSide;
        this.statusBar.show();
    }

    dispose(): void {
        clearTimeout(this.pendingUpdate);
        this.preview?.dispose();
        for (const disposable of this.disposables) disposable.dispose();
    }
}

function activeAgreement(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === 'sla' ? editor : undefined;
}

function setting<T>(name: 'debounceMs' | 'scrollPreviewWithEditor', fallback: T): T {
    return vscode.workspace.getConfiguration('sla.preview').get<T>(name, fallback);
}

function problemText({ errors, warnings }: ProblemCount): string {
    if (errors + warnings === 0) return 'no problems';
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return [errors && count(errors, 'error'), warnings && count(warnings, 'warning')].filter(Boolean).join(', ');
}
