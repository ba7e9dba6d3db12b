/**
 * Document model -> a standalone HTML page. Strict Content-Security-Policy: nothing loads except the page's own
 * style and the scripts the caller names, both by nonce; every piece of user text is escaped (html-builder.ts).
 * Each element that stands for a piece of the source carries `data-line` (0-based), for click-to-reveal.
 */
import { isCspNonce, newNonce, type HtmlPageOptions } from '../../sla-protocol.js';
import {
    type AgreementDocument, type Block, type Clause, type Fact, type Inline, type SignatureBlock, type Table, type Text,
    keepUnitsTogether
} from '../document-model.js';
import { PAPER } from '../../locale/locale.js';
import { DOCUMENT_STYLE } from './document-style.js';
import { type Child, Markup, element } from './html-builder.js';

export function renderHtml(document: AgreementDocument, options: HtmlPageOptions = {}): string {
    // A nonce that is not one is never written into the policy (the render request refuses it with a message).
    const nonce = isCspNonce(options.nonce) ? options.nonce : newNonce();
    const scripts = options.scripts ?? [];
    const csp = [
        "default-src 'none'",
        `style-src 'nonce-${nonce}'`,
        scripts.length ? `script-src 'nonce-${nonce}'` : "script-src 'none'",
        "img-src 'none'",
        "base-uri 'none'",
        "form-action 'none'"
    ].join('; ');
    const page = element('html', { lang: document.language },
        element('head', {},
            element('meta', { charset: 'utf-8' }),
            element('meta', { 'http-equiv': 'Content-Security-Policy', content: csp }),
            element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
            element('title', {}, document.title),
            element('style', { nonce }, Markup.trusted(DOCUMENT_STYLE + paperStyle(document))),
            scripts.map(src => element('script', { nonce, src, defer: true }))
        ),
        element('body', {}, renderArticle(document))
    );
    return `<!DOCTYPE html>\n${page.html}\n`;
}

/** The printed page: A4 or US Letter, as the agreement's locale says. */
function paperStyle(document: AgreementDocument): string {
    return `@media print { @page { size: ${PAPER[document.paper].css}; } }\n`;
}

/** The document itself, `<article id="sla-document">`, which a live preview swaps on update. */
export function renderArticle(document: AgreementDocument): Markup {
    return element('article', { id: 'sla-document', class: 'sla-document', 'data-status': document.status },
        draftMark(document),
        titleBlock(document),
        problemsNotice(document),
        draftNotice(document),
        clause(document.summary, 'h2'),
        document.clauses.map(c => clause(c, 'h2')),
        signatures(document)
    );
}

function titleBlock(document: AgreementDocument): Markup {
    const status = document.statusBadge === undefined ? undefined
        : element('span', { class: `status status-${document.status}` }, document.statusBadge);
    return element('header', { class: 'title-block', 'data-line': document.line },
        element('div', { class: 'kicker' }, document.labels.kind),
        element('h1', {}, document.title, status),
        document.subtitle && element('p', { class: 'subtitle' }, document.subtitle),
        document.facts.length > 0 && element('dl', {}, document.facts.map(fact => [
            element('dt', {}, fact.label),
            element('dd', { 'data-line': fact.line }, text(fact.value))
        ]))
    );
}

function problemsNotice({ notice }: AgreementDocument): Markup | undefined {
    return notice && element('aside', { class: `problems has-${notice.severity}s`, role: 'status' }, notice.text);
}

/** On screen a banner above the title; in print a watermark on every page (document-style.ts). */
function draftMark({ draft }: AgreementDocument): Markup | undefined {
    return draft && element('div', { class: 'draft-mark', role: 'note' }, draft.mark);
}

function draftNotice({ draft }: AgreementDocument): Markup | undefined {
    return draft && element('aside', { class: 'draft', role: 'status' },
        element('p', {}, draft.text),
        element('ul', {}, draft.items.map(item => element('li', { 'data-line': item.line }, text(item.text)))));
}

function clause(c: Clause, heading: 'h2' | 'h3'): Markup {
    return element('section', { class: heading === 'h2' ? 'clause' : 'subclause', id: c.anchor, 'data-line': c.line },
        element(heading, {},
            c.number && [element('span', { class: 'number' }, c.number), ' '],
            c.title,
            c.badge && element('span', { class: 'badge' }, c.badge)
        ),
        c.blocks.map(block),
        c.subclauses.map(sub => clause(sub, 'h3'))
    );
}

function block(b: Block): Markup {
    switch (b.kind) {
        case 'paragraph': return element('p', { 'data-line': b.line }, text(b.text));
        case 'note': return element('p', { class: 'note', 'data-line': b.line }, text(b.text));
        case 'list': return element(b.numbering === 'letters' ? 'ol' : 'ul', { class: b.numbering, 'data-line': b.line },
            b.items.map(item => element('li', { 'data-line': item.line }, text(item.text))));
        case 'facts': return element('dl', { class: 'facts', 'data-line': b.line }, b.rows.map(fact));
        case 'table': return table(b);
    }
}

function fact(f: Fact): Child {
    return [element('dt', {}, f.label), element('dd', { 'data-line': f.line }, text(f.value))];
}

function table(t: Table): Markup {
    return element('div', { class: 'table-wrap' },
        element('table', { 'data-line': t.line },
            t.caption && element('caption', {}, t.caption),
            t.widths && element('colgroup', {}, t.widths.map(width => element('col', { class: `w${Math.round(width)}` }))),
            element('thead', {}, element('tr', {}, t.columns.map(column => element('th', { scope: 'col' }, column)))),
            element('tbody', {}, t.rows.map(row =>
                element('tr', { id: row.anchor, 'data-line': row.line }, row.cells.map(cell => element('td', {}, text(cell))))))
        )
    );
}

function signatures({ signatures: blocks, labels }: AgreementDocument): Markup | undefined {
    if (blocks.length === 0) return undefined;
    const words = labels.signatures;
    return element('section', { class: 'signatures', id: 'signatures' },
        element('h2', {}, words.title),
        element('p', {}, words.intro),
        element('div', { class: 'signature-grid' }, blocks.map((signature: SignatureBlock) =>
            element('div', { class: 'signature', 'data-line': signature.line },
                element('p', { class: 'for' }, words.onBehalfOf),
                element('p', { class: 'party' }, signature.legalName),
                element('p', { class: 'muted' }, `${signature.quotedName}, ${signature.role}`),
                element('div', { class: 'sign-here' }),
                element('p', { class: 'sign-caption' }, words.signature),
                element('dl', {},
                    element('dt', {}, words.name), element('dd', {}, signature.signatory ?? ''),
                    element('dt', {}, words.position), element('dd', {}, signature.position ?? ''),
                    element('dt', {}, words.date), element('dd', {})
                )
            )))
    );
}

function text(t: Text): Child[] {
    return t.map(inline);
}

function inline(i: Inline): Child {
    if (typeof i === 'string') return keepUnitsTogether(i);
    if ('lineBreak' in i) return element('br');
    const content = keepUnitsTogether(i.text);
    if (i.link) return element('a', { href: `#${i.link}` }, content);
    switch (i.style) {
        case 'strong': return element('strong', {}, content);
        case 'muted': return element('span', { class: 'muted' }, content);
        default: return content;
    }
}
