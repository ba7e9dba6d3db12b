/**
 * Formats agreements the way the examples are written: 4-space indentation, one field or entry per line inside a
 * block, single spaces between the tokens of a field, no space before a comma, at most one blank line between
 * entries. Only whitespace between tokens changes, so every token and comment stays; comments keep their line and
 * are indented with the block they are in.
 *
 * Which tokens start a line is read from the grammar: inside `{ ... }`, the first element of each entry or field
 * (a keyword such as `kind`, or a nested rule such as a party or a section). A new field in the grammar is
 * therefore formatted without a change here.
 */
import { GrammarAST, GrammarUtils, isCompositeCstNode, type AstNode, type CompositeCstNode, type CstNode } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction } from 'langium/lsp';
import type { SlaServices } from '../sla-module.js';

/** An entry on its own line, indented one level; an existing blank line before it is kept (at most one). */
const ENTRY: FormattingAction = Formatting.fit(Formatting.indent(), { options: {}, moves: [{ tabs: 1, lines: 2 }] });
/**
 * The rest of a field after a comment that ends its line (`participants Acme, // the provider`): on the next line,
 * one level deeper than the field. A space would put it into the comment; left alone it kept whatever indentation
 * it had, often none or one space.
 */
const CONTINUATION: FormattingAction = { options: {}, moves: [{ tabs: 2, lines: 1 }] };

export class SlaFormatter extends AbstractFormatter {

    private readonly lineStarts: ReadonlySet<GrammarAST.AbstractElement>;

    constructor(services: SlaServices) {
        super();
        this.lineStarts = new Set(services.Grammar.rules.filter(GrammarAST.isParserRule).flatMap(rule => blockEntryStarts(rule.definition)));
    }

    protected format(node: AstNode): void {
        const cst = node.$cstNode;
        if (!cst || !isCompositeCstNode(cst)) return;
        const formatter = this.getNodeFormatter(node);
        let inBlock = false;
        let previous: CstNode | undefined;
        /** The comment right before this token, if any. */
        let lastHidden: CstNode | undefined;
        for (const child of ownChildren(cst)) {
            const keyword = GrammarAST.isKeyword(child.grammarSource) ? child.grammarSource.value : undefined;
            const region = formatter.cst([child]);
            if (child.hidden) {
                if (inBlock) region.prepend(Formatting.indent());
            } else if (!previous) {
                // The node's first token is placed by its parent; the agreement's starts its line.
                if (!node.$container) region.prepend(Formatting.noIndent());
            } else if (keyword === '{') {
                region.prepend(Formatting.oneSpace());
                inBlock = true;
            } else if (keyword === '}') {
                region.prepend(Formatting.newLine());
                inBlock = false;
            } else if (inBlock && child.grammarSource && this.lineStarts.has(child.grammarSource)) {
                const afterBrace = GrammarAST.isKeyword(previous.grammarSource) && previous.grammarSource.value === '{';
                region.prepend(afterBrace ? Formatting.indent() : ENTRY);
            } else if (inBlock && lastHidden && lastHidden.range.end.line < child.range.start.line) {
                region.prepend(CONTINUATION);
            } else {
                region.prepend(keyword === ',' ? Formatting.noSpace() : Formatting.oneSpace());
            }
            if (!child.hidden) previous = child;
            lastHidden = child.hidden ? child : undefined;
        }
    }
}

/**
 * The CST children a node's formatting is about. An unassigned rule call (`Section: PartiesSection | ...`) wraps
 * the node's tokens in a composite of the same node; look through it. A data type rule's composite (`role=PartyRole`)
 * is one token.
 */
function ownChildren(cst: CompositeCstNode): CstNode[] {
    return cst.content.flatMap(child => isCompositeCstNode(child) && child.astNode === cst.astNode && !isDataTypeCall(child.grammarSource)
        ? ownChildren(child) : [child]);
}

function isDataTypeCall(element: GrammarAST.AbstractElement | undefined): boolean {
    return GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref) && GrammarUtils.isDataTypeRule(element.rule.ref);
}

/** The grammar elements that begin an entry of a `{ ... }` block, anywhere in a rule's definition. */
function blockEntryStarts(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement[] {
    if (!GrammarAST.isGroup(element) && !GrammarAST.isAlternatives(element) && !GrammarAST.isUnorderedGroup(element)) {
        return GrammarAST.isAssignment(element) ? blockEntryStarts(element.terminal) : [];
    }
    const elements = element.elements;
    const open = elements.findIndex(e => isBrace(e, '{'));
    const close = elements.findIndex(e => isBrace(e, '}'));
    const body = GrammarAST.isGroup(element) && open >= 0 && close > open ? elements.slice(open + 1, close) : [];
    return [...body.flatMap(firstElements), ...elements.flatMap(blockEntryStarts)];
}

/** The elements an entry can start with. */
function firstElements(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement[] {
    if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) return element.elements.flatMap(firstElements);
    if (GrammarAST.isGroup(element)) return element.elements.length ? firstElements(element.elements[0]) : [];
    if (GrammarAST.isAssignment(element)) return firstElements(element.terminal);
    return [element];
}

function isBrace(element: GrammarAST.AbstractElement, brace: '{' | '}'): boolean {
    return GrammarAST.isKeyword(element) && element.value === brace;
}
