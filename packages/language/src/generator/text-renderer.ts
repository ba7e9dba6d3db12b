/**
 * Document model -> plain text for a terminal: headings underlined, paragraphs and list items wrapped, tables as
 * aligned columns (never wrapped, so that they stay readable with `less -S` and copy cleanly into a spreadsheet).
 * Text is written as it is; a terminal interprets nothing but control characters, which are replaced.
 */
import type { AgreementDocument, Block, Clause, Table, Text } from './document-model.js';
import { keepUnitsTogether, plainText } from './document-model.js';

const WIDTH = 100;

export function renderText(document: AgreementDocument): string {
    const parts: string[] = [underline(document.title, '=')];
    if (document.subtitle) parts.push(clean(document.subtitle));
    if (document.facts.length) parts.push(document.facts.map(f => `${clean(f.label)}: ${line(f.value)}`).join('\n'));
    if (document.notice) parts.push(`${document.notice.severity === 'error' ? document.labels.errors : document.labels.warnings}: ${clean(document.notice.text)}`);
    const note = document.labels.note;
    parts.push(...clause(document.summary, note), ...document.clauses.flatMap(c => clause(c, note)));
    return parts.join('\n\n') + '\n';
}

/** `note` is the lead-in of a note in the document's language. */
function clause(c: Clause, note: string): string[] {
    const title = `${c.number ? `${c.number}. ` : ''}${c.title}${c.badge ? ` (${c.badge})` : ''}`;
    return [underline(title, '-'), ...c.blocks.map(b => block(b, note)), ...c.subclauses.flatMap(sub => clause(sub, note))];
}

function block(b: Block, note: string): string {
    switch (b.kind) {
        case 'paragraph': return wrap(line(b.text), '');
        case 'note': return wrap(`${clean(note)}: ${line(b.text)}`, ' '.repeat(note.length + 2));
        case 'list': return b.items.map((item, index) =>
            wrap(`${b.numbering === 'letters' ? `(${String.fromCharCode(65 + index % 26)})` : '-'} ${line(item.text)}`, '  ')).join('\n');
        case 'facts': return b.rows.map(f => `${clean(f.label)}: ${line(f.value)}`).join('\n');
        case 'table': return table(b);
    }
}

function table(t: Table): string {
    const rows = [t.columns.map(clean), ...t.rows.map(r => r.cells.map(cell => line(cell)))];
    const widths = t.columns.map((_, i) => Math.max(...rows.map(r => (r[i] ?? '').length)));
    const format = (cells: readonly string[]) => cells.map((cell, i) => i === cells.length - 1 ? cell : cell.padEnd(widths[i])).join('  ').trimEnd();
    return [
        ...(t.caption ? [clean(t.caption)] : []),
        format(rows[0]),
        widths.map(w => '-'.repeat(w)).join('  '),
        ...rows.slice(1).map(format)
    ].join('\n');
}

function underline(title: string, char: string): string {
    const text = clean(title);
    return `${text}\n${char.repeat(text.length)}`;
}

function line(text: Text): string {
    return clean(plainText(text));
}

/** Folds line breaks and replaces control characters (terminal escapes in user text stay inert). */
function clean(text: string): string {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** Wraps at spaces, never between a number and its unit ("USD 480.00", "99.9 %"). */
function wrap(text: string, indent: string): string {
    const lines: string[] = [];
    let current = '';
    for (const word of keepUnitsTogether(text).split(' ').map(w => w.replace(/\u00a0/g, ' '))) {
        if (current && current.length + 1 + word.length > WIDTH) {
            lines.push(current);
            current = indent + word;
        } else {
            current = current ? `${current} ${word}` : word;
        }
    }
    if (current) lines.push(current);
    return lines.join('\n');
}
