/**
 * The VS Code extension: a thin client. It starts the bundled language server and registers the commands and
 * views; every piece of language logic lives in the language package and is reached through the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = startLanguageClient(context);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

function startLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const serverModule = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const outputChannel = vscode.window.createOutputChannel('SLA Language Server', { log: true });
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'sla' }, { scheme: 'untitled', language: 'sla' }],
        synchronize: { configurationSection: 'sla' },
        outputChannel
    };
    return new LanguageClient('sla', 'SLA Language Server', serverOptions, clientOptions);
}
