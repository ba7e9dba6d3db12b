/**
 * What every agreement template is written from: the parties' legal names and the short names the agreement uses
 * for them, the term, and the locale with the currency and time zone. Short names are derived from the legal names
 * ("Acme Managed Services GmbH" -> `Acme`), the currency and time zone from the locale (en-US: USD,
 * America/New_York), so a template is complete with nothing but the two names.
 */
import { clausesSectionText, libraryClause } from '../../catalogue/clause-library.js';
import { DEFAULT_LOCALE, findLocale, LOCALES, localeSuggestions } from '../../locale/locales.js';
import { markedAsSuggested, SUGGESTIBLE_VALUE } from '../../parser/text-values.js';
import { CURRENCIES } from '../../units.js';
import { closeNames, quotedList } from '../../validation/close-names.js';

export interface TemplateParameters {
    /** The provider's legal name, e.g. "Acme Managed Services GmbH". */
    readonly provider: string;
    /** The customer's legal name. */
    readonly customer: string;
    /** The first day of the term, `YYYY-MM-DD`; by default the first day of next month. */
    readonly start?: string;
    /** The locale the agreement is rendered in, e.g. `en-US`; by default en-GB. */
    readonly locale?: string;
    /** The ISO 4217 currency of its prices, e.g. `USD`; by default the locale's. */
    readonly currency?: string;
    /** The IANA time zone it is measured in, e.g. `America/Chicago`; by default the locale's. */
    readonly timeZone?: string;
}

export interface TemplateParty {
    /** The short name used in the agreement: an identifier. */
    readonly name: string;
    /** The legal name as a string literal, quotes included. */
    readonly legal: string;
}

export interface TemplateContext {
    readonly provider: TemplateParty;
    readonly customer: TemplateParty;
    /** The first day of the term. */
    readonly start: string;
    /** The locale tag, the currency code and the time zone, checked and in their canonical spelling. */
    readonly locale: string;
    readonly currency: string;
    readonly timeZone: string;
    /** `months` after the start (minus a day when `lastDay`), `YYYY-MM-DD`. */
    date(months: number, lastDay?: boolean): string;
}

/** How the parties change and review an agreement: what differs between templates. */
export interface GovernanceTerms {
    readonly notice: string;
    readonly procedure: string;
    /** The review cadence, e.g. `6 months` or `quarter`, and the months from the start to the first review. */
    readonly every: string;
    readonly firstReviewAfter: number;
    readonly triggers: readonly string[];
}

/** The `changes` and `review` sections every template ends with: both parties propose, approve and review. */
export function governanceSections({ provider, customer, date }: TemplateContext, terms: GovernanceTerms): string {
    const both = `${provider.name}, ${customer.name}`;
    return `    changes {
        proposed by ${both}
        approved by ${both}
        notice ${terms.notice}
        procedure "${terms.procedure}"
    }

    review {
        every ${terms.every}
        next ${date(terms.firstReviewAfter)}
        participants ${both}
${terms.triggers.map(trigger => `        trigger "${trigger}"`).join('\n')}
    }`;
}

/** The `clauses` section with the named library clauses, indented as a template's section. */
export function clausesSection(names: readonly string[]): string {
    const clauses = names.map(name => libraryClause(name)).filter(clause => clause !== undefined);
    return clausesSectionText(clauses).split('\n').map(line => line ? `    ${line}` : line).join('\n');
}

/**
 * Marks every number, date and time of a template's text with `?`: they are suggestions until the parties confirm
 * them (validation/placeholders.ts). Texts, comments, names (`P1`), the version and the values the user gave
 * (`agreed`, e.g. the start date of `sla new --start`) are left as they are.
 */
export function markSuggestedValues(text: string, agreed: readonly string[] = []): string {
    return text.replace(SUGGESTED_VALUES, (match, value: string | undefined) => value && !agreed.includes(value) ? markedAsSuggested(value) : match);
}

const SUGGESTED_VALUES = new RegExp([
    /"""[\s\S]*?"""/.source, /"(?:\\.|[^"\\\n])*"/.source, /\/\/[^\n]*/.source, /\/\*[\s\S]*?\*\//.source,
    /\bversion\s+[\d.]+/.source, /[A-Za-z_]\w*/.source,
    `(${SUGGESTIBLE_VALUE.source})`
].join('|'), 'g');

/** Thrown for parameters no agreement can be written from; the message is one line for the user. */
export class TemplateParameterError extends Error { }

/** Words in legal names that do not tell parties apart. */
const LEGAL_FORMS = new Set(['ag', 'ab', 'as', 'asa', 'bv', 'co', 'company', 'corp', 'corporation', 'gmbh', 'inc', 'kg',
    'limited', 'llc', 'llp', 'ltd', 'mbh', 'nv', 'oy', 'plc', 'pty', 'sa', 'sarl', 'se', 'spa', 'srl', 'the']);

/**
 * Resolves the parameters for a template. A party's short name never collides with a name the template itself
 * uses (a service `Helpdesk`, a metric `Uptime`) or with the other party's: the template is written once with
 * placeholder parties, and a short name that occurs in that text as a word is not taken.
 */
export function templateContext(parameters: TemplateParameters, write: (context: TemplateContext) => string, today = new Date()): TemplateContext {
    const provider = legalName(parameters.provider, '--provider');
    const customer = legalName(parameters.customer, '--customer');
    const start = parameters.start ?? firstOfNextMonth(today);
    if (!isDate(start)) throw new TemplateParameterError(`the start date must be a date written YYYY-MM-DD (got '${start}')`);
    const regional = regionalSettings(parameters);
    const context = (providerParty: TemplateParty, customerParty: TemplateParty): TemplateContext => ({
        provider: providerParty, customer: customerParty, start, ...regional,
        date: (months, lastDay = false) => addMonths(start, months, lastDay)
    });
    const probe = write(context(PLACEHOLDER, PLACEHOLDER));
    const isTaken = (name: string) => new RegExp(`\\b${name}\\b`).test(probe);
    const providerName = shortName(provider, 'Provider', isTaken);
    const customerName = shortName(customer, 'Customer', name => name === providerName || isTaken(name));
    return context({ name: providerName, legal: quoted(provider) }, { name: customerName, legal: quoted(customer) });
}

export interface RegionalSettings {
    readonly locale: string;
    readonly currency: string;
    readonly timeZone: string;
}

/** The locale, currency and time zone a template is written in: as given (checked, canonical), else the locale's. */
export function regionalSettings(parameters: Pick<TemplateParameters, 'locale' | 'currency' | 'timeZone'>): RegionalSettings {
    const locale = localeOf(parameters.locale);
    return {
        locale: locale.tag,
        currency: parameters.currency === undefined ? locale.currency : currencyOf(parameters.currency),
        timeZone: parameters.timeZone === undefined ? locale.timeZone : timeZoneOf(parameters.timeZone)
    };
}

function localeOf(tag: string | undefined): { tag: string, currency: string, timeZone: string } {
    if (tag === undefined) return DEFAULT_LOCALE;
    const locale = findLocale(tag.trim());
    if (locale) return locale;
    const close = localeSuggestions(tag);
    throw new TemplateParameterError(`there is no locale '${tag}'; ${close.length ? `did you mean ${quotedList(close)}? ` : ''}`
        + `locales: ${LOCALES.map(l => l.tag).join(', ')}`);
}

function currencyOf(code: string): string {
    const upper = code.trim().toUpperCase();
    if (CURRENCIES.includes(upper)) return upper;
    const close = closeNames(upper, CURRENCIES);
    throw new TemplateParameterError(`'${code}' is not a currency code the language knows; `
        + (close.length ? `did you mean ${quotedList(close)}?` : 'use an ISO 4217 code such as EUR, USD or GBP'));
}

/** An IANA time zone in its canonical spelling (`europe/berlin` -> `Europe/Berlin`), as Intl knows it. */
function timeZoneOf(zone: string): string {
    try {
        return new Intl.DateTimeFormat('en', { timeZone: zone.trim() }).resolvedOptions().timeZone;
    } catch {
        throw new TemplateParameterError(`'${zone}' is not a time zone; use an IANA name such as Europe/Berlin, America/New_York or UTC`);
    }
}

/** A party that cannot clash with any word of a template. */
const PLACEHOLDER: TemplateParty = { name: '__party__', legal: '"__party__"' };

function legalName(name: string, option: string): string {
    const trimmed = name.replace(/\s+/g, ' ').trim();
    if (!trimmed) throw new TemplateParameterError(`${option} must name the party, e.g. ${option} "Acme Ltd."`);
    return trimmed;
}

/** The first word of the legal name that is not a legal form, as an identifier; longer when that is taken. */
function shortName(legal: string, fallback: string, isTaken: (name: string) => boolean): string {
    const words = legal.normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9]+/)
        .filter(word => word && !LEGAL_FORMS.has(word.toLowerCase()))
        .map(word => word[0].toUpperCase() + word.slice(1));
    const candidates = words.map((_, i) => words.slice(0, i + 1).join('')).map(name => /^[0-9]/.test(name) ? `${fallback}${name}` : name);
    const free = candidates.find(name => !isTaken(name));
    if (free) return free;
    let name = candidates[0] ?? fallback;
    for (let i = 2; isTaken(name); i++) name = `${candidates[0] ?? fallback}${i}`;
    return name;
}

function quoted(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function isDate(text: string): boolean {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return false;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.toISOString().startsWith(text);
}

/** `YYYY-MM-DD` of the first day of the month after `today`. */
export function firstOfNextMonth(today: Date): string {
    return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}

/** `start` plus `months`; with `lastDay`, the day before that (`2026-03-01`, 12 -> `2027-02-28`: the last day of a term). */
export function addMonths(start: string, months: number, lastDay: boolean): string {
    const [year, month, day] = start.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1 + months, day - (lastDay ? 1 : 0)));
    return date.toISOString().slice(0, 10);
}
