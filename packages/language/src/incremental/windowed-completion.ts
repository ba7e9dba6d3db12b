/**
 * Completion that reads only the item around the cursor, whatever the size of the agreement. Langium's completion
 * does two things with the whole text on every request:
 * - it lexes all of it to find the token at the cursor and the one before it. Inside an item, those two tokens
 *   lie between the item's first token and its closing token, in the parts of the item at and before the cursor,
 *   and lexing only those finds the same ones: their bounds are token bounds, because the syntax tree was built
 *   from this very text;
 * - it runs its completion parser over all the text before the cursor, for the grammar elements that may come
 *   there. Inside an item or section that the incremental parser may re-parse alone (splice-units.ts), the parser
 *   starts at the item's first token with the rule the agreement's parse called there, after the rule calls that
 *   lead to it: the same elements, as long as nothing before the item was read differently (the agreement has
 *   no syntax error before it) and the item's text up to the cursor has none either (a parser recovers from an
 *   error depending on the rules around it). Anywhere else (the header, between sections) the whole text is read.
 * test/incremental/item-completion.test.ts compares both at every token of the examples and generated agreements.
 */
import { EOF } from 'chevrotain';
import {
    AstUtils, GrammarAST, GrammarUtils, isCompositeCstNode, type CompositeCstNode, type CstNode, type LangiumDocument,
    type TextDocument
} from 'langium';
import {
    DefaultCompletionProvider, findNextFeatures, type CompletionBacktrackingInformation, type CompletionContext, type NextFeature
} from 'langium/lsp';
import type { Position } from 'vscode-languageserver';
import { ItemCompletionParser } from './item-completion-parser.js';
import { isSpliceUnit } from './splice-units.js';

export class WindowedCompletionProvider extends DefaultCompletionProvider {

    /** The syntax tree of the document being completed, while its contexts are built. */
    private tree?: CompositeCstNode;
    /**
     * Where the document's parse met its first syntax error, while its contexts are built. Another request may
     * build its contexts meanwhile (the provider awaits between contexts): the text is compared before the tree is
     * used, and without it the whole text is read.
     */
    private firstError = Infinity;

    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        this.tree = document.parseResult.value.$cstNode as CompositeCstNode | undefined;
        this.firstError = firstErrorOffset(document);
        try {
            yield* super.buildContexts(document, position);
        } finally {
            this.tree = undefined;
        }
    }

    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const text = document.getText();
        const unit = this.tree && this.tree.root.fullText === text && this.completionParser instanceof ItemCompletionParser
            ? innermostUnit(this.tree, offset) : undefined;
        const calls = !unit || unit.offset >= this.firstError ? undefined : ruleCallsTo(unit, GrammarUtils.getEntryRule(this.grammar));
        if (!unit || !calls) return super.findFeaturesAt(document, offset);
        // Without a syntax error before the cursor, the items of a list before the cursor's item may be left out.
        const skipped = this.firstError >= offset ? itemsToSkip(unit, offset) : undefined;
        const input = skipped ? text.slice(unit.offset, skipped.start) + text.slice(skipped.end, offset) : text.slice(unit.offset, offset);
        const result = (this.completionParser as ItemCompletionParser).parseAs(input, calls.at(-1)!.rule.ref!.name);
        if (!result) return super.findFeaturesAt(document, offset);
        const stack: GrammarAST.AbstractElement[] = [...calls, ...result.elementStack];
        return findNextFeatures([stack.map(feature => ({ feature }))], result.tokens.slice(result.tokenIndex));
    }

    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const window = this.tree && this.tree.root.fullText === text ? windowAround(this.tree, offset) : undefined;
        if (!window) return super.backtrackToAnyToken(text, offset);
        const start = window.start;
        const found = super.backtrackToAnyToken(text.slice(start, window.end), offset - start);
        return {
            nextTokenStart: found.nextTokenStart + start,
            nextTokenEnd: found.nextTokenEnd + start,
            previousTokenStart: found.previousTokenStart === undefined ? undefined : found.previousTokenStart + start,
            previousTokenEnd: found.previousTokenEnd === undefined ? undefined : found.previousTokenEnd + start
        };
    }
}

/**
 * The smallest item or section that may be read alone (splice-units.ts) whose first token ends at or before the
 * offset and whose closing token starts at or after it.
 */
function innermostUnit(root: CompositeCstNode, offset: number): CompositeCstNode | undefined {
    let found: CompositeCstNode | undefined;
    for (let node: CompositeCstNode = root; ;) {
        const child = node.content.find(c => c.offset < offset && offset <= c.end);
        if (!child || !isCompositeCstNode(child)) return found;
        if (child.astNode.$cstNode === child && isSpliceUnit(child.astNode.$type)) {
            const first = firstLeaf(child);
            const last = lastToken(child);
            if (first && !first.hidden && first.end <= offset && last && offset <= last.offset) found = child;
        }
        node = child;
    }
}

/**
 * The items of a list (`levels+=Level*`) that the parser may leave out before the cursor: it is in the same state
 * after each item of the list, so reading the section's opening and then the last complete item before the cursor
 * ends where reading them all does, and what is read does not grow with the number of items. Only whole items
 * next to each other, made by the same rule call; the last one is read (a list of `+` needs one).
 */
function itemsToSkip(unit: CompositeCstNode, offset: number): { start: number, end: number } | undefined {
    let own = unit;
    // A section's node wraps the node of its own rule.
    while (own.content.length === 1 && isCompositeCstNode(own.content[0])) own = own.content[0];
    let run: CstNode[] = [];
    for (const child of own.content) {
        if (child.end > offset) break;
        if (isCompositeCstNode(child) && isListItem(child) && (run.length === 0 || run[0].grammarSource === child.grammarSource)) run.push(child);
        else if (isCompositeCstNode(child) && isListItem(child)) run = [child];
        else if (!child.hidden) run = [];
    }
    return run.length < 2 ? undefined : { start: run[0].offset, end: run.at(-1)!.offset };
}

/** Whether the node is one of a list's items: made by a rule call assigned with `+=` under `*` or `+`. */
function isListItem(node: CstNode): boolean {
    const call = node.grammarSource;
    const assignment = call?.$container;
    return GrammarAST.isRuleCall(call) && GrammarAST.isAssignment(assignment) && assignment.operator === '+='
        && (assignment.cardinality === '*' || assignment.cardinality === '+');
}

/**
 * The rule calls that lead from the entry rule (the agreement's) to the node, as the completion parser stacks them:
 * each node's call must stand in the rule its parent called, without arguments. Undefined where the path does not
 * show every call (a fragment rule makes no node of its own) or the item's rule takes arguments.
 */
function ruleCallsTo(node: CompositeCstNode, entry: GrammarAST.ParserRule | undefined): GrammarAST.RuleCall[] | undefined {
    const calls: GrammarAST.RuleCall[] = [];
    for (let current: CompositeCstNode = node; current.container; current = current.container) {
        const call = current.grammarSource;
        const parent = current.container;
        const parentRule = parent.container ? calledRule(parent) : entry;
        if (!GrammarAST.isRuleCall(call) || call.arguments.length || !parentRule
            || AstUtils.getContainerOfType(call, GrammarAST.isParserRule) !== parentRule) return undefined;
        calls.unshift(call);
    }
    return calls;
}

function calledRule(node: CstNode): GrammarAST.AbstractRule | undefined {
    const source = node.grammarSource;
    return GrammarAST.isRuleCall(source) ? source.rule.ref : undefined;
}

/** Where the first lexer or parser error of the document's parse is; Infinity when it has none. */
function firstErrorOffset(document: LangiumDocument): number {
    const { lexerErrors, lexerReport, parserErrors } = document.parseResult;
    const offsets = [
        ...lexerErrors.map(error => error.offset),
        ...(lexerReport?.diagnostics ?? []).map(diagnostic => diagnostic.offset),
        // An error at the end of the text lies after every item.
        ...parserErrors.map(error => error.token.tokenType === EOF ? Infinity : error.token.startOffset)
    ];
    return offsets.reduce((first, offset) => Math.min(first, offset), Infinity);
}

/**
 * The stretch to lex for the token at the offset and the one before it: within the smallest node around the
 * offset, from its child before the one at the offset to that one. Children start and end on token bounds; the
 * token at the offset is the first to end after it, so it lies in the first child that ends after the offset,
 * and the one before it there or in the child before (the node's first token ends before the offset).
 */
function windowAround(root: CompositeCstNode, offset: number): { start: number, end: number } | undefined {
    const node = innermostAround(root, offset);
    if (!node) return undefined;
    const children = node.content.filter(child => isCompositeCstNode(child) || !child.hidden);
    const at = children.findIndex(child => child.end > offset);
    if (at < 0) return { start: node.offset, end: node.end };
    return { start: children[Math.max(0, at - 1)].offset, end: children[at].end };
}

/** The smallest node whose first token ends at or before the offset and whose last token starts at or after it. */
function innermostAround(root: CompositeCstNode, offset: number): CompositeCstNode | undefined {
    let found: CompositeCstNode | undefined;
    let node: CompositeCstNode = root;
    for (;;) {
        const child = node.content.find(c => isCompositeCstNode(c) && encloses(c, offset));
        if (!child || !isCompositeCstNode(child)) return found;
        found = child;
        node = child;
    }
}

function encloses(node: CompositeCstNode, offset: number): boolean {
    if (node.offset >= offset || node.end <= offset) return false;
    const first = firstToken(node);
    const last = lastToken(node);
    return first !== undefined && last !== undefined && first !== last && first.end <= offset && offset <= last.offset;
}

function firstLeaf(node: CstNode): CstNode | undefined {
    let current: CstNode | undefined = node;
    while (current && isCompositeCstNode(current)) current = current.content[0];
    return current;
}

function firstToken(node: CstNode): CstNode | undefined {
    let current: CstNode | undefined = node;
    while (current && isCompositeCstNode(current)) current = current.content.find(child => isCompositeCstNode(child) || !child.hidden);
    return current;
}

function lastToken(node: CstNode): CstNode | undefined {
    let current: CstNode | undefined = node;
    while (current && isCompositeCstNode(current)) {
        const children: readonly CstNode[] = current.content;
        let i = children.length - 1;
        while (i >= 0 && !isCompositeCstNode(children[i]) && children[i].hidden) i--;
        current = children[i];
    }
    return current;
}
