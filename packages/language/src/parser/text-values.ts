/**
 * How the lexical forms of values read: texts with and without their closing quote, long texts over several
 * lines, and the placeholder mark. Shared by the value converter, the validator and the placeholder checks.
 */

/** The mark after a number, date or time that says the value is suggested, not agreed: `99.5?`. */
export const PLACEHOLDER_MARK = '?';

/** The values that may carry the mark, as the grammar's DATE, TIME and NUMBER terminals write them. */
export const SUGGESTIBLE_VALUE = /\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|-?\d+(?:\.\d+)?/;

const LEADING_SUGGESTIBLE_VALUE = new RegExp(`^(?:${SUGGESTIBLE_VALUE.source})`);

/** `value` with the mark after the date, time or number it starts with: `99.5 %` -> `99.5? %`. */
export function markedAsSuggested(value: number | string): string {
    return String(value).replace(LEADING_SUGGESTIBLE_VALUE, `$&${PLACEHOLDER_MARK}`);
}

export function withoutPlaceholderMark(token: string): string {
    return token.endsWith(PLACEHOLDER_MARK) ? token.slice(0, -PLACEHOLDER_MARK.length) : token;
}

/** Source text (a quantity as written, `99.5? %`) without the marks of its suggested values: `99.5 %`. */
export function withoutPlaceholderMarks(source: string): string {
    return source.replace(/(\d)\?/g, '$1');
}

export function isLongText(token: string): boolean {
    return token.startsWith('"""');
}

/** A STRING token that ran to the end of its line without a closing quote, or a long text without its closing `"""`. */
export function isUnterminatedText(token: string): boolean {
    return isLongText(token) ? !(token.length >= 6 && token.endsWith('"""')) : !/^"(\\.|[^"\\])*"$/.test(token);
}

/**
 * A long text as prose: the lines of a paragraph are joined with single spaces, whatever their indentation, and a
 * blank line starts a new paragraph (kept as one blank line, `\n\n`). The text is written as is, without escapes.
 */
export function foldLongText(token: string): string {
    const body = token.slice(3, isUnterminatedText(token) ? undefined : -3);
    const paragraphs: string[][] = [[]];
    for (const line of body.split(/\r\n|\r|\n/)) {
        const words = line.trim();
        if (words) paragraphs[paragraphs.length - 1].push(words);
        else if (paragraphs[paragraphs.length - 1].length) paragraphs.push([]);
    }
    return paragraphs.filter(lines => lines.length).map(lines => lines.join(' ')).join('\n\n');
}

/** The paragraphs of a text: a long text's blank lines separate them. */
export function paragraphsOf(text: string): string[] {
    return text.split(/\n\s*\n/).filter(paragraph => paragraph.trim());
}

/** How many lines a text wrapped by mistake may run on for the toolchain to offer to join it. */
const WRAPPED_LINES = 12;

/**
 * Where a text that was wrapped across lines between ordinary quotes ends: `"A day on which` followed by
 * `banks are open."`. Given the unterminated token's offsets, the offset of its closing quote on a later
 * line, when the lines up to it hold no other quote, no brace and no backslash before it (so they are prose, not
 * entries or texts of their own, and no escape would change meaning); otherwise undefined: then the quote was
 * forgotten, not the line wrapped.
 */
export function wrappedTextEnd(text: string, tokenStart: number, tokenEnd: number): number | undefined {
    if (text.slice(tokenStart, tokenEnd).includes('\\')) return undefined;
    let lineStart = tokenEnd;
    for (let line = 0; line < WRAPPED_LINES; line++) {
        const newline = text.indexOf('\n', lineStart);
        if (newline < 0) return undefined;
        lineStart = newline + 1;
        const lineEnd = text.indexOf('\n', lineStart);
        const content = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
        const quotes = [...content.matchAll(/"/g)].length;
        const prose = quotes ? content.slice(0, content.indexOf('"')) : content;
        if (quotes > 1 || /[\\{}]/.test(prose) || /^\s*$/.test(content)) return undefined;
        if (quotes === 1) return lineStart + prose.length;
    }
    return undefined;
}
