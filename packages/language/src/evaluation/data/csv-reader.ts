/**
 * A streaming CSV reader (RFC 4180: comma-separated, `"` quotes fields that hold commas, quotes or line breaks,
 * `""` is a quote inside a quoted field; LF or CRLF line ends). Lines without a quote take a fast path; the file
 * is never held in memory beyond the chunk being read. Blank lines are skipped.
 */
import { DataError, type DataRow, type DataRows, type Position, type RowSink } from './data-row.js';

const QUOTE = 34, COMMA = 44, LF = 10, CR = 13;

/**
 * The longest row read, in characters. A row that is not complete at the end of a chunk is parsed again with the
 * next one, so without a bound one quote left open near the top of a large file made reading quadratic (50 MB:
 * 11 s, 680 MB); with it, each chunk is scanned a bounded number of times and the open quote is reported.
 */
export const MAX_ROW_CHARS = 1 << 20;

/** A row from a line without quotes: cell positions follow from the cell lengths. */
class PlainRow implements DataRow {
    constructor(readonly line: number, readonly cells: readonly string[]) { }

    at(index: number): Position {
        let column = 1;
        for (let i = 0; i < index && i < this.cells.length; i++) column += this.cells[i].length + 1;
        return { line: this.line, column: index >= this.cells.length ? column - 1 : column };
    }
}

/** A row with quoted fields: every cell's position was recorded while parsing. */
class QuotedRow implements DataRow {
    constructor(readonly line: number, readonly cells: readonly string[], private readonly positions: readonly Position[],
        private readonly end: Position) { }

    get extraLines(): number {
        return this.end.line - this.line;
    }

    at(index: number): Position {
        return this.positions[index] ?? this.end;
    }
}

export function readCsv(chunks: AsyncIterable<string>): DataRows {
    return async sink => {
        let buffer = '';
        let line = 1;
        let first = true;
        for await (const chunk of chunks) {
            buffer += first && chunk.charCodeAt(0) === 0xFEFF ? chunk.slice(1) : chunk;
            first = false;
            const { consumed, lines, stopped } = parseComplete(buffer, line, false, sink);
            if (stopped) return;
            buffer = buffer.slice(consumed);
            line += lines;
        }
        parseComplete(buffer, line, true, sink);
    };
}

/** Parses every complete line of the buffer (all of it at the end of the file) into the sink. */
function parseComplete(buffer: string, startLine: number, final: boolean, sink: RowSink): { consumed: number, lines: number, stopped: boolean } {
    let position = 0;
    let line = startLine;
    let quote = buffer.indexOf('"');
    while (position < buffer.length) {
        let newline = buffer.indexOf('\n', position);
        if (newline < 0) {
            if (buffer.length - position > MAX_ROW_CHARS) throw new DataError(line, 1, tooLong('line'));
            if (!final) break;
            newline = buffer.length;
        }
        let row: PlainRow | QuotedRow | undefined;
        if (quote < 0 || quote > newline) {
            const end = newline > position && buffer.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
            const text = buffer.slice(position, end);
            if (!isBlank(text)) row = new PlainRow(line, text.split(','));
            position = newline + 1;
            line++;
        } else {
            const quoted = parseQuoted(buffer, position, line, final);
            if (!quoted) break;
            row = quoted.row;
            position = quoted.next;
            line += quoted.row.extraLines + 1;
            quote = buffer.indexOf('"', position);
        }
        if (row && sink(row) === false) return { consumed: position, lines: line - startLine, stopped: true };
    }
    return { consumed: Math.min(position, buffer.length), lines: line - startLine, stopped: false };
}

function isBlank(text: string): boolean {
    const first = text.charCodeAt(0);
    return text.length === 0 || ((first === 32 || first === 9) && text.trim() === '');
}

/** Parses one row with quotes from `start`; undefined when its end is not in the buffer yet. */
function parseQuoted(buffer: string, start: number, startLine: number, final: boolean): { row: QuotedRow, next: number } | undefined {
    const cells: string[] = [];
    const positions: Position[] = [];
    let line = startLine, lineStart = start, i = start;
    for (;;) {
        positions.push({ line, column: i - lineStart + 1 });
        if (buffer.charCodeAt(i) === QUOTE) {
            let value = '';
            let from = i + 1;
            for (i = from; ; i++) {
                if (i - start > MAX_ROW_CHARS) {
                    const open = positions[positions.length - 1];
                    throw new DataError(open.line, open.column, `this quoted field is never closed: a \`"\` is missing (the row runs on for more than ${MAX_ROW_CHARS / (1 << 20)} MiB)`);
                }
                if (i >= buffer.length) {
                    if (!final) return undefined;
                    const open = positions[positions.length - 1];
                    throw new DataError(open.line, open.column, 'this quoted field is never closed: a `"` is missing');
                }
                const code = buffer.charCodeAt(i);
                if (code === LF) {
                    line++;
                    lineStart = i + 1;
                } else if (code === QUOTE) {
                    if (buffer.charCodeAt(i + 1) === QUOTE) {
                        value += buffer.slice(from, i + 1);
                        from = i + 2;
                        i++;
                    } else {
                        break;
                    }
                }
            }
            cells.push(value + buffer.slice(from, i));
            i++;
        } else {
            let end = i;
            while (end < buffer.length && !isFieldEnd(buffer.charCodeAt(end))) end++;
            if (end >= buffer.length && !final) return undefined;
            const value = buffer.slice(i, end);
            if (value.includes('"')) {
                throw new DataError(line, i - lineStart + value.indexOf('"') + 1, 'a `"` inside an unquoted field; quote the whole field and write the quote as `""`');
            }
            cells.push(value);
            i = end;
        }
        if (i + 1 >= buffer.length && !final) return undefined;
        const code = i < buffer.length ? buffer.charCodeAt(i) : LF;
        if (code === COMMA) {
            i++;
            continue;
        }
        const atEnd = code === LF || (code === CR && (i + 1 >= buffer.length || buffer.charCodeAt(i + 1) === LF));
        if (!atEnd) {
            throw new DataError(line, i - lineStart + 1, 'unexpected text after a quoted field; a field ends at a comma or the end of the line');
        }
        const next = code === CR ? i + 2 : i + 1;
        return { row: new QuotedRow(startLine, cells, positions, { line, column: i - lineStart + 1 }), next };
    }
}

function tooLong(what: string): string {
    return `this ${what} is longer than ${MAX_ROW_CHARS / (1 << 20)} MiB; a data row is a line of cells, so the file is probably not CSV`;
}

function isFieldEnd(code: number): boolean {
    return code === COMMA || code === LF || code === CR;
}
