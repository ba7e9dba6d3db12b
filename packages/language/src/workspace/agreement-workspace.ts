import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Agreement } from '../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import type { LangiumSharedServices } from 'langium/lsp';

/** A text to load: where it comes from and what it says. */
export interface SourceText {
    readonly path: string;
    readonly text: string;
}

export interface CheckedAgreement {
    readonly path: string;
    readonly document: LangiumDocument<Agreement>;
    /** Lexer, parser, linking and validation diagnostics, in document order. */
    readonly diagnostics: Diagnostic[];
}

/**
 * Loads texts into one workspace (so `refines` and inherited names resolve between them), builds and validates
 * them with every check category, and returns each document with its diagnostics. Used by the CLI and tests.
 */
export async function checkAgreements(
    services: { shared: LangiumSharedServices, Sla: SlaServices }, sources: readonly SourceText[]
): Promise<CheckedAgreement[]> {
    const documents = services.shared.workspace.LangiumDocuments;
    const loaded = sources.map(source => {
        const uri = URI.file(source.path);
        if (documents.hasDocument(uri)) {
            documents.deleteDocument(uri);
        }
        const document = documents.createDocument(uri, source.text) as LangiumDocument<Agreement>;
        return { path: source.path, document };
    });
    await services.shared.workspace.DocumentBuilder.build(loaded.map(l => l.document), { validation: { categories: ['built-in', 'fast', 'slow'] } });
    return loaded.map(({ path, document }) => ({
        path,
        document,
        diagnostics: [...(document.diagnostics ?? [])].sort((a, b) =>
            a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    }));
}
