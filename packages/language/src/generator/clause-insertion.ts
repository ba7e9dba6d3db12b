/**
 * Adding a clause of the clause library (catalogue/clause-library.ts), for the editor's "Insert Clause..."
 * command: at the end of the agreement's `clauses` section, or in a new `clauses` section at its canonical place.
 */
import type { LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import { CLAUSE_LIBRARY, clausesSectionText, clauseText, libraryClause, type LibraryClause } from '../catalogue/clause-library.js';
import { type Agreement, isClausesSection } from '../generated/ast.js';
import { planSectionInsertion } from './section-insertion.js';
import { appendToBlock } from './text-layout.js';

/** The library clauses the agreement does not have yet (by name), in the library's order. */
export function missingLibraryClauses(agreement: Agreement): LibraryClause[] {
    const present = new Set(agreement.sections.filter(isClausesSection).flatMap(section => section.clauses.map(clause => clause.name)));
    return CLAUSE_LIBRARY.filter(clause => !present.has(clause.name));
}

/** The edits that add one library clause; none when the name is unknown or the agreement already has it. */
export function planClauseInsertion(document: LangiumDocument<Agreement>, name: string): TextEdit[] {
    const agreement = document.parseResult.value;
    const clause = libraryClause(name);
    if (!clause || !missingLibraryClauses(agreement).includes(clause)) return [];
    const section = agreement.sections.find(isClausesSection);
    if (section) {
        const edit = appendToBlock(document, section, [clauseText(clause)]);
        return edit ? [edit] : [];
    }
    return planSectionInsertion(document, ['clauses'], { clauses: clausesSectionText([clause]) })?.edits ?? [];
}
