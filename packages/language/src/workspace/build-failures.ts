/**
 * A document the server or the CLI could not build: its text could not be read, the editor sent none, or a build
 * phase threw. Such a document gets one diagnostic, `sla-check-failed`, that says why, and is otherwise left
 * alone, so that every other document and every request keeps working. The failure belongs to the document's
 * syntax tree: a new text (a new tree) forgets it.
 */
import { DocumentState, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { IssueCodes } from '../validation/issue-codes.js';

export interface BuildFailure {
    /** The phase that failed: `Parsed` for reading and parsing. */
    readonly phase: DocumentState;
    /** The whole sentence for the reader, ending in what to do. */
    readonly message: string;
    /** The text was never read, so the document holds nothing of the file. */
    readonly unread?: boolean;
}

const failures = new WeakMap<AstNode, BuildFailure>();

export function recordBuildFailure(root: AstNode, failure: BuildFailure): void {
    failures.set(root, failure);
}

export function buildFailureOf(document: LangiumDocument): BuildFailure | undefined {
    return failures.get(document.parseResult.value);
}

/** Forgets a failure in a phase the document goes back before, so that the phase is tried again. */
export function forgetBuildFailureFrom(document: LangiumDocument, state: DocumentState): void {
    const failure = buildFailureOf(document);
    if (failure && failure.phase > state && failure.phase > DocumentState.Parsed) failures.delete(document.parseResult.value);
}

/** A file whose text could not be read; `reason` completes "This file" (see unreadable-text.ts). */
export function unreadableText(reason: string): BuildFailure {
    return { phase: DocumentState.Parsed, message: `This file ${reason}.`, unread: true };
}

export function parserStopped(error: unknown): BuildFailure {
    return {
        phase: DocumentState.Parsed,
        message: `This file could not be read to its end (${describeError(error)}), so nothing in it is checked; other `
            + 'files are checked as usual. Split its longest block into smaller ones, or send the file to your SLA tool support.'
    };
}

const PHASES: Partial<Record<DocumentState, string>> = {
    [DocumentState.IndexedContent]: 'listing its names',
    [DocumentState.ComputedScopes]: 'listing its names',
    [DocumentState.Linked]: 'resolving its names',
    [DocumentState.IndexedReferences]: 'resolving its names',
    [DocumentState.Validated]: 'checking it'
};

export function phaseFailed(phase: DocumentState, error: unknown): BuildFailure {
    return {
        phase,
        message: `The checks of this file stopped while ${PHASES[phase] ?? 'reading it'} (${describeError(error)}), so its `
            + 'other problems are not listed; other files are checked as usual. Send the file to your SLA tool support.'
    };
}

export function buildFailureDiagnostic(failure: BuildFailure): Diagnostic {
    const code = IssueCodes.CheckFailed;
    return {
        severity: 1, source: 'sla', code, data: { code }, message: failure.message,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
    };
}

function describeError(error: unknown): string {
    return error instanceof RangeError ? 'it nests or repeats too deeply'
        : error instanceof Error ? `internal error: ${error.message.split('\n')[0]}` : 'internal error';
}
