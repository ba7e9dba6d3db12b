/**
 * What the last build of a document found, kept past Langium's reset: before a changed document is parsed
 * again, `DocumentBuilder.update` unlinks its references and drops its local symbols, and only the new parse shows
 * whether the edit was spliced into the same tree. The builder remembers the build (sla-document-builder.ts), the
 * linker then leaves the references linked (SlaLinker.unlink), and scope computation, linking and the reference
 * index take back their work for everything outside the re-parsed item; when the parse was a full one, the
 * remembered references are unlinked and the phases do their full work.
 */
import { AstUtils, type AstNode, type AstNodeDescription, type LangiumDocument, type MultiMap, type Reference } from 'langium';
import type { Agreement } from '../generated/ast.js';
import { spliceOf, type SpliceRecord } from '../incremental/splice-record.js';
import { enclosedWithoutReferences } from '../incremental/spliced-lists.js';

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
    /** `document.references` in the order linking found them, still linked. */
    readonly references: readonly Reference[]
    /**
     * The references whose resolution may change whatever the edit: unresolved ones (a new name may resolve
     * them), `refines` (workspace names) and those into other documents (which may have been parsed again).
     */
    readonly unsettled: readonly Reference[]
    /**
     * The agreements of other documents that references resolved into. Such a reference keeps its target only
     * while its document still holds the same agreement: one parsed again since (spliced or not, in the same
     * update) may have renamed, removed or shadowed it.
     */
    readonly foreignRoots: ReadonlySet<AstNode>
    readonly localSymbols?: MultiMap<AstNode, AstNodeDescription>
}

const builds = new WeakMap<LangiumDocument, PreviousBuild>();

/** Keeps a linked document's links and local symbols before the builder resets it for a new parse. */
export function rememberBuild(document: LangiumDocument): void {
    forgetBuild(document);
    const root = document.parseResult.value;
    const found = unsettledFound.get(root);
    if (!found) return;
    builds.set(document, {
        root,
        references: document.references as Reference[],
        ...found,
        localSymbols: document.localSymbols as MultiMap<AstNode, AstNodeDescription> | undefined
    });
}

/** The unsettled references of each linked agreement (see `PreviousBuild`), found when it was linked. */
const unsettledFound = new WeakMap<AstNode, Pick<PreviousBuild, 'unsettled' | 'foreignRoots'>>();

/**
 * Notes which of `candidates` are unsettled once the document is linked: every reference after a full link, those
 * linked again and the previously unsettled after a splice. A document with multi-references (none in the grammar
 * today) gets no note, and is linked afresh after every edit.
 */
export function recordUnsettled(document: LangiumDocument, candidates: Iterable<unknown>): void {
    const unsettled = new Set<Reference>();
    const foreignRoots = new Set<AstNode>();
    for (const reference of candidates as Iterable<Reference>) {
        if (!('_ref' in reference)) return;
        const { _ref: target, _nodeDescription: description } = reference as unknown as LinkFields;
        if (!description || description.documentUri !== document.uri || !isNode(target) || !target.$container) {
            unsettled.add(reference);
            if (isNode(target)) foreignRoots.add(AstUtils.findRootNode(target));
        }
    }
    unsettledFound.set(document.parseResult.value, { unsettled: [...unsettled], foreignRoots });
}

/** Whether the document's references belong to a remembered build, so that unlinking must leave them linked. */
export function isRemembered(document: LangiumDocument): boolean {
    return builds.get(document)?.root === document.parseResult.value;
}

/** Drops the remembered build, unlinking its references. */
export function forgetBuild(document: LangiumDocument): void {
    const build = builds.get(document);
    if (!build) return;
    builds.delete(document);
    for (const reference of build.references) unlinkReference(reference);
}

/** The previous build, when the document's agreement is a splice of the agreement that build was for. */
export function previousBuildOf(document: LangiumDocument): { build: PreviousBuild, splice: SpliceRecord } | undefined {
    const build = builds.get(document);
    const splice = build && spliceOf(document.parseResult.value as Agreement);
    return splice && splice.previous === build.root && enclosedWithoutReferences(splice) ? { build, splice } : undefined;
}

/** Takes the previous build for linking: it is not remembered any longer, and its references are linked again or kept. */
export function takeBuild(document: LangiumDocument): { build: PreviousBuild, splice: SpliceRecord } | undefined {
    const previous = previousBuildOf(document);
    if (previous) builds.delete(document);
    else forgetBuild(document);
    return previous;
}

/** Forgets what a reference was linked to, as Langium's `Linker.unlink` does, so that linking resolves it again. */
export function unlinkReference(reference: Reference): void {
    const fields = reference as unknown as LinkFields;
    fields._ref = undefined;
    delete fields._nodeDescription;
}

export function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && '$type' in value;
}

/** The references a spliced document's linking resolved again (the others kept their targets), for the reference index. */
const relinked = new WeakMap<AstNode, ReadonlySet<Reference>>();

export function recordRelinked(root: AstNode, references: ReadonlySet<Reference>): void {
    relinked.set(root, references);
}

/** The references linked again in this agreement, or undefined when it was linked in full. */
export function relinkedIn(root: AstNode): ReadonlySet<Reference> | undefined {
    return relinked.get(root);
}
