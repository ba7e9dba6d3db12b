/**
 * Building HTML so that escaping is the default: text is always escaped, attribute values always quoted and
 * escaped, and markup can only come from `element`, whose tag and attribute names are checked. The rendered
 * agreement is untrusted content; there is no way to pass user text through unescaped.
 */

import { documentText } from '../../text-safety.js';

/** Markup produced by `element`; the only kind of child that is not escaped. */
export class Markup {
    private constructor(readonly html: string) { }

    /** For the renderer's own constant markup (doctype); never for user text. */
    static trusted(html: string): Markup {
        return new Markup(html);
    }
}

export type Child = string | Markup | undefined | false | readonly Child[];
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values; control characters become U+FFFD, stray bidi controls are isolated. */
export function escapeHtml(text: string): string {
    return documentText(text).replace(/[&<>"']/g, char => ESCAPES[char]);
}

const NAME = /^[a-z][a-z0-9-]*$/;
const VOID = new Set(['meta', 'link', 'br', 'col', 'hr', 'img', 'input']);

/** `<tag attributes>children</tag>`; `false`/`undefined` attributes and children are left out. */
export function element(tag: string, attributes: Attributes = {}, ...children: Child[]): Markup {
    if (!NAME.test(tag)) throw new Error(`invalid tag name '${tag}'`);
    const attrs = Object.entries(attributes)
        .filter(([, value]) => value !== undefined && value !== false)
        .map(([name, value]) => {
            if (!NAME.test(name)) throw new Error(`invalid attribute name '${name}'`);
            return value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
        }).join('');
    if (VOID.has(tag)) return Markup.trusted(`<${tag}${attrs}>`);
    return Markup.trusted(`<${tag}${attrs}>${serialize(children)}</${tag}>`);
}

/** Children as HTML: strings escaped, markup as it is. */
export function serialize(children: readonly Child[]): string {
    return children.map(child => {
        if (child === undefined || child === false) return '';
        if (typeof child === 'string') return escapeHtml(child);
        if (child instanceof Markup) return child.html;
        return serialize(child);
    }).join('');
}
