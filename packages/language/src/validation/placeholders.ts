/**
 * Placeholders: what an agreement still holds that the parties have not agreed. Two kinds, both visible in the
 * source and kept by the formatter:
 * - a text with `TODO` in it (`"TODO: provider's legal name"`), where only the parties know the facts;
 * - a number, date or time marked with `?` (`price 1000? EUR per month`, `hours 08:00? to 18:00?`), a value a
 *   template, snippet or quick fix suggested. Deleting the `?` confirms it.
 * The validator lists each one (sla-placeholder), `sla check --ready` fails while any remains, and a rendered
 * agreement that has them carries a DRAFT notice.
 */
import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { type Agreement, isHeaderField, isQuantity, isSection, isStatusField } from '../generated/ast.js';
import { sectionForType } from '../catalogue/sections.js';
import { PLACEHOLDER_MARK, isLongText, withoutPlaceholderMark } from '../parser/text-values.js';
import { headerField } from '../sla-model.js';
import { formatQuantity } from '../units.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';
import { isSuggestedValue, isTodoText, notableLeaves } from './text-leaves.js';

export interface Placeholder {
    /** `todo`: a text to write; `suggested`: a value marked with `?` to confirm or replace. */
    readonly kind: 'todo' | 'suggested';
    /** What the reader sees: the text without its quotes, or the value with its unit, e.g. `99.5 %`. */
    readonly text: string;
    /** The title of the section it is in, or the label of its header field ("Term"). */
    readonly where: string;
    /** The token: for a suggested value, its `?` is at the end. */
    readonly range: Range;
    readonly node: AstNode;
}

const found = new WeakMap<Agreement, readonly Placeholder[]>();

/** The agreement's placeholders in document order (its own, not those of an agreement it refines). */
export function placeholdersOf(agreement: Agreement): readonly Placeholder[] {
    const known = found.get(agreement);
    if (known) return known;
    const placeholders: Placeholder[] = [];
    for (const leaf of notableLeaves(agreement)) {
        if (isTodoText(leaf)) {
            placeholders.push({ kind: 'todo', text: textOf(leaf.text), where: whereOf(leaf.astNode), range: leaf.range, node: leaf.astNode });
        } else if (isSuggestedValue(leaf)) {
            const quantity = AstUtils.getContainerOfType(leaf.astNode, isQuantity);
            const text = quantity ? formatQuantity(quantity) : withoutPlaceholderMark(leaf.text);
            placeholders.push({ kind: 'suggested', text, where: whereOf(leaf.astNode), range: leaf.range, node: leaf.astNode });
        }
    }
    found.set(agreement, placeholders);
    return placeholders;
}

function textOf(token: string): string {
    const quotes = isLongText(token) ? 3 : 1;
    const body = token.slice(quotes, token.endsWith('"') && token.length >= 2 * quotes ? -quotes : undefined);
    return body.replace(/\s+/g, ' ').trim();
}

/** The title-block labels of the header fields a placeholder can be in. */
const HEADER_LABELS: Readonly<Record<string, string>> = {
    EffectiveField: 'Term', MasterAgreementField: 'Master agreement', VersionField: 'Version', TimezoneField: 'Time zone',
    SupersedesField: 'Supersedes'
};

function whereOf(node: AstNode): string {
    const section = AstUtils.getContainerOfType(node, isSection);
    if (section) return sectionForType(section.$type)?.title ?? section.$type;
    return HEADER_LABELS[AstUtils.getContainerOfType(node, isHeaderField)?.$type ?? ''] ?? 'Title';
}

/** Placeholders are errors in an active agreement, which is meant to be signed as written; information otherwise. */
export function placeholderSeverity(agreement: Agreement): 'error' | 'info' {
    return headerField(agreement, isStatusField)?.status === 'active' ? 'error' : 'info';
}

export function checkPlaceholders(agreement: Agreement, accept: ValidationAcceptor): void {
    const severity = placeholderSeverity(agreement);
    const active = severity === 'error' ? ' The agreement is active: it must not be signed with placeholders in it.' : '';
    for (const placeholder of placeholdersOf(agreement)) {
        const message = placeholder.kind === 'todo'
            ? `To do (${placeholder.where}): "${placeholder.text}". Only the parties can fill this in; write what they agreed in place of the TODO.${active}`
            : `Suggested value (${placeholder.where}): ${placeholder.text} was proposed, not agreed. Confirm it by deleting the '${PLACEHOLDER_MARK}', or write the agreed value.${active}`;
        report(accept, severity, IssueCodes.Placeholder, message, { node: placeholder.node, range: placeholder.range },
            { placeholder: placeholder.kind });
    }
}
