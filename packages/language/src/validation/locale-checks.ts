/**
 * The agreement's `locale` must be one the renderer has words for; otherwise the agreement would silently render
 * in the default locale's spelling, dates and paper. The diagnostic names the locales meant most likely.
 */
import type { ValidationAcceptor } from 'langium';
import type { LocaleField } from '../generated/ast.js';
import { findLocale, LOCALES, localeSuggestions } from '../locale/locales.js';
import { quotedList } from './close-names.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';

export function checkLocale(field: LocaleField, accept: ValidationAcceptor): void {
    if (field.tag === undefined || findLocale(field.tag)) return;
    const candidates = localeSuggestions(field.tag);
    const hint = candidates.length ? `Did you mean ${quotedList(candidates)}?` : `Use one of ${quotedList(LOCALES.map(l => l.tag))}.`;
    report(accept, 'error', IssueCodes.UnknownLocale,
        `'${field.tag}' is not a locale the agreement can be rendered in. ${hint} The locale sets the language, the date and number formats and the paper size.`,
        { node: field, property: 'tag' }, { tag: field.tag, candidates });
}
