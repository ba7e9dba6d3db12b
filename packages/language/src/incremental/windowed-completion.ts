/**
 * Completion without lexing the whole agreement to find the tokens around the cursor. Langium's completion lexes
 * the entire text on every request to find the token at the cursor and the one before it. Inside an item, those
 * two tokens lie between the item's first token and its closing token, and lexing only the item's text finds the
 * same ones: the item's bounds are token bounds, because its syntax tree was built from this very text.
 */
import { isCompositeCstNode, type CompositeCstNode, type CstNode, type LangiumDocument } from 'langium';
import { DefaultCompletionProvider, type CompletionBacktrackingInformation, type CompletionContext } from 'langium/lsp';
import type { Position } from 'vscode-languageserver';

export class WindowedCompletionProvider extends DefaultCompletionProvider {

    /** The syntax tree of the document being completed, while its contexts are built. */
    private tree?: CompositeCstNode;

    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        this.tree = document.parseResult.value.$cstNode as CompositeCstNode | undefined;
        try {
            yield* super.buildContexts(document, position);
        } finally {
            this.tree = undefined;
        }
    }

    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const window = this.tree && this.tree.root.fullText === text ? innermostAround(this.tree, offset) : undefined;
        if (!window) return super.backtrackToAnyToken(text, offset);
        const start = window.offset;
        const found = super.backtrackToAnyToken(text.slice(start, window.end), offset - start);
        return {
            nextTokenStart: found.nextTokenStart + start,
            nextTokenEnd: found.nextTokenEnd + start,
            previousTokenStart: found.previousTokenStart === undefined ? undefined : found.previousTokenStart + start,
            previousTokenEnd: found.previousTokenEnd === undefined ? undefined : found.previousTokenEnd + start
        };
    }
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
