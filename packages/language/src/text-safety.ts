/**
 * User text made safe for the medium it goes to. A terminal obeys control characters (ESC sequences retitle the
 * window or clear the screen, BEL rings); HTML, Markdown and Word show them as garbage or refuse the file; and
 * bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) reorder the text after them, so that a
 * party's name can make "between A and B" read differently from what the agreement says.
 */

/** C0 and C1 control characters and DEL, except tab and line breaks, which every medium handles. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** The explicit bidirectional formatting characters (embeddings, overrides, isolates, marks). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** The same, for a test: a global expression would carry its position from one test to the next. */
const HAS_BIDI_CONTROL = new RegExp(BIDI_CONTROLS.source);

/** The bidi control characters in `text`, each once, as `U+202E`. */
export function bidiControlsIn(text: string): string[] {
    return [...new Set(text.match(BIDI_CONTROLS) ?? [])].map(codePointName);
}

export function hasBidiControl(text: string): boolean {
    return HAS_BIDI_CONTROL.test(text);
}

/** For a terminal: control, bidi and lone carriage-return characters shown as escapes (`\x1b`, `\u202e`). */
export function terminalSafe(text: string): string {
    return text.replace(/\r(?!\n)/g, '\\r').replace(CONTROL_CHARACTERS, escape).replace(BIDI_CONTROLS, escape);
}

/**
 * For JSON on a terminal: the characters JSON.stringify leaves raw that a terminal may still obey (DEL, C1 and bidi
 * controls) written as `\u` escapes, which a JSON reader turns back into the same text.
 */
export function terminalSafeJson(json: string): string {
    return json.replace(CONTROL_CHARACTERS, unicodeEscape).replace(BIDI_CONTROLS, unicodeEscape);
}

/** For a document (HTML, Markdown, DOCX): control characters replaced by U+FFFD, the replacement character. */
export function withoutControlCharacters(text: string): string {
    return text.replace(CONTROL_CHARACTERS, '\uFFFD');
}

/**
 * For a document (HTML, Markdown, DOCX): control characters replaced, and a text with a bidi control that is not
 * inside an isolate the text also closes wrapped in an isolate of its own. An agreement's texts arrive isolated
 * already (parser/sla-value-converter.ts) and are left as they are; what was read from a data file (a ticket's id,
 * a file name, a column name) is not, and an override in it must not reorder the rest of the table row or sentence.
 */
export function documentText(text: string): string {
    const clean = withoutControlCharacters(text);
    return hasStrayBidiControl(clean) ? `\u2068${clean}\u2069` : clean;
}

/** A bidi control outside every isolate the text opens and closes, or an isolate left open. */
function hasStrayBidiControl(text: string): boolean {
    if (!HAS_BIDI_CONTROL.test(text)) return false;
    let depth = 0;
    for (const char of text.match(BIDI_CONTROLS)!) {
        if (char >= '\u2066' && char <= '\u2068') depth++;
        else if (char === '\u2069' && depth > 0) depth--;
        else if (depth === 0) return true;
    }
    return depth > 0;
}

/**
 * For a document: a text with bidi controls wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, which
 * ends every embedding and override the text opened, so that they cannot reach the words around it.
 */
export function isolateBidi(text: string): string {
    return hasBidiControl(text) ? `\u2068${text}\u2069` : text;
}

function escape(char: string): string {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : unicodeEscape(char);
}

function unicodeEscape(char: string): string {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function codePointName(char: string): string {
    return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
