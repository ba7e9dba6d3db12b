/**
 * Document model -> GitHub-flavoured Markdown. User text is escaped so that it stays text: Markdown syntax,
 * raw HTML and entities in a goal or a duty are shown as written, never interpreted. In-document links become
 * plain text, since Markdown viewers do not keep the anchors.
 */
import { documentText } from '../text-safety.js';
import type { AgreementDocument, Block, Clause, DraftNotice, Inline, Table, Text } from './document-model.js';

export function renderMarkdown(document: AgreementDocument): string {
    const parts: string[] = [`# ${escapeInline(document.title)}`];
    if (document.statusBadge) parts.push(`**${escapeInline(document.statusBadge.toLocaleUpperCase(document.language))}**`);
    if (document.subtitle) parts.push(`*${escapeInline(document.subtitle)}*`);
    if (document.facts.length) parts.push(document.facts.map(f => `- **${escapeInline(f.label)}:** ${inlineText(f.value)}`).join('\n'));
    if (document.draft) parts.push(draftNotice(document.draft));
    if (document.notice) parts.push(`> **${escapeInline(document.notice.severity === 'error' ? document.labels.errors : document.labels.warnings)}:** ${escapeInline(document.notice.text)}`);
    parts.push(...clause(document.summary, 2));
    for (const c of document.clauses) parts.push(...clause(c, 2));
    parts.push(...signatures(document));
    // Markdown has no pages: the mark closes the document too, so that neither end reads as final.
    if (document.draft) parts.push(`**${escapeInline(document.draft.mark)}**`);
    return parts.join('\n\n') + '\n';
}

function draftNotice(draft: DraftNotice): string {
    return [`> **${escapeInline(draft.mark)}.** ${escapeInline(draft.text)}`, '>', ...draft.items.map(item => `> - ${inlineText(item.text)}`)].join('\n');
}

function clause(c: Clause, level: number): string[] {
    const number = c.number ? `${c.number}${level === 2 ? '.' : ''} ` : '';
    const badge = c.badge ? ` *(${escapeInline(c.badge)})*` : '';
    return [
        `${'#'.repeat(level)} ${number}${escapeInline(c.title)}${badge}`,
        ...c.blocks.map(block),
        ...c.subclauses.flatMap(sub => clause(sub, level + 1))
    ];
}

function block(b: Block): string {
    switch (b.kind) {
        case 'paragraph': return blockText(b.text);
        case 'note': return `> ${inlineText(b.text)}`;
        // A bullet's text, like a paragraph, must not start a nested list: "1. September 2026" is a date.
        case 'list': return b.items.map((item, index) => b.numbering === 'letters'
            ? `- (${String.fromCharCode(65 + index % 26)}) ${inlineText(item.text)}` : `- ${blockText(item.text)}`).join('\n');
        case 'facts': return b.rows.map(f => `- **${escapeInline(f.label)}:** ${inlineText(f.value)}`).join('\n');
        case 'table': return table(b);
    }
}

function table(t: Table): string {
    const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    return [
        ...(t.caption ? [`**${escapeInline(t.caption)}**`, ''] : []),
        row(t.columns.map(escapeInline)),
        row(t.columns.map(() => '---')),
        ...t.rows.map(r => row(r.cells.map(cell => inlineText(cell, '<br>') || ' ')))
    ].join('\n');
}

/** A line to write on, in the Markdown source as on paper. */
const BLANK = '______________________________';

function signatures({ signatures: blocks, labels }: AgreementDocument): string[] {
    if (blocks.length === 0) return [];
    const words = labels.signatures;
    return [
        `## ${escapeInline(words.title)}`,
        escapeInline(words.intro),
        ...blocks.map(s => [
            `**${escapeInline(words.onBehalfOf)} ${escapeInline(s.legalName)}** (${escapeInline(s.quotedName)}, ${escapeInline(s.role)})`,
            '',
            `${escapeInline(words.signature)}: ${BLANK}  `,
            `${escapeInline(words.name)}: ${s.signatory ? escapeInline(s.signatory) : BLANK}  `,
            `${escapeInline(words.position)}: ${s.position ? escapeInline(s.position) : BLANK}  `,
            `${escapeInline(words.date)}: ${BLANK}`
        ].join('\n'))
    ];
}

/** A paragraph: its first characters must not start a heading, list, quote or rule. */
function blockText(text: Text): string {
    return inlineText(text).replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Inline text; `lineBreak` is what a line break becomes (`<br>` inside a table cell). */
function inlineText(text: Text, lineBreak = '; '): string {
    return text.map(i => inline(i, lineBreak)).join('');
}

function inline(i: Inline, lineBreak: string): string {
    if (typeof i === 'string') return escapeInline(i);
    if ('lineBreak' in i) return lineBreak;
    if (!i.text) return '';
    switch (i.style) {
        case 'strong': return `**${escapeInline(i.text)}**`;
        case 'muted': return `*${escapeInline(i.text)}*`;
        default: return escapeInline(i.text);
    }
}

/**
 * Escapes text inside a Markdown line: backslash-escapes the punctuation that starts emphasis, code, links,
 * raw HTML or strikethrough; turns entity-like `&name;` into text; folds line breaks into spaces.
 */
export function escapeInline(text: string): string {
    return documentText(text)
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .replace(/[\\`*_[\]<>~|]/g, char => `\\${char}`)
        .replace(/&(?=#?\w+;)/g, '&amp;');
}
