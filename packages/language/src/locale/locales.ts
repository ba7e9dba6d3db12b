/**
 * The locales an agreement can say (`locale en-US`) and the default when it says none. Adding a language is one
 * file that exports its locales (see de.ts) and one entry in LOCALES.
 */
import { ENGLISH_LOCALES } from './en.js';
import { GERMAN_LOCALES } from './de.js';
import { closeNames } from '../validation/close-names.js';
import type { Locale } from './locale.js';

export const LOCALES: readonly Locale[] = [...ENGLISH_LOCALES, ...GERMAN_LOCALES];

/** An agreement without `locale` is rendered in British English on A4, as before locales existed. */
export const DEFAULT_LOCALE_TAG = 'en-GB';

/** The locale of a tag, matched without regard to case (BCP 47 tags are case-insensitive); undefined if unknown. */
export function findLocale(tag: string | undefined): Locale | undefined {
    const wanted = tag?.toLowerCase();
    return wanted === undefined ? undefined : LOCALES.find(locale => locale.tag.toLowerCase() === wanted);
}

export const DEFAULT_LOCALE: Locale = findLocale(DEFAULT_LOCALE_TAG)!;

/** The locale of a tag, or the default when the agreement says none or one that does not exist (a diagnostic says so). */
export function localeOrDefault(tag: string | undefined): Locale {
    return findLocale(tag) ?? DEFAULT_LOCALE;
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
