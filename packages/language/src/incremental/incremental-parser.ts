/**
 * Re-parsing only what an edit changed. When the edit lies inside one item or section that begins with its own
 * keyword and ends with its own `}` (see splice-units.ts), that item's new text is parsed with the parser rule the
 * full parse called at that place, and the new node replaces the old one in the AST and the CST; everything after
 * it moves. The result is the tree a full parse of the new text builds, provided that:
 * - the previous text had no syntax errors, or only inside the item (whose old tree is dropped): error recovery
 *   elsewhere could have read across the item;
 * - the edit leaves the item's first token and its closing `}` in place, so the parser enters and leaves the item
 *   as before, and no token (string, comment) crosses its bounds; a long text (`"""`) may run over lines, so an
 *   edit that writes or removes one, or an item that holds one, is a full parse;
 * - the new item text parses with that rule alone, without lexer or parser errors and with nothing left over.
 * Anything else is a full parse; which path ran and why is counted and logged (at debug level in the server).
 * A spliced tree gets a new root node, so caches keyed by the agreement (sla-model.ts, the scope provider) start
 * afresh; the new root carries a `SpliceRecord` (splice-record.ts) of what was replaced, for the phases that keep
 * their work for the rest. test/incremental compares every spliced tree with a full parse of the same text.
 */
import {
    AstUtils, CompositeCstNodeImpl, GrammarAST, isCompositeCstNode, RootCstNodeImpl, type AstNode, type CompositeCstNode,
    type CstNode, type LangiumParser, type ParseResult
} from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Agreement } from '../generated/ast.js';
import { forgetRange, shiftSubtree } from './cst-shift.js';
import { recordSplice } from './splice-record.js';
import { isSpliceUnit } from './splice-units.js';
import type { TextChange } from '../workspace/changed-stretch.js';

/** Which path the last update took: one item re-parsed, or the whole text and why. */
export type ParsePath = { path: 'spliced', unit: string } | { path: 'full', reason: string };

export class IncrementalParser {
    /** The path the last update took and why, for tests and benchmarks. */
    last?: ParsePath;
    private readonly parser: LangiumParser;
    private readonly shared: LangiumSharedServices;

    constructor(services: { parser: { LangiumParser: LangiumParser }, shared: LangiumSharedServices }) {
        this.parser = services.parser.LangiumParser;
        this.shared = services.shared;
    }

    /**
     * The parse result of `text` made from `previous` by re-parsing one item, or undefined when it takes a full parse.
     * `change` is the stretch the editor changed, when it said so; without it, the texts are compared.
     */
    reparse(previous: ParseResult<AstNode>, text: string, change?: TextChange): ParseResult<Agreement> | undefined {
        const outcome = this.splice(previous, text, change);
        this.last = typeof outcome === 'string' ? { path: 'full', reason: outcome } : { path: 'spliced', unit: outcome.unit };
        this.shared.lsp.Connection?.console.debug(this.last.path === 'spliced'
            ? `Incremental parse: re-parsed one ${this.last.unit}`
            : `Incremental parse: full parse, because ${this.last.reason}`);
        return typeof outcome === 'string' ? undefined : outcome.result;
    }

    private splice(previous: ParseResult<AstNode>, text: string, known?: TextChange): { result: ParseResult<Agreement>, unit: string } | string {
        const root = previous.value as Agreement;
        const cstRoot = root.$cstNode as RootCstNodeImpl | undefined;
        if (!cstRoot) return 'the document has no syntax tree';
        const errors = errorOffsets(previous);
        const oldText = cstRoot.fullText;
        const change = known && fits(known, oldText, text) ? known : changeBetween(oldText, text);
        if (touchesLongText(oldText, text, change)) return 'the edit writes or removes a long text ("""), which may run past the item';
        const units = unitsAround(cstRoot, change).filter(unit => errors.every(offset => isInside(offset, unit)));
        if (!units.length) {
            return errors.length ? 'the previous text had syntax errors outside the edited item' : 'the edit is not inside one item or section';
        }
        const delta = text.length - oldText.length;
        let reason = '';
        for (const unit of units) {
            const rule = calledRule(unit);
            if (!rule) continue;
            const unitText = text.slice(unit.offset, unit.end + delta);
            if (unitText.includes(LONG_QUOTE)) {
                reason = 'the edited item holds a long text ("""), which may run past it';
                continue;
            }
            const parsed = this.parser.parse<AstNode>(unitText, { rule });
            const problem = problemWith(parsed, unit, unitText);
            if (problem) {
                reason = problem;
                continue;
            }
            return { result: replace(root, unit, parsed, text), unit: unit.astNode.$type };
        }
        return reason || 'the edited item cannot be parsed alone';
    }
}

/**
 * Whether a `"""` is near the change (typing one `"` next to `""` makes one) or in the item before or after it. A
 * long text reads to the next `"""` wherever that is, so the item's text alone may lex differently from the file.
 */
function touchesLongText(oldText: string, text: string, change: TextChange): boolean {
    const near = (source: string, end: number) => source.slice(Math.max(0, change.start - 2), end + 2).includes(LONG_QUOTE);
    return near(oldText, change.oldEnd) || near(text, change.newEnd);
}

const LONG_QUOTE = '"""';

/** Where the previous text's lexer and parser errors are; NaN where a parser error is at the end of the text. */
function errorOffsets(previous: ParseResult<AstNode>): number[] {
    return [
        ...previous.lexerErrors.map(error => error.offset),
        ...(previous.lexerReport?.diagnostics ?? []).map(diagnostic => diagnostic.offset),
        ...previous.parserErrors.map(error => error.token.startOffset)
    ];
}

/** Whether an offset lies between the item's first token and its closing brace (NaN never does). */
function isInside(offset: number, unit: CompositeCstNode): boolean {
    return edgeLeaf(unit, 'first')!.end <= offset && offset < edgeLeaf(unit, 'last')!.offset;
}

/** Whether a change the editor reported leads from a text of the old length to one of the new length. */
function fits(change: TextChange, oldText: string, newText: string): boolean {
    return 0 <= change.start && change.start <= change.oldEnd && change.start <= change.newEnd && change.oldEnd <= oldText.length
        && oldText.length - change.oldEnd === newText.length - change.newEnd;
}

/**
 * The shortest stretch that differs between the two texts (common prefix and suffix left out). Equal stretches
 * are skipped a block at a time (`===` on slices compares memory, many times faster than a loop over characters);
 * only the block where they differ is compared character by character.
 */
function changeBetween(oldText: string, newText: string): TextChange {
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    for (const block of BLOCKS) {
        while (start + block <= shorter && oldText.slice(start, start + block) === newText.slice(start, start + block)) start += block;
    }
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let suffix = 0;
    const sameEnd = (length: number) => oldText.slice(oldText.length - length, oldText.length - suffix) === newText.slice(newText.length - length, newText.length - suffix);
    for (const block of BLOCKS) {
        while (suffix + block <= shorter - start && sameEnd(suffix + block)) suffix += block;
    }
    while (suffix < shorter - start && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/** Block lengths for skipping equal text, longest first. */
const BLOCKS = [16384, 512, 16];

/**
 * The items and sections around the change whose first token and closing brace it leaves alone, innermost
 * first: the smallest one is tried first, and a larger one when the smaller one does not parse alone.
 */
function unitsAround(root: CompositeCstNode, change: TextChange): CompositeCstNode[] {
    const found: CompositeCstNode[] = [];
    let node: CompositeCstNode = root;
    for (;;) {
        const child = childAround(node, change);
        if (!child || !isCompositeCstNode(child)) break;
        if (isOwnNodeOfUnit(child)) {
            const first = edgeLeaf(child, 'first');
            const last = edgeLeaf(child, 'last');
            if (first && last && !first.hidden && first.end < change.start && change.oldEnd <= last.offset && closesItself(last, child)) {
                found.unshift(child);
            }
        }
        node = child;
    }
    return found;
}

/**
 * The child of `node` that holds the change, found by halving: a section holds thousands of items, and a
 * composite node's offset and end are walks to its first and last leaf. The children are in text order; should
 * halving miss (a child without leaves, at offset 0), every child is tried.
 */
function childAround(node: CompositeCstNode, change: TextChange): CstNode | undefined {
    const content = node.content;
    const holds = (child: CstNode) => child.offset < change.start && change.oldEnd < child.end;
    let low = 0;
    let high = content.length - 1;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (content[middle].end <= change.start) low = middle + 1;
        else high = middle;
    }
    return content[low] && holds(content[low]) ? content[low] : content.find(holds);
}

/** The first or last leaf under a node (a section's node wraps the node of its own rule). */
function edgeLeaf(node: CstNode, edge: 'first' | 'last'): CstNode | undefined {
    let current: CstNode | undefined = node;
    while (current && isCompositeCstNode(current)) {
        current = edge === 'first' ? current.content[0] : current.content[current.content.length - 1];
    }
    return current;
}

/**
 * Whether the item's last token is the closing brace of the item's own rule: then the parser finished the item
 * normally (even after recovering from an error inside it) and went on in the enclosing list, as it will now.
 */
function closesItself(last: CstNode, unit: CompositeCstNode): boolean {
    const source = last.grammarSource;
    return GrammarAST.isKeyword(source) && source.value === '}' && last.container?.astNode === unit.astNode
        && AstUtils.getContainerOfType(source, GrammarAST.isParserRule)?.name === unit.astNode.$type;
}

function isOwnNodeOfUnit(node: CompositeCstNode): boolean {
    const astNode = node.astNode;
    return astNode.$cstNode === node && isSpliceUnit(astNode.$type);
}

/** The parser rule the full parse called to build this node, if the node comes from a rule call. */
function calledRule(node: CstNode): string | undefined {
    const source = node.grammarSource;
    return source && GrammarAST.isRuleCall(source) ? source.rule.ref?.name : undefined;
}

/** Why a re-parsed item cannot replace the old one, or undefined when it can. */
function problemWith(parsed: ParseResult<AstNode>, old: CompositeCstNode, unitText: string): string | undefined {
    if (parsed.lexerErrors.length || parsed.lexerReport?.diagnostics.length) return 'the edited item has a token the lexer rejects';
    if (parsed.parserErrors.length) return 'the edited item has a syntax error';
    const cst = parsed.value.$cstNode as CompositeCstNode | undefined;
    if (parsed.value.$type !== old.astNode.$type || !cst) return 'the edit changed what kind of item it is';
    const first = edgeLeaf(cst, 'first');
    const last = edgeLeaf(cst, 'last');
    if (!first || first.offset !== 0 || first.hidden || first.text !== edgeLeaf(old, 'first')?.text || !last || last.end !== unitText.length) {
        return 'the edit moved the item\'s bounds';
    }
    return undefined;
}

/** Puts the re-parsed item in place of `old`, moves what follows, and gives the tree a new root. */
function replace(root: Agreement, old: CompositeCstNode, parsed: ParseResult<AstNode>, text: string): ParseResult<Agreement> {
    const oldNode = old.astNode;
    const newNode = parsed.value;
    const oldRange = old.range;
    const cst = new CompositeCstNodeImpl();
    cst.grammarSource = old.grammarSource;
    adopt(cst, [...(newNode.$cstNode as CompositeCstNode).content]);
    cst.astNode = newNode;
    (newNode as { $cstNode?: CstNode }).$cstNode = cst;
    // The item was parsed from offset 0, line 0: move it to where it stands.
    shiftSubtree(cst, { offset: old.offset, lines: oldRange.start.line, onLine: 0, columns: oldRange.start.character });

    const parent = old.container!;
    (parent.content as CstNode[])[parent.content.indexOf(old)] = cst;
    cst.container = parent;
    const newRange = cst.range;
    const shift = {
        offset: cst.end - old.end,
        lines: newRange.end.line - oldRange.end.line,
        onLine: oldRange.end.line,
        columns: newRange.end.character - oldRange.end.character
    };
    for (let node: CompositeCstNode = cst; node.container; node = node.container) {
        const siblings = node.container.content;
        for (let i = siblings.indexOf(node) + 1; i < siblings.length; i++) shiftSubtree(siblings[i], shift);
        forgetRange(node.container);
    }

    const newRoot = renewRoot(root, text);
    const container = oldNode.$container === root ? newRoot : oldNode.$container!;
    Object.assign(newNode, { $container: container, $containerProperty: oldNode.$containerProperty, $containerIndex: oldNode.$containerIndex });
    const property = oldNode.$containerProperty!;
    const holder = container as unknown as Record<string, unknown>;
    if (oldNode.$containerIndex === undefined) holder[property] = newNode;
    else (holder[property] as AstNode[])[oldNode.$containerIndex] = newNode;
    recordSplice(newRoot, { previous: root, removed: oldNode, inserted: newNode, offset: old.offset, oldEnd: old.end, newEnd: cst.end, shift });
    return { value: newRoot, lexerErrors: [], lexerReport: parsed.lexerReport, parserErrors: [] };
}

/** A new agreement node and CST root over the same children, holding the new text. */
function renewRoot(root: Agreement, text: string): Agreement {
    const oldCst = root.$cstNode as RootCstNodeImpl;
    const cst = new RootCstNodeImpl(text);
    cst.grammarSource = oldCst.grammarSource;
    adopt(cst, [...oldCst.content]);
    const newRoot: Agreement = { ...root, $cstNode: cst };
    cst.astNode = newRoot;
    for (const child of AstUtils.streamContents(newRoot)) (child as { $container?: AstNode }).$container = newRoot;
    return newRoot;
}

function adopt(parent: CompositeCstNode, children: CstNode[]): void {
    (parent as unknown as { content: CstNode[] }).content = children;
    for (const child of children) (child as { container?: CompositeCstNode }).container = parent;
}
