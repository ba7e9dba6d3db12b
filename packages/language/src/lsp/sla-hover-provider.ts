/**
 * Hovers: a section keyword explains what the section is for (the catalogue's "why"), an enumerated word what it
 * means, and a name (declared or referenced) shows the declaration's key facts followed by its doc comment.
 */
import type { AstNode, GrammarAST, MaybePromise } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover } from 'vscode-languageserver';
import { declarationMarkdown } from './declaration-facts.js';
import { keywordDocumentation } from './keyword-docs.js';

export class SlaHoverProvider extends MultilineCommentHoverProvider {

    protected override async getAstNodeHoverContent(node: AstNode): Promise<string | undefined> {
        const facts = declarationMarkdown(node);
        const comment = await super.getAstNodeHoverContent(node);
        return [facts, comment].filter(Boolean).join('\n\n---\n\n') || undefined;
    }

    protected override getKeywordHoverContent(keyword: GrammarAST.Keyword): MaybePromise<Hover | undefined> {
        const value = keywordDocumentation(keyword);
        return value ? { contents: { kind: 'markdown', value } } : undefined;
    }
}
