/**
 * The agreement's `locale` must be one the renderer has words for; otherwise the agreement would silently render
 * in the default locale's spelling, dates and paper. The diagnostic names the locales meant most likely.
 */
import type { ValidationAcceptor } from 'langium';
import type { LocaleField } from '../generated/ast.js';
import { findLocale, LOCALES } from '../locale/locales.js';
import { closeNames, quotedList } from './close-names.js';
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

/** Common ways of writing a region that BCP 47 spells otherwise. */
const REGION_ALIASES: Readonly<Record<string, string>> = { uk: 'gb' };

/**
 * The known locales a written tag most likely means: `en_US` -> en-US, `en-UK` -> en-GB, `en` or `en-AU` -> every
 * English locale, `English` or `Deutsch` -> the locales of that language, `US` or `UK` -> the locale of that
 * country, else the tags a typo away.
 */
export function localeSuggestions(written: string): string[] {
    const [language = '', region = ''] = written.trim().toLowerCase().split(/[-_\s]+/);
    const exact = findLocale(`${language}-${REGION_ALIASES[region] ?? region}`);
    if (exact) return [exact.tag];
    const sameLanguage = LOCALES.filter(locale => locale.tag.toLowerCase().startsWith(`${language}-`)
        || locale.name.toLowerCase().startsWith(language) && language.length >= 3);
    if (sameLanguage.length) return sameLanguage.map(locale => locale.tag);
    const country = REGION_ALIASES[language] ?? language;
    const sameCountry = LOCALES.filter(locale => !region && locale.tag.toLowerCase().endsWith(`-${country}`));
    if (sameCountry.length) return sameCountry.map(locale => locale.tag);
    return closeNames(written, LOCALES.map(locale => locale.tag));
}
