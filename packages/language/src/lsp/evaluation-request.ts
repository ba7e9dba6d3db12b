/**
 * The server side of "SLA: Evaluate Against Data...": answers `sla/evaluate` with the compliance report of a
 * document's agreement against data files, as an HTML page in the preview's style. A data file the client sent is read
 * from its text; any other is read by the `DataFileReader` the server was started with (Node: streamed from disk; a
 * Web Worker has none). The protocol is in sla-protocol.ts.
 */
import { DocumentState, URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { type CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { DataRows } from '../evaluation/data/data-row.js';
import { readDataText, unreadableData } from '../evaluation/data/data-text.js';
import { evaluateAgreement, problemText } from '../evaluation/evaluate.js';
import { renderEvaluation } from '../generator/evaluation-document.js';
import { problemCount } from '../generator/render.js';
import { EvaluateRequest, type EvaluateParams, type EvaluateResult, type EvaluationDataFile } from '../sla-protocol.js';
import { agreementDocument } from './agreement-document.js';

/** Reads a data file the client named but did not send. */
export type DataFileReader = (uri: URI) => DataRows;

/** Without a file system, a data file can only be evaluated when the client sends its text. */
const NO_FILES: DataFileReader = () => unreadableData('was not sent with its text, and this server cannot read files');

export function registerEvaluationRequest(shared: LangiumSharedServices, readFile: DataFileReader = NO_FILES): void {
    shared.lsp.Connection?.onRequest(EvaluateRequest.method, (params: EvaluateParams, token: CancellationToken) => evaluate(shared, readFile, params, token));
}

async function evaluate(shared: LangiumSharedServices, readFile: DataFileReader, params: EvaluateParams, token: CancellationToken): Promise<EvaluateResult | ResponseError> {
    const files = params?.dataFiles;
    if (typeof params?.uri !== 'string' || !Array.isArray(files) || !files.every(isDataFile)) {
        return new ResponseError(ErrorCodes.InvalidParams, 'sla/evaluate needs a document uri and the data files, each with a uri and optionally its text');
    }
    if (params.asOf !== undefined && typeof params.asOf !== 'string') {
        return new ResponseError(ErrorCodes.InvalidParams, 'sla/evaluate: asOf is a date or time as text, such as 2026-10-15T14:00');
    }
    const document = await agreementDocument(shared, params.uri, DocumentState.Validated, token);
    if (document instanceof ResponseError) return document;
    const agreement = document.parseResult.value;
    const title = `Compliance: ${agreement.title ?? agreement.name}`;
    const { errors } = problemCount(document);
    if (errors) return { title, problems: [`The agreement has ${errors} error${errors === 1 ? '' : 's'}; fix ${errors === 1 ? 'it' : 'them'} before evaluating.`] };
    const outcome = await evaluateAgreement(agreement, files.map(file => dataSource(file, readFile)),
        // The clock is read here, once: the evaluation itself never reads it.
        { period: params.period || undefined, excuse: params.excuse, asOf: params.asOf || Date.now() });
    // The data is read asynchronously: if the agreement was edited meanwhile, its references may have been reset.
    if (document.parseResult.value !== agreement || document.state < DocumentState.Linked) {
        return new ResponseError(LSPErrorCodes.ContentModified, 'The agreement changed during the evaluation; evaluate it again.');
    }
    if (outcome.problems) return { title, problems: outcome.problems.map(problemText) };
    return { title, html: renderEvaluation(outcome.report, 'html', params.html), summary: outcome.report.summary, problems: [] };
}

function isDataFile(file: unknown): file is EvaluationDataFile {
    const { uri, text } = (file ?? {}) as Partial<EvaluationDataFile>;
    return typeof uri === 'string' && (text === undefined || typeof text === 'string');
}

/** The data of one file, named in problems as the user knows it: a path on disk, otherwise the file's name. */
function dataSource(file: EvaluationDataFile, readFile: DataFileReader): { path: string, rows: DataRows } {
    const uri = URI.parse(file.uri);
    const path = uri.scheme === 'file' ? uri.fsPath : UriUtils.basename(uri) || file.uri;
    return { path, rows: file.text === undefined ? readFile(uri) : readDataText(path, file.text) };
}
