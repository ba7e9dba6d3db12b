/**
 * Document model -> GitHub-flavoured Markdown. User text is escaped so that it stays text: Markdown syntax,
 * raw HTML and entities in a goal or a duty are shown as written, never interpreted. In-document links become
 * plain text, since Markdown viewers do not keep the anchors.
 */
import { withoutControlCharacters } from '../text-safety.js';
import type { AgreementDocument, Block, Clause, Inline, SignatureBlock, Table, Text } from './document-model.js';

export function renderMarkdown(document: AgreementDocument): string {
    const parts: string[] = [`# ${escapeInline(document.title)}`];
    if (document.status === 'draft' || document.status === 'superseded') parts.push(`**${document.status.toUpperCase()}**`);
    if (document.subtitle) parts.push(`*${escapeInline(document.subtitle)}*`);
    if (document.facts.length) parts.push(document.facts.map(f => `- **${escapeInline(f.label)}:** ${inlineText(f.value)}`).join('\n'));
    if (document.notice) parts.push(`> **${document.notice.severity === 'error' ? 'Errors' : 'Warnings'}:** ${escapeInline(document.notice.text)}`);
    parts.push(...clause(document.summary, 2));
    for (const c of document.clauses) parts.push(...clause(c, 2));
    parts.push(...signatures(document.signatures));
    return parts.join('\n\n') + '\n';
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
        case 'list': return b.items.map((item, index) =>
            `- ${b.numbering === 'letters' ? `(${String.fromCharCode(65 + index % 26)}) ` : ''}${inlineText(item.text)}`).join('\n');
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

function signatures(blocks: readonly SignatureBlock[]): string[] {
    if (blocks.length === 0) return [];
    return [
        '## Signatures',
        'Signed by the authorised representatives of the parties.',
        ...blocks.map(s => [
            `**For and on behalf of ${escapeInline(s.legalName)}** (“${escapeInline(s.shortName)}”, ${escapeInline(s.role)})`,
            '',
            `Signature: ${BLANK}  `,
            `Name: ${s.signatory ? escapeInline(s.signatory) : BLANK}  `,
            `Position: ${s.position ? escapeInline(s.position) : BLANK}  `,
            `Date: ${BLANK}`
        ].join('\n'))
    ];
}

/** A paragraph: its first characters must not start a heading, list, quote or rule. */
function blockText(text: Text): string {
    return inlineText(text).replace(/^([#>+=-]|\d+[.)])/, '\\$1');
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
    return withoutControlCharacters(text)
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .replace(/[\\`*_[\]<>~|]/g, char => `\\${char}`)
        .replace(/&(?=#?\w+;)/g, '&amp;');
}
