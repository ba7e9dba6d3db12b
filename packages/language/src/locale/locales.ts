/**
 * The locales an agreement can say (`locale en-US`) and the default when it says none. Adding a language is one
 * file that exports its locales (see de.ts) and one entry in LOCALES.
 */
import { ENGLISH_LOCALES } from './en.js';
import { GERMAN_LOCALES } from './de.js';
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
