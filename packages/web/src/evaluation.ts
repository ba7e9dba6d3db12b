/**
 * Evaluating measured data against the open agreement: CSV or JSON files, dropped on the page or chosen with the
 * "Evaluate data" button, are read here and sent with their text (`sla/evaluate`): the server in the worker has no
 * files. The compliance report is the server's page, shown like the preview, without scripts.
 */
import type { LSPClient } from '@codemirror/lsp-client';
import { EvaluateRequest, type EvaluateParams, type EvaluateResult, newNonce } from 'sla-language/protocol';
import { readText } from './downloads.js';

export interface ReportView {
    show(html: string, title: string): void;
    showProblems(title: string, problems: readonly string[]): void;
}

export async function evaluateFiles(client: LSPClient, uri: string, files: readonly File[], period: string, view: ReportView): Promise<void> {
    const data = files.filter(file => /\.(csv|json)$/i.test(file.name));
    if (data.length === 0) {
        view.showProblems('Nothing to evaluate', ['Drop or choose CSV or JSON files of measured data (samples, tickets or leads).']);
        return;
    }
    let params: EvaluateParams;
    try {
        params = {
            uri,
            dataFiles: await Promise.all(data.map(async file => ({ uri: `dropped:/${encodeURIComponent(file.name)}`, text: await readText(file) }))),
            period: period.trim() || undefined,
            html: { nonce: newNonce() }
        };
    } catch (error) {
        view.showProblems('Could not read the data', [(error as Error).message]);
        return;
    }
    client.sync();
    try {
        const result = await client.request<EvaluateParams, EvaluateResult>(EvaluateRequest.method, params);
        if (result.html && result.problems.length === 0) view.show(result.html, result.title);
        else view.showProblems(`${result.title}: nothing was evaluated`, result.problems);
    } catch (error) {
        view.showProblems('Could not evaluate', [(error as { message?: string }).message ?? String(error)]);
    }
}
