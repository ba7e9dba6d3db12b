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

/** For a document (HTML, Markdown, DOCX): control characters replaced by U+FFFD, the replacement character. */
export function withoutControlCharacters(text: string): string {
    return text.replace(CONTROL_CHARACTERS, '\uFFFD');
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
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

function codePointName(char: string): string {
    return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
