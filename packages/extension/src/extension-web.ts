/**
 * The VS Code extension in VS Code for the Web (vscode.dev-style hosts): the same commands and preview, with the
 * same language server bundled for a Web Worker (out/server-web.js). No Node API on this path: the build fails on
 * a Node import here.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith } from './activation.js';

/** The worker's constructor; the extension compiles without the DOM library, so its type comes from the client. */
declare const Worker: new (url: string) => Exclude<ConstructorParameters<typeof LanguageClient>[2], () => unknown>;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'out', 'server-web.js');
    await activateWith(context, {
        // Files of any file system: vscode-vfs, memfs, a local folder opened in the browser.
        documentSelector: [{ language: 'sla' }],
        // A worker reads no files: every data file's text is sent with the request.
        dataDelivery: 'text',
        createClient: clientOptions => client = new LanguageClient('sla', 'SLA Language Server',
            // A fresh worker per start, so that "SLA: Restart Language Server" works.
            async () => new Worker(serverMain.toString(true)), clientOptions)
    });
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
