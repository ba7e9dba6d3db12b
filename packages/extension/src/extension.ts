/**
 * The VS Code extension: a thin client. It starts the bundled language server and registers the commands and
 * views; every piece of language logic lives in the language package and is reached through the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerEditingCommands } from './editing-commands.js';
import { registerEvaluation } from './evaluation/evaluate-command.js';
import { registerPreview } from './preview/preview-manager.js';
import { RESTART_SERVER_COMMAND, ServerErrorHandler } from './server-error-handler.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const outputChannel = vscode.window.createOutputChannel('SLA Language Server', { log: true });
    const errorHandler = new ServerErrorHandler(outputChannel);
    client = startLanguageClient(context, outputChannel, errorHandler);
    context.subscriptions.push(outputChannel, vscode.commands.registerCommand(RESTART_SERVER_COMMAND, async () => {
        errorHandler.reset();
        await client?.restart();
    }));
    // Before the client starts: a preview restored after a window reload needs its serializer right away.
    registerPreview(context, client);
    registerEvaluation(context, client);
    registerEditingCommands(context, client);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

function startLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel,
    errorHandler: ServerErrorHandler): LanguageClient {
    const serverModule = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'sla' }, { scheme: 'untitled', language: 'sla' }],
        synchronize: { configurationSection: 'sla' },
        outputChannel,
        errorHandler
    };
    return new LanguageClient('sla', 'SLA Language Server', serverOptions, clientOptions);
}
