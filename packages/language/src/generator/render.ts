/**
 * The one way to render an agreement, shared by the language server (preview, export) and the CLI: a built and
 * validated document in, HTML, Markdown or DOCX out, with the document's problem count.
 */
import type { LangiumDocument } from 'langium';
import type { Agreement } from '../generated/ast.js';
import type { HtmlPageOptions, ProblemCount, RenderFormat } from '../sla-protocol.js';
import { buildAgreementDocument } from './agreement-document.js';
import { renderHtml } from './html/html-renderer.js';
import { renderMarkdown } from './markdown-renderer.js';

export interface RenderedAgreement {
    readonly title: string;
    readonly problems: ProblemCount;
    /** Text for HTML and Markdown, bytes for DOCX. */
    readonly content: string | Uint8Array;
}

export async function renderAgreement(
    document: LangiumDocument<Agreement>, format: RenderFormat, html: HtmlPageOptions = {}
): Promise<RenderedAgreement> {
    const problems = problemCount(document);
    const model = buildAgreementDocument(document.parseResult.value, problems);
    // The Word writer is large and rarely needed: load it on the first export, not when the server starts.
    const content = format === 'html' ? renderHtml(model, html)
        : format === 'markdown' ? renderMarkdown(model)
        : await (await import('./docx-renderer.js')).renderDocx(model);
    return { title: model.title, problems, content };
}

/** Errors and warnings among the document's diagnostics (lexer, parser, linking and validation). */
export function problemCount(document: LangiumDocument): ProblemCount {
    const diagnostics = document.diagnostics ?? [];
    return {
        errors: diagnostics.filter(d => (d.severity ?? 1) === 1).length,
        warnings: diagnostics.filter(d => d.severity === 2).length
    };
}
