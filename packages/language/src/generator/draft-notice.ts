/**
 * The DRAFT notice of a rendered agreement that still holds placeholders: its wording (in one place, for the
 * locale bundles) and the list of what remains, built from the same placeholders the validator reports.
 */
import type { Agreement } from '../generated/ast.js';
import { placeholdersOf } from '../validation/placeholders.js';
import type { DraftNotice } from './document-model.js';
import { plural } from './format.js';

export function draftNotice(agreement: Agreement): DraftNotice | undefined {
    const placeholders = placeholdersOf(agreement);
    if (placeholders.length === 0) return undefined;
    const count = placeholders.length;
    return {
        mark: `DRAFT · ${plural(count, 'placeholder')} to resolve`,
        text: `Draft, not ready to sign: ${plural(count, 'placeholder')} ${count === 1 ? 'remains' : 'remain'}. `
            + 'Texts marked TODO must be written, and values marked as suggested must be confirmed by the parties.',
        items: placeholders.map(placeholder => ({
            line: placeholder.range.start.line,
            text: [placeholder.kind === 'todo'
                ? `${placeholder.where}: ${placeholder.text}`
                : `${placeholder.where}: ${placeholder.text} (suggested, not agreed)`]
        }))
    };
}
