/**
 * Builds documents so that an exception in any phase stays with the document that caused it: the document gets
 * the one diagnostic of its `BuildFailure` and skips its remaining phases, and every other document is built as
 * usual. Without this, one file that made a phase throw failed every build of the workspace, for ever.
 */
import {
    DefaultDocumentBuilder, DocumentState, isMultiReference, isOperationCancelled, OperationCancelled, UriUtils, type AstNode,
    type LangiumDocument, type MultiReference, type Reference, type URI
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { forgetBuild, rememberBuild } from '../references/previous-build.js';
import { buildFailureDiagnostic, buildFailureOf, forgetBuildFailureFrom, phaseFailed, recordBuildFailure } from './build-failures.js';

export class SlaDocumentBuilder extends DefaultDocumentBuilder {

    /** Per linked document, what decides whether a change elsewhere makes it link again (see `shouldRelink`). */
    private readonly relinkFacts = new WeakMap<LangiumDocument, RelinkFacts>();

    /**
     * Langium asks every document of the workspace, on every keystroke in any of them, whether it must be linked
     * again: whether one of its references failed, or resolved into a changed document. It went through all the
     * references of every document for that (about 7 ms per keystroke at 1,000 files); both facts stay the same
     * until the document is linked again, so they are collected once per linking. A document whose linking is not
     * complete is asked as Langium asks it.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (document.state < DocumentState.IndexedReferences) return super.shouldRelink(document, changedUris);
        let facts = this.relinkFacts.get(document);
        // Unlinking replaces the list of references; a reference resolved later is added to it.
        if (facts?.references !== document.references || facts.count !== document.references.length) {
            facts = relinkFactsOf(document);
            this.relinkFacts.set(document, facts);
        }
        if (facts.failedReference) return true;
        for (const uri of facts.otherDocuments) if (changedUris.has(uri)) return true;
        return false;
    }

    protected override runCancelable(
        documents: LangiumDocument[], targetState: DocumentState, cancelToken: CancellationToken,
        callback: (document: LangiumDocument) => void | Promise<void>
    ): Promise<void> {
        return super.runCancelable(documents, targetState, cancelToken, async document => {
            // Linking again, all of the document or some of its references, may change what `shouldRelink` collected.
            if (targetState === DocumentState.Linked) this.relinkFacts.delete(document);
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

interface RelinkFacts {
    /** The document's list of references the facts were collected from, and its length then. */
    references: LangiumDocument['references']
    count: number
    /** Whether a reference did not resolve: it may resolve once another document changed. */
    failedReference: boolean
    /** The other documents the references resolved into. */
    otherDocuments: Set<string>
}

function relinkFactsOf(document: LangiumDocument): RelinkFacts {
    const own = document.uri.toString();
    const otherDocuments = new Set<string>();
    let failedReference = false;
    for (const reference of document.references) {
        if (reference.error !== undefined) failedReference = true;
        for (const uri of targetDocuments(reference)) {
            const target = uri.toString();
            if (target !== own) otherDocuments.add(target);
        }
    }
    return { references: document.references, count: document.references.length, failedReference, otherDocuments };
}

/** The documents a reference resolved into, as the reference index records them (from its node descriptions). */
function targetDocuments(reference: Reference | MultiReference): URI[] {
    if (isMultiReference(reference)) return reference.items.flatMap(item => item.$nodeDescription ? [item.$nodeDescription.documentUri] : []);
    return reference.$nodeDescription ? [reference.$nodeDescription.documentUri] : [];
}
