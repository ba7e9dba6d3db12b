/**
 * Laying generated text into an existing document so that it looks hand-written: the document's own indentation
 * (spaces or tabs), its habit of blank lines between sections, and never in the middle of a line or before a
 * trailing comment. Generated blocks are written with 4-space indentation and re-indented here.
 */
import type { AstNode, LangiumDocument, TextDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';

const GENERATED_UNIT = '    ';

/** The indentation unit the document uses: a tab if its first indented line starts with one, else 4 spaces. */
export function indentUnit(text: string): string {
    const first = /^([ \t]+)\S/m.exec(text);
    return first?.[1].startsWith('\t') ? '\t' : GENERATED_UNIT;
}

/** The whitespace a line starts with, for the line that holds `offset`. */
export function lineIndent(text: string, offset: number): string {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start))![0];
}

/** Re-indents a generated block (4-space indentation, no leading indent) at `indent`, in the document's unit. */
export function indentBlock(block: string, indent: string, unit: string): string {
    return block.split('\n').map(line => {
        if (!line) return line;
        const depth = /^( {4})*/.exec(line)![0].length / GENERATED_UNIT.length;
        return indent + unit.repeat(depth) + line.slice(depth * GENERATED_UNIT.length);
    }).join('\n');
}

/**
 * Inserts `lines` (already indented) after the token ending at `anchorEnd`, each on a line of its own. The text
 * goes to the end of the anchor's line when the rest of it is blank or a line comment, so that comment stays with
 * the anchor; when code follows on the same line, that code moves to a new line at `followIndent`.
 */
export function insertLinesAfter(document: TextDocument, anchorEnd: number, lines: string, followIndent: string): TextEdit {
    const text = document.getText();
    const lineEnd = endOfLine(text, anchorEnd);
    const rest = text.slice(anchorEnd, lineEnd);
    const atLineEnd = /^\s*(\/\/.*)?$/.test(rest);
    const offset = atLineEnd ? endOfContinuedComment(text, anchorEnd, lineEnd) : anchorEnd;
    const position = document.positionAt(offset);
    return { range: { start: position, end: position }, newText: atLineEnd ? `\n${lines}` : `\n${lines}\n${followIndent}` };
}

/**
 * Inserts `lines` (already indented) as the last entries of a block, just before its closing brace. A brace on a
 * line of its own keeps its line; a brace that shares a line with code gets one.
 */
export function insertLinesBeforeClose(document: TextDocument, closeOffset: number, lines: string, closeIndent: string): TextEdit {
    const text = document.getText();
    const lineStart = text.lastIndexOf('\n', closeOffset - 1) + 1;
    if (/^[ \t]*$/.test(text.slice(lineStart, closeOffset))) {
        const position = document.positionAt(lineStart);
        return { range: { start: position, end: position }, newText: `${lines}\n` };
    }
    const position = document.positionAt(closeOffset);
    return { range: { start: position, end: position }, newText: `\n${lines}\n${closeIndent}` };
}

/** Adds entries (generated text, 4-space indented) at the end of a block such as a section; undefined if it is unclosed. */
export function appendToBlock(document: LangiumDocument, node: AstNode, entries: readonly string[]): TextEdit | undefined {
    const text = document.textDocument.getText();
    const cst = node.$cstNode;
    if (!cst || text[cst.end - 1] !== '}') return undefined;
    const closeIndent = lineIndent(text, cst.offset);
    const unit = indentUnit(text);
    const lines = entries.map(entry => indentBlock(entry, closeIndent + unit, unit)).join('\n');
    return insertLinesBeforeClose(document.textDocument, cst.end - 1, lines, closeIndent);
}

/**
 * A trailing comment continued on the next lines, aligned under its first line, belongs to the anchor's line:
 * `version 1.0 // first draft,` + `            // signed in May`. Inserted text goes after the whole comment, not
 * between its lines. A comment at the start of a line belongs to what follows it and stays there.
 */
function endOfContinuedComment(text: string, anchorEnd: number, lineEnd: number): number {
    const comment = text.indexOf('//', anchorEnd);
    if (comment < 0 || comment >= lineEnd) return lineEnd;
    const column = comment - (text.lastIndexOf('\n', comment - 1) + 1);
    let end = lineEnd;
    for (;;) {
        const next = text.indexOf('\n', end) + 1;
        if (next <= 0) return end;
        const nextEnd = endOfLine(text, next);
        const line = text.slice(next, nextEnd);
        if (!new RegExp(`^[ \\t]{${column}}//`).test(line)) return end;
        end = nextEnd;
    }
}

function endOfLine(text: string, offset: number): number {
    const newline = text.indexOf('\n', offset);
    const end = newline < 0 ? text.length : newline;
    return text[end - 1] === '\r' ? end - 1 : end;
}
