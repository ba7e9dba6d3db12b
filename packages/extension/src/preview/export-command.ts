/**
 * "SLA: Export...": writes the rendered agreement as HTML, Markdown or Word next to its `.sla` file (an untitled
 * agreement asks where). The server renders; this only asks which format, writes the file whole (a temporary file
 * renamed over the target) and offers to open it.
 */
import { RENDER_FILE_EXTENSIONS, RenderRequest, type RenderFormat, type RenderParams, type RenderResult } from 'sla-language/protocol';
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

interface FormatItem extends vscode.QuickPickItem {
    readonly format: RenderFormat;
}

const FORMAT_ITEMS: readonly FormatItem[] = [
    { label: 'HTML', description: '.html', detail: 'A standalone page to open in a browser, print or save as PDF', format: 'html' },
    { label: 'Markdown', description: '.md', detail: 'For a wiki or a repository', format: 'markdown' },
    { label: 'Word', description: '.docx', detail: 'To exchange and mark up with contract people', format: 'docx' }
];

export async function exportAgreement(client: LanguageClient, uri: vscode.Uri | undefined): Promise<void> {
    if (!uri) {
        void vscode.window.showInformationMessage('Open an .sla file to export the agreement.');
        return;
    }
    const choice = await vscode.window.showQuickPick(FORMAT_ITEMS, { title: 'Export the agreement as', placeHolder: 'Format' });
    if (!choice) return;
    const target = await targetFor(uri, RENDER_FILE_EXTENSIONS[choice.format]);
    if (!target) return;
    let result: RenderResult;
    try {
        result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Exporting ${choice.label}…` },
            () => write(client, { uri: uri.toString(), format: choice.format }, target));
    } catch (error) {
        void vscode.window.showErrorMessage(`Could not export ${basename(target)}: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    const warning = result.problems.errors
        ? ` The agreement has ${result.problems.errors} error${result.problems.errors === 1 ? '' : 's'}; the file shows what could be read.` : '';
    const open = choice.format === 'docx' ? 'Reveal in File Explorer' : 'Open';
    const action = await vscode.window.showInformationMessage(`Exported ${basename(target)}.${warning}`, open);
    if (action === 'Open') await vscode.commands.executeCommand('vscode.open', target);
    if (action === 'Reveal in File Explorer') await vscode.commands.executeCommand('revealFileInOS', target);
}

async function write(client: LanguageClient, params: RenderParams, target: vscode.Uri): Promise<RenderResult> {
    const result = await client.sendRequest<RenderResult>(RenderRequest.method, params);
    const bytes = result.encoding === 'base64' ? Uint8Array.from(atob(result.content), character => character.charCodeAt(0)) : new TextEncoder().encode(result.content);
    const temporary = vscode.Uri.joinPath(target, '..', `.${basename(target)}.tmp`);
    await vscode.workspace.fs.writeFile(temporary, bytes);
    await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    return result;
}

/** `a.sla` -> `a.<extension>` beside it, after confirming that an existing file may be replaced. */
async function targetFor(uri: vscode.Uri, extension: string): Promise<vscode.Uri | undefined> {
    if (uri.scheme === 'untitled') {
        return vscode.window.showSaveDialog({ filters: { [extension.toUpperCase()]: [extension] } });
    }
    const target = uri.with({ path: uri.path.replace(/(\.sla)?$/i, `.${extension}`) });
    const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
    if (!exists) return target;
    const replace = await vscode.window.showWarningMessage(`${basename(target)} already exists. Replace it?`, { modal: true }, 'Replace');
    return replace === 'Replace' ? target : undefined;
}

function basename(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
