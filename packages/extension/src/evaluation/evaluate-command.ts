/**
 * "SLA: Evaluate Against Data...": asks for the measured data files and the period, lets the language server
 * evaluate the agreement (`sla/evaluate`), and shows the compliance report in a panel in the preview's style.
 * The page comes from the server with a strict Content-Security-Policy; the panel runs no scripts at all.
 */
import { randomBytes } from 'node:crypto';
import { EvaluateRequest, type EvaluateParams, type EvaluateResult } from 'sla-language/protocol';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const EVALUATE_COMMAND = 'sla.evaluate';
const REPORT_VIEW_TYPE = 'sla.evaluation';
const PERIOD = /^\d{4}(-(\d{2}|Q[1-4]|W\d{2}|\d{2}-\d{2}))?$/i;

export function registerEvaluation(context: vscode.ExtensionContext, client: LanguageClient): void {
    const problems = vscode.window.createOutputChannel('SLA Evaluation');
    context.subscriptions.push(problems, vscode.commands.registerCommand(EVALUATE_COMMAND, (uri?: vscode.Uri) => evaluate(client, problems, uri)));
}

async function evaluate(client: LanguageClient, problems: vscode.OutputChannel, uri: vscode.Uri | undefined): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const agreement = uri ?? (editor?.document.languageId === 'sla' ? editor.document.uri : undefined);
    if (!agreement) {
        void vscode.window.showInformationMessage('Open an .sla file to evaluate its agreement against measured data.');
        return;
    }
    const files = await vscode.window.showOpenDialog({
        title: 'Measured data for the agreement (samples, tickets or leads)', openLabel: 'Evaluate', canSelectMany: true,
        defaultUri: agreement.scheme === 'file' ? vscode.Uri.joinPath(agreement, '..') : undefined,
        filters: { 'Data files (CSV, JSON)': ['csv', 'json'], 'All files': ['*'] }
    });
    if (!files?.length) return;
    const period = await vscode.window.showInputBox({
        title: 'Period to evaluate',
        prompt: 'A month (2026-10), quarter (2026-Q4), year (2026), ISO week (2026-W43) or day (2026-10-05). Empty: the month of the latest data.',
        placeHolder: '2026-10',
        validateInput: value => value.trim() === '' || PERIOD.test(value.trim()) ? undefined : 'Write a period such as 2026-10, 2026-Q4 or 2026'
    });
    if (period === undefined) return;
    const params: EvaluateParams = {
        uri: agreement.toString(), dataFiles: files.map(file => ({ uri: file.toString() })), period: period.trim() || undefined,
        html: { nonce: randomBytes(18).toString('base64') }
    };
    let result: EvaluateResult;
    try {
        // Opening the document makes sure the server has it, also for a file outside the workspace.
        await vscode.workspace.openTextDocument(agreement);
        result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Evaluating the agreement against the data…' },
            () => client.sendRequest<EvaluateResult>(EvaluateRequest.method, params));
    } catch (error) {
        void vscode.window.showErrorMessage(`Could not evaluate: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    if (result.problems.length || !result.html) {
        problems.replace([`${result.title}: nothing was evaluated.`, ...result.problems].join('\n') + '\n');
        const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more)` : '';
        const action = await vscode.window.showErrorMessage(`Could not evaluate: ${result.problems[0] ?? 'no report'}${more}`, 'Show All');
        if (action === 'Show All') problems.show(true);
        return;
    }
    const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, result.title, vscode.ViewColumn.Beside,
        { enableScripts: false, enableFindWidget: true, localResourceRoots: [] });
    panel.webview.html = result.html;
}
