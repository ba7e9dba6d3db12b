/**
 * The VS Code extension on the desktop: a thin client. It starts the bundled language server as a Node process
 * over IPC; every piece of language logic lives in the language package and is reached through the server.
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith } from './activation.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    await activateWith(context, {
        documentSelector: [{ scheme: 'file', language: 'sla' }, { scheme: 'untitled', language: 'sla' }],
        // The server runs on this machine and streams files from disk; other schemes are read here and sent.
        dataDelivery: 'file-uris',
        createClient: clientOptions => client = new LanguageClient('sla', 'SLA Language Server', serverOptions, clientOptions)
    });
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
