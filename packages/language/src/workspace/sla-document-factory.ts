/**
 * Creating and re-parsing documents never throws: a text that cannot be read (too large, not a regular file, gone),
 * that the editor did not send, or that the parser gives up on becomes an empty agreement with a recorded
 * `BuildFailure`. A throw here used to escape the workspace's start-up, which then never became ready: every
 * later build and request waited for ever.
 *
 * An open document that changed is first offered to the language's IncrementalParser (incremental/), which re-parses
 * only the items the edit touched (told where the editor changed the text, when it said so: changed-stretch.ts);
 * Langium's own update then finds the text parsed and only refreshes the rest.
 */
import { CancellationToken } from 'vscode-languageserver';
import {
    DefaultLangiumDocumentFactory, isOperationCancelled, type AstNode, type LangiumDocument,
    type ParseResult, type URI
} from 'langium';
import type { ParserOptions } from 'langium';
import type { IncrementalParser } from '../incremental/incremental-parser.js';
import { parserStopped, recordBuildFailure, unreadableText, type BuildFailure } from './build-failures.js';
import { changedStretch, forgetChanges } from './changed-stretch.js';
import { wasOpenedWithoutText } from './tolerant-text-documents.js';
import { describeUnreadable } from './unreadable-text.js';

export class SlaDocumentFactory extends DefaultLangiumDocumentFactory {

    override async fromUri<T extends AstNode = AstNode>(uri: URI, token = CancellationToken.None): Promise<LangiumDocument<T>> {
        let text: string;
        try {
            text = await this.getInitialText(uri, token);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            return this.createLangiumDocument<T>(this.failedParse(uri, unreadableText(describeUnreadable(error))) as ParseResult<T>, uri, undefined, '');
        }
        return this.createAsync<T>(uri, text, token);
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, token: CancellationToken): Promise<LangiumDocument<T>> {
        try {
            this.reparseIncrementally(document);
            await super.update(document, token);
            if (wasOpenedWithoutText(this.textDocuments?.get(document.uri.toString()))) {
                recordBuildFailure(document.parseResult.value, unreadableText(NO_TEXT));
            }
            return document;
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            document.parseResult = this.failedParse(document.uri, unreadableText(describeUnreadable(error))) as ParseResult<T>;
            (document.parseResult.value as { $document?: LangiumDocument }).$document = document;
            return document;
        }
    }

    /** Re-parses the edited items of a changed open document in place; leaves the document alone when it cannot. */
    private reparseIncrementally(document: LangiumDocument): void {
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const incremental = (this.serviceRegistry.getServices(document.uri) as WithIncrementalParser).incremental;
        const text = textDocument?.getText();
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        // The editor's record of what changed (if any) is used now or never: later changes start from this text.
        const change = text === undefined || oldText === undefined ? undefined : changedStretch(textDocument, oldText, text);
        forgetChanges(textDocument);
        // Langium also updates documents whose text did not change; those are not parsed at all.
        if (text === undefined || !incremental || text === oldText) return;
        const reparsed = incremental.IncrementalParser.reparse(document.parseResult, text, change);
        if (reparsed) {
            (reparsed.value as { $document?: LangiumDocument }).$document = document;
            document.parseResult = reparsed;
        }
    }

    protected override parse<T extends AstNode = AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        if (typeof text !== 'string') return this.failedParse(uri, unreadableText(NO_TEXT)) as ParseResult<T>;
        try {
            return super.parse(uri, text, options);
        } catch (error) {
            return this.failedParse(uri, parserStopped(error)) as ParseResult<T>;
        }
    }

    protected override async parseAsync<T extends AstNode = AstNode>(uri: URI, text: string, token: CancellationToken): Promise<ParseResult<T>> {
        if (typeof text !== 'string') return this.failedParse(uri, unreadableText(NO_TEXT)) as ParseResult<T>;
        try {
            return await super.parseAsync(uri, text, token);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            return this.failedParse(uri, parserStopped(error)) as ParseResult<T>;
        }
    }

    /** An empty agreement, as the parser makes of an empty file, carrying the failure. */
    private failedParse(uri: URI, failure: BuildFailure): ParseResult {
        const result = super.parse(uri, '');
        recordBuildFailure(result.value, failure);
        return result;
    }
}

/** The services of a language that parses incrementally. */
interface WithIncrementalParser {
    incremental?: { IncrementalParser: IncrementalParser }
}

/** An editor that opened or changed a document without sending its text (a protocol error, but one seen). */
const NO_TEXT = 'was opened without its text (the editor sent none); close it and open it again';
