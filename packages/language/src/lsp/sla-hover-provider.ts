/**
 * Hovers: a keyword explains what it means in that place, with an example (keyword-docs.ts, the table completion
 * uses too); a unit what it measures; the items a share counts (`of tickets`) what the share is of; and a name
 * (declared or referenced) shows the declaration's key facts followed by its doc comment.
 */
import { CstUtils, GrammarAST, GrammarUtils, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isMetricUnit, isQuantity, isRate, isTarget } from '../generated/ast.js';
import { declarationMarkdown } from './declaration-facts.js';
import { keywordDoc, keywordDocumentation, markdown, populationDocumentation, unitDocumentation, type WordDoc } from './keyword-docs.js';

export class SlaHoverProvider extends MultilineCommentHoverProvider {

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const word = leaf && !leaf.hidden ? wordDoc(leaf) : undefined;
        return word ? { contents: { kind: 'markdown', value: markdown(word) } } : super.getHoverContent(document, params);
    }

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

/** A unit of a quantity, a metric or a rate, or the items of a share, under the cursor. */
function wordDoc(leaf: CstNode): WordDoc | undefined {
    const node = leaf.astNode;
    const within = (property: string) => GrammarUtils.findNodesForProperty(node.$cstNode, property)
        .some(field => field.offset <= leaf.offset && leaf.end <= field.end);
    if ((isQuantity(node) && within('unit')) || (isMetricUnit(node) && within('name')) || (isRate(node) && within('per'))) {
        return unitDocumentation(leaf.text);
    }
    if (isTarget(node) && within('population')) return populationDocumentation(leaf.text);
    // Langium finds only word-like keywords; comparators and `%` are found here.
    return GrammarAST.isKeyword(leaf.grammarSource) ? keywordDoc(leaf.grammarSource) : undefined;
}
