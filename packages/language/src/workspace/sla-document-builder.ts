/**
 * Builds documents so that an exception in any phase stays with the document that caused it: the document gets
 * the one diagnostic of its `BuildFailure` and skips its remaining phases, and every other document is built as
 * usual. Without this, one file that made a phase throw failed every build of the workspace, for ever.
 */
import {
    DefaultDocumentBuilder, DocumentState, isOperationCancelled, OperationCancelled, UriUtils, type AstNode, type LangiumDocument,
    type URI
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { forgetBuild, rememberBuild } from '../references/previous-build.js';
import { buildFailureDiagnostic, buildFailureOf, forgetBuildFailureFrom, phaseFailed, recordBuildFailure } from './build-failures.js';

export class SlaDocumentBuilder extends DefaultDocumentBuilder {

    protected override runCancelable(
        documents: LangiumDocument[], targetState: DocumentState, cancelToken: CancellationToken,
        callback: (document: LangiumDocument) => void | Promise<void>
    ): Promise<void> {
        return super.runCancelable(documents, targetState, cancelToken, async document => {
            const failure = buildFailureOf(document);
            if (failure && targetState !== DocumentState.Validated) return;
            try {
                await callback(document);
            } catch (error) {
                if (isOperationCancelled(error)) throw error;
                console.error(`SLA: could not build ${document.uri.toString()}:`, error);
                recordBuildFailure(document.parseResult.value, phaseFailed(targetState, error));
                if (targetState === DocumentState.Validated) await callback(document);
            }
        });
    }

    /** A failed document's only diagnostic is its failure; its checks are not run. */
    protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        const failure = buildFailureOf(document);
        if (failure) {
            document.diagnostics = [buildFailureDiagnostic(failure)];
            return;
        }
        await super.validate(document, cancelToken);
    }

    /**
     * A request about a document the editor has just opened can arrive before the (debounced) update that creates
     * it; Langium answered "No document found". An open document is waited for instead.
     */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        if (this.langiumDocuments.hasDocument(uri) || !this.textDocuments?.get(uri.toString())) {
            return super.awaitDocumentState(state, uri, cancelToken);
        }
        return new Promise((resolve, reject) => {
            const reached = this.onDocumentPhase(state, document => {
                if (!UriUtils.equals(document.uri, uri)) return;
                reached.dispose();
                cancelled.dispose();
                resolve(document.uri);
            });
            const cancelled = cancelToken.onCancellationRequested(() => {
                reached.dispose();
                cancelled.dispose();
                reject(OperationCancelled);
            });
        });
    }

    /**
     * A document about to be parsed again keeps its links and local symbols until the parse shows whether the
     * edit was spliced (references/previous-build.ts): Langium's reset drops them first. Only a build that
     * finished linking and indexing without a failure is kept.
     */
    override resetToState<T extends AstNode>(document: LangiumDocument<T>, state: DocumentState): void {
        if (state <= DocumentState.ComputedScopes) {
            const finished = document.state >= DocumentState.IndexedReferences && !buildFailureOf(document);
            if (state === DocumentState.Changed && finished) rememberBuild(document);
            else forgetBuild(document);
        }
        forgetBuildFailureFrom(document, state);
        super.resetToState(document, state);
    }
}
