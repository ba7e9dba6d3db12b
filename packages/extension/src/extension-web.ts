/**
 * The VS Code extension in VS Code for the Web (vscode.dev-style hosts): the same commands and preview, with the
 * same language server bundled for a Web Worker (out/server-web.js). No Node API on this path: the build fails on
 * a Node import here.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateWith } from './activation.js';

/** The worker's type; the extension compiles without the DOM library, so it comes from the client. */
type ServerWorker = Exclude<ConstructorParameters<typeof LanguageClient>[2], () => unknown>;
declare const Worker: new (url: string) => ServerWorker;

let client: LanguageClient | undefined;
let serverWorker: ServerWorker | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'out', 'server-web.js');
    await activateWith(context, {
        // Files of any file system: vscode-vfs, memfs, a local folder opened in the browser.
        documentSelector: [{ language: 'sla' }],
        // A worker reads no files: every data file's text is sent with the request.
        dataDelivery: 'text',
        // Transports rather than the worker itself: VS Code's web extension host replaces the Worker constructor,
        // so the client's `instanceof Worker` test fails on the workers it makes.
        createClient: clientOptions => client = new LanguageClient('sla', 'SLA Language Server', () => connect(serverMain), clientOptions)
    });
}

/** A fresh worker per start, so that "SLA: Restart Language Server" works; the stopped one goes. */
async function connect(serverMain: vscode.Uri): Promise<MessageTransports> {
    serverWorker?.terminate();
    serverWorker = await startServerWorker(serverMain);
    return { reader: new BrowserMessageReader(serverWorker), writer: new BrowserMessageWriter(serverWorker) };
}

/**
 * VS Code starts a worker from an extension's own folder when that folder is on the web (vscode.dev's extension
 * gallery), but not when the extension is installed on a remote (code-server, a codespace in the browser): there
 * the script is read through VS Code's file system and started from a Blob.
 */
async function startServerWorker(serverMain: vscode.Uri): Promise<ServerWorker> {
    if (serverMain.scheme !== 'vscode-remote') return new Worker(serverMain.toString(true));
    const script = new TextDecoder().decode(await vscode.workspace.fs.readFile(serverMain));
    return new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    serverWorker?.terminate();
    client = undefined;
    serverWorker = undefined;
}
