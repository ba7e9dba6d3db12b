/** The general terms: each legal clause a subclause, its paragraphs and lists as written. */
import type { ClauseContent, ClausesSection } from '../../generated/ast.js';
import { paragraphsOf } from '../../parser/text-values.js';
import { type ClauseBuilder, anchors, lineOf } from '../clause-context.js';
import type { Block } from '../document-model.js';

export const clausesClause: ClauseBuilder<ClausesSection> = sections => {
    const clauses = sections.flatMap(section => section.clauses);
    if (clauses.length === 0) return undefined;
    return {
        blocks: [],
        subclauses: clauses.map(clause => ({
            title: clause.title ?? clause.name ?? '?',
            anchor: anchors.clause(`general-${clause.name ?? ''}`),
            line: lineOf(clause),
            blocks: clause.content.flatMap(contentBlocks),
            subclauses: []
        }))
    };
};

/** A paragraph of a long text with blank lines in it is several paragraphs; a list is bulleted. */
function contentBlocks(content: ClauseContent): Block[] {
    if (content.$type === 'ClauseParagraph') {
        return paragraphsOf(content.text ?? '').map(text => ({ kind: 'paragraph', text: [text], line: lineOf(content) }));
    }
    return content.items.length ? [{
        kind: 'list', numbering: 'bullets', line: lineOf(content),
        items: content.items.map(item => ({ text: [item.text ?? ''], line: lineOf(item) }))
    }] : [];
}
