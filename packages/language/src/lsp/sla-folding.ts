/**
 * Folding: every block of three lines or more (Langium's default), block comments, and runs of line comments,
 * such as the paragraph that introduces an agreement.
 */
import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';

export class SlaFoldingRangeProvider extends DefaultFoldingRangeProvider {

    protected override collectCommentFolding(document: LangiumDocument, node: AstNode, acceptor: FoldingRangeAcceptor): void {
        super.collectCommentFolding(document, node, acceptor);
        if (!node.$cstNode) return;
        let run: { start: number, end: number } | undefined;
        let codeLine = -1;
        const flush = () => {
            if (run && run.end > run.start) acceptor({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment });
            run = undefined;
        };
        for (const leaf of CstUtils.flattenCst(node.$cstNode)) {
            if (leaf.tokenType.name !== 'SL_COMMENT' || leaf.range.start.line === codeLine) {
                if (!leaf.hidden) {
                    flush();
                    codeLine = leaf.range.end.line;
                }
                continue;
            }
            const line = leaf.range.start.line;
            if (run && line === run.end + 1) run.end = line;
            else { flush(); run = { start: line, end: line }; }
        }
        flush();
    }
}
