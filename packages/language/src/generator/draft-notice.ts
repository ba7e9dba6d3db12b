/**
 * The DRAFT notice of a rendered agreement that still holds placeholders: the list of what remains, built from the
 * same placeholders the validator reports, in the words of the agreement's locale.
 */
import type { Agreement } from '../generated/ast.js';
import { placeholdersOf } from '../validation/placeholders.js';
import type { DraftNotice } from './document-model.js';
import type { ClauseContext } from './clause-context.js';

export function draftNotice(agreement: Agreement, context: ClauseContext): DraftNotice | undefined {
    const placeholders = placeholdersOf(agreement);
    if (placeholders.length === 0) return undefined;
    const count = placeholders.length;
    const words = context.words.document.draft;
    return {
        mark: words.mark(count),
        text: words.text(count),
        items: placeholders.map(placeholder => ({
            line: placeholder.range.start.line,
            text: [words.item(placeholder.where, placeholder.text, placeholder.kind !== 'todo')]
        }))
    };
}
