/** Checks on the legal clauses: each clause has its own name and says something. */
import type { ValidationAcceptor } from 'langium';
import type { ClausesSection, LegalClause } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { lineOf, report } from './report.js';

/** Clause names are not references, so the shared name check does not see them; two clauses of one name are confusing. */
export function checkDuplicateClauses(section: ClausesSection, accept: ValidationAcceptor): void {
    const first = new Map<string, LegalClause>();
    for (const clause of section.clauses) {
        if (!clause.name) continue;
        const earlier = first.get(clause.name);
        if (earlier) {
            report(accept, 'error', IssueCodes.DuplicateClause,
                `There is already a clause '${clause.name}' on line ${lineOf(earlier)}. Merge the two, or give this one another name.`,
                { node: clause, property: 'name' }, { name: clause.name });
        } else {
            first.set(clause.name, clause);
        }
    }
}

export function checkClauseHasText(clause: LegalClause, accept: ValidationAcceptor): void {
    const texts = clause.content.flatMap(content => content.$type === 'ClauseList' ? content.items.map(item => item.text) : [content.text]);
    if (texts.length === 0) {
        report(accept, 'warning', IssueCodes.EmptyClause,
            `The clause '${clause.title ?? clause.name}' has no text. Write its terms with 'paragraph "..."' or 'list { item "..." }', or delete it.`,
            { node: clause, property: 'name' });
    }
}
