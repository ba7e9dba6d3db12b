/**
 * The server side of the editor's "Insert Section..." and "New Agreement from Template..." commands. Sections are
 * inserted by the same planner as the missing-section quick fixes, templates written by the same generator as
 * `sla new`. The protocol is in sla-protocol.ts.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { type CancellationToken, ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Agreement } from '../generated/ast.js';
import { missingSections, planSectionInsertion } from '../generator/section-insertion.js';
import { AGREEMENT_TEMPLATES, TemplateParameterError, writeAgreement } from '../generator/templates/agreement-templates.js';
import {
    InsertSectionRequest, MissingSectionsRequest, NewAgreementRequest, TemplatesRequest, type InsertSectionParams,
    type InsertSectionResult, type MissingSectionsParams, type NewAgreementParams, type NewAgreementResult,
    type SectionInfo, type TemplateInfo
} from '../sla-protocol.js';
import { agreementDocument } from './agreement-document.js';

export function registerEditingRequests(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(MissingSectionsRequest.method, (params: MissingSectionsParams, token: CancellationToken) =>
        withAgreement(shared, params?.uri, token, document => missingSections(document.parseResult.value).map(spec => ({
            id: spec.id, keyword: spec.keyword, title: spec.title, presence: spec.presence, why: spec.why
        }) satisfies SectionInfo)));
    connection.onRequest(InsertSectionRequest.method, (params: InsertSectionParams, token: CancellationToken) =>
        withAgreement(shared, params?.uri, token, (document): InsertSectionResult => {
            const insertion = planSectionInsertion(document, [String(params.section)]);
            return { edits: insertion?.edits ?? [], sections: insertion?.sections.map(spec => spec.keyword) ?? [] };
        }));
    connection.onRequest(TemplatesRequest.method, (): TemplateInfo[] =>
        AGREEMENT_TEMPLATES.map(({ id, title, description }) => ({ id, title, description })));
    connection.onRequest(NewAgreementRequest.method, (params: NewAgreementParams) => newAgreement(params));
}

/** Runs `answer` on the document's agreement once it is linked; a cancelled request or an unknown document is an LSP error. */
async function withAgreement<T>(shared: LangiumSharedServices, uri: unknown, token: CancellationToken,
    answer: (document: LangiumDocument<Agreement>) => T): Promise<T | ResponseError> {
    if (typeof uri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'the request needs a document uri');
    const document = await agreementDocument(shared, uri, DocumentState.Linked, token);
    return document instanceof ResponseError ? document : answer(document);
}

function newAgreement(params: NewAgreementParams): NewAgreementResult {
    try {
        return { text: writeAgreement(String(params?.template), { provider: String(params?.provider ?? ''), customer: String(params?.customer ?? '') }) };
    } catch (error) {
        if (error instanceof TemplateParameterError) return { error: error.message };
        throw error;
    }
}
