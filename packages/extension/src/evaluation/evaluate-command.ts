/**
 * "SLA: Evaluate Against Data...": asks for the measured data files and the period, lets the language server
 * evaluate the agreement (`sla/evaluate`), and shows the compliance report in a panel in the preview's style.
 * The page comes from the server with a strict Content-Security-Policy; the panel runs no scripts at all.
 */
import { EvaluateRequest, type EvaluateParams, type EvaluateResult, type EvaluationDataFile, newNonce } from 'sla-language/protocol';
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

export const EVALUATE_COMMAND = 'sla.evaluate';
const REPORT_VIEW_TYPE = 'sla.evaluation';
const PERIOD = /^\d{4}(-(\d{2}|Q[1-4]|W\d{2}|\d{2}-\d{2}))?$/i;

/**
 * How the server gets a data file: `file-uris` when it runs on this machine and streams `file:` URIs from disk
 * (any other scheme is read here and sent), `text` when it runs in a Web Worker and can read nothing itself.
 */
export type DataDelivery = 'file-uris' | 'text';

export function registerEvaluation(context: vscode.ExtensionContext, client: LanguageClient, delivery: DataDelivery): void {
    const problems = vscode.window.createOutputChannel('SLA Evaluation');
    context.subscriptions.push(problems, vscode.commands.registerCommand(EVALUATE_COMMAND,
        (uri?: vscode.Uri) => evaluate(client, problems, delivery, uri)));
}

async function evaluate(client: LanguageClient, problems: vscode.OutputChannel, delivery: DataDelivery, uri: vscode.Uri | undefined): Promise<void> {
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
    let result: EvaluateResult;
    try {
        const params: EvaluateParams = {
            uri: agreement.toString(), dataFiles: await Promise.all(files.map(file => dataFile(file, delivery))),
            period: period.trim() || undefined, html: { nonce: newNonce() }
        };
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

async function dataFile(file: vscode.Uri, delivery: DataDelivery): Promise<EvaluationDataFile> {
    if (delivery === 'file-uris' && file.scheme === 'file') return { uri: file.toString() };
    const bytes = await vscode.workspace.fs.readFile(file);
    try {
        return { uri: file.toString(), text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
        throw new Error(`${file.path.slice(file.path.lastIndexOf('/') + 1)} is not UTF-8 text; save it as UTF-8 and try again`);
    }
}
