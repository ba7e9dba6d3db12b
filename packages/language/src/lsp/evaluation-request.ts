/**
 * The server side of "SLA: Evaluate Against Data...": answers `sla/evaluate` with the compliance report of a
 * document's agreement against data files, as an HTML page in the preview's style. The data files are streamed from
 * the server's file system; the protocol is in sla-protocol.ts.
 */
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { type CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { readDataFile } from '../evaluation/data/data-files.js';
import { evaluateAgreement, problemText } from '../evaluation/evaluate.js';
import { renderEvaluation } from '../generator/evaluation-document.js';
import { problemCount } from '../generator/render.js';
import { EvaluateRequest, type EvaluateParams, type EvaluateResult } from '../sla-protocol.js';
import { agreementDocument } from './agreement-document.js';

export function registerEvaluationRequest(shared: LangiumSharedServices): void {
    shared.lsp.Connection?.onRequest(EvaluateRequest.method, (params: EvaluateParams, token: CancellationToken) => evaluate(shared, params, token));
}

async function evaluate(shared: LangiumSharedServices, params: EvaluateParams, token: CancellationToken): Promise<EvaluateResult | ResponseError> {
    const files = params?.dataFiles;
    if (typeof params?.uri !== 'string' || !Array.isArray(files) || files.some(file => typeof file !== 'string')) {
        return new ResponseError(ErrorCodes.InvalidParams, 'sla/evaluate needs a document uri and the paths of the data files');
    }
    const document = await agreementDocument(shared, params.uri, DocumentState.Validated, token);
    if (document instanceof ResponseError) return document;
    const agreement = document.parseResult.value;
    const title = `Compliance: ${agreement.title ?? agreement.name}`;
    const { errors } = problemCount(document);
    if (errors) return { title, problems: [`The agreement has ${errors} error${errors === 1 ? '' : 's'}; fix ${errors === 1 ? 'it' : 'them'} before evaluating.`] };
    const outcome = await evaluateAgreement(agreement, files.map(file => ({ path: file, rows: readDataFile(file) })),
        { period: params.period || undefined, excuse: params.excuse });
    // The data is read asynchronously: if the agreement was edited meanwhile, its references may have been reset.
    if (document.parseResult.value !== agreement || document.state < DocumentState.Linked) {
        return new ResponseError(LSPErrorCodes.ContentModified, 'The agreement changed during the evaluation; evaluate it again.');
    }
    if (outcome.problems) return { title, problems: outcome.problems.map(problemText) };
    return { title, html: renderEvaluation(outcome.report, 'html', params.html), summary: outcome.report.summary, problems: [] };
}
