/**
 * Langium's document factory with incremental parsing: an open document that changed is first offered to the
 * language's IncrementalParser; Langium's own update then finds the text parsed and only refreshes the rest.
 */
import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { IncrementalParser } from './incremental-parser.js';

/** The services of a language that parses incrementally. */
interface WithIncrementalParser {
    incremental?: { IncrementalParser: IncrementalParser }
}

export class SlaDocumentFactory extends DefaultLangiumDocumentFactory {

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const incremental = (this.serviceRegistry.getServices(document.uri) as WithIncrementalParser).incremental;
        const text = textDocument?.getText();
        // Langium also updates documents whose text did not change; those are not parsed at all.
        if (text !== undefined && incremental && text !== document.parseResult.value.$cstNode?.root.fullText) {
            const reparsed = incremental.IncrementalParser.reparse(document.parseResult, text);
            if (reparsed) {
                (reparsed.value as { $document?: LangiumDocument }).$document = document;
                (document as LangiumDocument).parseResult = reparsed;
            }
        }
        return super.update(document, cancellationToken);
    }
}
