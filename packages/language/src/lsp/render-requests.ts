/**
 * The server side of the preview and export: answers `sla/render` with the rendered agreement of a document, and
 * tells the client with `sla/documentsValidated` which documents were rebuilt, so that a preview re-renders when
 * its agreement (or one it refines) changes. The protocol is in sla-protocol.ts.
 */
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { type CancellationToken, ErrorCodes, ResponseError } from 'vscode-languageserver';
import { renderAgreement } from '../generator/render.js';
import { agreementDocument } from './agreement-document.js';
import { toBase64 } from './base64.js';
import {
    DocumentsValidatedNotification, isCspNonce, RENDER_FORMATS, RenderRequest, type DocumentsValidatedParams, type RenderParams,
    type RenderResult
} from '../sla-protocol.js';

export function registerRenderRequests(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(RenderRequest.method, (params: RenderParams, token: CancellationToken) => render(shared, params, token));
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        const payload: DocumentsValidatedParams = { uris: documents.map(document => document.uri.toString()) };
        void connection.sendNotification(DocumentsValidatedNotification.method, payload);
    });
}

async function render(shared: LangiumSharedServices, params: RenderParams, token: CancellationToken): Promise<RenderResult | ResponseError> {
    if (typeof params?.uri !== 'string' || !RENDER_FORMATS.includes(params.format)) {
        return new ResponseError(ErrorCodes.InvalidParams, `sla/render needs a document uri and a format (${RENDER_FORMATS.join(', ')})`);
    }
    const html = params.html;
    if (html?.nonce !== undefined && !isCspNonce(html.nonce)) {
        return new ResponseError(ErrorCodes.InvalidParams, 'sla/render: html.nonce must be a base64 value (letters, digits, +, /, -, _ and up to two = at the end)');
    }
    if (html?.scripts !== undefined && !(Array.isArray(html.scripts) && html.scripts.every(src => typeof src === 'string'))) {
        return new ResponseError(ErrorCodes.InvalidParams, 'sla/render: html.scripts must be a list of script URLs');
    }
    const document = await agreementDocument(shared, params.uri, DocumentState.Validated, token);
    if (document instanceof ResponseError) return document;
    // The document model is built synchronously, right after the document was seen validated: no build can change
    // the AST in between. Only the DOCX packing that follows is asynchronous, and it reads the model alone.
    const { content, title, problems } = await renderAgreement(document, params.format, params.html);
    const text = typeof content === 'string';
    return {
        format: params.format,
        content: text ? content : toBase64(content),
        encoding: text ? 'utf8' : 'base64',
        title,
        problems
    };
}
