/**
 * What the desktop and the web extension share: the output channel, the error handler, the client's options and
 * every command. Each entry (extension.ts on Node, extension-web.ts in VS Code for the Web) only says how the
 * language server is started: a Node process over IPC, or the same server bundled for a Web Worker.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { registerEditingCommands } from './editing-commands.js';
import { registerEvaluation, type DataDelivery } from './evaluation/evaluate-command.js';
import { registerPreview } from './preview/preview-manager.js';
import { RESTART_SERVER_COMMAND, ServerErrorHandler } from './server-error-handler.js';

export interface ClientSetup {
    /** Which documents the server gets. */
    readonly documentSelector: DocumentSelector;
    /** How the server gets a data file's content for an evaluation. */
    readonly dataDelivery: DataDelivery;
    createClient(clientOptions: LanguageClientOptions): BaseLanguageClient;
}

export async function activateWith(context: vscode.ExtensionContext, setup: ClientSetup): Promise<BaseLanguageClient> {
    const outputChannel = vscode.window.createOutputChannel('SLA Language Server', { log: true });
    const errorHandler = new ServerErrorHandler(outputChannel);
    const client = setup.createClient({
        documentSelector: setup.documentSelector,
        synchronize: { configurationSection: 'sla' },
        outputChannel,
        errorHandler
    });
    context.subscriptions.push(outputChannel, vscode.commands.registerCommand(RESTART_SERVER_COMMAND, async () => {
        errorHandler.reset();
        // What the Node client's restart() does; the browser client has no restart() of its own.
        if (client.isRunning()) await client.stop();
        await client.start();
    }));
    // Before the client starts: a preview restored after a window reload needs its serializer right away.
    registerPreview(context, client);
    registerEvaluation(context, client, setup.dataDelivery);
    registerEditingCommands(context, client);
    await client.start();
    return client;
}
