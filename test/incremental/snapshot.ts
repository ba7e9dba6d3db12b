/**
 * What a user's editor sees of a built document, as plain data that `toEqual` can compare: the AST (types,
 * properties, reference texts and targets, CST ranges), the CST leaves and nesting, the diagnostics (codes,
 * ranges, messages) and the semantic tokens. An incremental update is correct when its snapshot equals that of a
 * fresh full build of the same text.
 */
import {
    isAstNode, isCompositeCstNode, isLeafCstNode, isReference, type AstNode, type AstNodeDescription, type CstNode, type LangiumDocument,
    type ReferenceDescription
} from 'langium';
import type { SlaServices } from '../../packages/language/src/sla-module.js';

export interface DocumentSnapshot {
    ast: unknown
    cst: string[]
    diagnostics: unknown[]
    semanticTokens: number[]
    /** `document.references` in its order (the linking diagnostics follow it): each one's place, target or error, and description. */
    references: unknown[]
    /** The document's references as the index holds them (find references, rename, what other documents depend on). */
    referenceIndex: unknown[]
    /** The declarations visible in the agreement, as scope computation described them. */
    localSymbols: unknown[]
}

export async function snapshotOf(document: LangiumDocument, services: SlaServices): Promise<DocumentSnapshot> {
    const root = document.parseResult.value;
    const tokens = await services.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
    return {
        ast: astOf(root),
        cst: root.$cstNode ? cstLines(root.$cstNode) : [],
        diagnostics: (document.diagnostics ?? []).map(d => ({
            code: d.code, severity: d.severity, message: d.message, range: d.range,
            // All of the data: its code, a syntax slip's fixes, an unresolved name's candidates.
            data: d.data
        })),
        semanticTokens: tokens.data,
        references: document.references.map(reference => ({
            text: reference.$refText,
            at: reference.$refNode?.offset,
            target: isReference(reference) && reference.ref ? nodePath(reference.ref, services) : undefined,
            error: reference.error?.message,
            description: isReference(reference) ? descriptionOf(reference.$nodeDescription) : undefined
        })),
        referenceIndex: referenceIndexOf(document, services).map(description => ({
            ...description, sourceUri: description.sourceUri.toString(), targetUri: description.targetUri.toString(), segment: description.segment
        })),
        localSymbols: [...document.localSymbols?.keys() ?? []].flatMap(node => [
            nodePath(node, services), ...document.localSymbols!.getStream(node).map(descriptionOf)
        ])
    };
}

function nodePath(node: AstNode, services: SlaServices): string {
    return `${documentOf(node)}#${services.workspace.AstNodeLocator.getAstNodePath(node)}`;
}

function descriptionOf(description: AstNodeDescription | undefined): unknown {
    if (!description) return undefined;
    const { name, type, path, documentUri, nameSegment, selectionSegment } = description;
    return { name, type, path, documentUri: documentUri.toString(), nameSegment, selectionSegment, node: description.node?.$cstNode?.offset };
}

/** What the index holds for the document (Langium keeps it in a map of the index manager's own). */
function referenceIndexOf(document: LangiumDocument, services: SlaServices): ReferenceDescription[] {
    const index = services.shared.workspace.IndexManager as unknown as { referenceIndex: Map<string, ReferenceDescription[]> };
    return index.referenceIndex.get(document.uri.toString()) ?? [];
}

function astOf(node: AstNode): unknown {
    const result: Record<string, unknown> = { $type: node.$type, $range: node.$cstNode?.range, $offset: node.$cstNode?.offset, $length: node.$cstNode?.length };
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        result[key] = Array.isArray(value) ? value.map(valueOf) : valueOf(value);
    }
    return result;
}

function valueOf(value: unknown): unknown {
    if (isAstNode(value)) return astOf(value);
    if (isReference(value)) {
        const target = value.ref;
        return { $refText: value.$refText, $refRange: value.$refNode?.range, target: target && { $type: target.$type, offset: target.$cstNode?.offset, document: documentOf(target) } };
    }
    return value;
}

function documentOf(node: AstNode): string | undefined {
    let current: AstNode | undefined = node;
    while (current.$container) current = current.$container;
    return current.$document?.uri.toString();
}

/** One line per CST node in document order: depth, kind, offsets and range, so that nesting and positions are compared. */
function cstLines(node: CstNode, depth = 0, lines: string[] = []): string[] {
    const { start, end } = node.range;
    const where = `${node.offset}+${node.length} ${start.line}:${start.character}-${end.line}:${end.character}`;
    if (isLeafCstNode(node)) {
        lines.push(`${depth} leaf ${node.tokenType.name}${node.hidden ? ' hidden' : ''} ${where}`);
    } else if (isCompositeCstNode(node)) {
        lines.push(`${depth} node ${node.astNode.$type} ${where}`);
        for (const child of node.content) cstLines(child, depth + 1, lines);
    }
    return lines;
}
