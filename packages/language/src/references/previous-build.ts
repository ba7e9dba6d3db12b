/**
 * What the last build of a document found, kept past Langium's reset: before a changed document is parsed
 * again, `DocumentBuilder.update` unlinks its references and drops its local symbols, and only the new parse shows
 * whether the edit was spliced into the same tree. When it was, scope computation and linking take back their
 * work for everything outside the re-parsed item (sla-scope-computation.ts, sla-linker.ts); otherwise the record
 * is not used and they do their full work.
 */
import type { AstNode, AstNodeDescription, LangiumDocument, MultiMap, Reference } from 'langium';
import type { Agreement } from '../generated/ast.js';
import { spliceOf, type SpliceRecord } from '../incremental/splice-record.js';

/** The private fields of Langium's `DefaultReferenceImpl` that hold what a reference was linked to. */
export interface LinkFields {
    _ref?: unknown
    _nodeDescription?: AstNodeDescription
    /** The node that holds the reference and the property it is in. */
    readonly node: AstNode
    readonly property: string
}

export interface PreviousBuild {
    readonly root: AstNode
    /** `document.references` in the order linking found them, with what each was linked to. */
    readonly references: readonly Reference[]
    readonly targets: readonly unknown[]
    readonly descriptions: readonly (AstNodeDescription | undefined)[]
    readonly localSymbols?: MultiMap<AstNode, AstNodeDescription>
}

const builds = new WeakMap<LangiumDocument, PreviousBuild>();

/** Keeps a linked document's links and local symbols before the builder resets it for a new parse. */
export function rememberBuild(document: LangiumDocument): void {
    const references = document.references as Reference[];
    // Multi-references (none in the grammar today) are linked afresh: the whole document then is.
    if (!references.every(reference => '_ref' in reference)) {
        builds.delete(document);
        return;
    }
    builds.set(document, {
        root: document.parseResult.value,
        references,
        targets: references.map(reference => (reference as unknown as LinkFields)._ref),
        descriptions: references.map(reference => (reference as unknown as LinkFields)._nodeDescription),
        localSymbols: document.localSymbols as MultiMap<AstNode, AstNodeDescription> | undefined
    });
}

export function forgetBuild(document: LangiumDocument): void {
    builds.delete(document);
}

/** The previous build, when the document's agreement is a splice of the agreement that build was for. */
export function previousBuildOf(document: LangiumDocument): { build: PreviousBuild, splice: SpliceRecord } | undefined {
    const build = builds.get(document);
    const splice = build && spliceOf(document.parseResult.value as Agreement);
    return splice && splice.previous === build.root ? { build, splice } : undefined;
}
