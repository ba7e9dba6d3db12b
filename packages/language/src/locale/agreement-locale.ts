/** Which locale an agreement is rendered in: its own `locale`, else that of the agreement it refines, else the default. */
import { type Agreement, isLocaleField } from '../generated/ast.js';
import { ancestors, headerField } from '../sla-model.js';
import type { Locale } from './locale.js';
import { localeOrDefault } from './locales.js';

export function agreementLocale(agreement: Agreement): Locale {
    const written = [agreement, ...ancestors(agreement)].map(a => headerField(a, isLocaleField)?.tag).find(tag => tag !== undefined);
    return localeOrDefault(written);
}
