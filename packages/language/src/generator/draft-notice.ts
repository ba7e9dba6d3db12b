/**
 * The DRAFT notice of a rendered agreement that still holds placeholders: the list of what remains, built from the
 * same placeholders the validator reports, in the words of the agreement's locale.
 */
import { AstUtils, type AstNode } from 'langium';
import { type Agreement, isEffectiveField, isHeaderField, isMasterAgreementField, isSection, isSupersedesField, isTimezoneField, isVersionField } from '../generated/ast.js';
import { placeholdersOf } from '../validation/placeholders.js';
import type { ClauseContext } from './clause-context.js';
import type { DraftNotice } from './document-model.js';

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
            text: [words.item(whereOf(placeholder.node, context), placeholder.text, placeholder.kind !== 'todo')]
        }))
    };
}

/** Where a placeholder is, in the agreement's words: the clause heading of its section or the title-block label. */
function whereOf(node: AstNode, { words: { document } }: ClauseContext): string {
    const section = AstUtils.getContainerOfType(node, isSection);
    if (section) return document.sections[section.$type];
    const field = AstUtils.getContainerOfType(node, isHeaderField);
    const labels = document.facts;
    if (isEffectiveField(field)) return labels.term;
    if (isMasterAgreementField(field)) return labels.masterAgreement;
    if (isVersionField(field)) return labels.version;
    if (isTimezoneField(field)) return labels.timeZone;
    if (isSupersedesField(field)) return labels.supersedes;
    return document.draft.title;
}
