/**
 * What the user sees when the language server process dies. vscode-languageclient's default handler restarts it
 * silently (the note goes only to the output channel) and after five crashes in three minutes gives up with a
 * generic text. Here every restart is announced, and a give-up offers the log and a manual restart.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient';

/** Crashes within this window count towards giving up, as in vscode-languageclient's default handler. */
const CRASH_WINDOW_MS = 3 * 60_000;
const MAX_RESTARTS = 4;
/** A connection that keeps failing to read or write is shut down after this many errors in a row. */
const MAX_CONNECTION_ERRORS = 3;

export const RESTART_SERVER_COMMAND = 'sla.restartServer';

export class ServerErrorHandler implements ErrorHandler {
    private crashes: number[] = [];

    constructor(private readonly outputChannel: vscode.OutputChannel) {}

    error(_error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
        return { action: count !== undefined && count <= MAX_CONNECTION_ERRORS ? ErrorAction.Continue : ErrorAction.Shutdown };
    }

    closed(): CloseHandlerResult {
        const now = Date.now();
        this.crashes = [...this.crashes.filter(time => now - time < CRASH_WINDOW_MS), now];
        if (this.crashes.length > MAX_RESTARTS) {
            const message = `The SLA language server stopped ${this.crashes.length} times in three minutes and was not ` +
                'restarted: diagnostics, completion and the preview are paused. The server log says why.';
            void this.offer(vscode.window.showErrorMessage, message, 'Restart Server');
            return { action: CloseAction.DoNotRestart, message, handled: true };
        }
        const message = 'The SLA language server stopped unexpectedly and was restarted. The server log says why.';
        void this.offer(vscode.window.showWarningMessage, message);
        return { action: CloseAction.Restart, message, handled: true };
    }

    /** A restart by hand starts the count afresh. */
    reset(): void {
        this.crashes = [];
    }

    private async offer(show: typeof vscode.window.showWarningMessage, message: string, ...extra: string[]): Promise<void> {
        const choice = await show(message, 'Show Log', ...extra);
        if (choice === 'Show Log') this.outputChannel.show(true);
        else if (choice === 'Restart Server') await vscode.commands.executeCommand(RESTART_SERVER_COMMAND);
    }
}
