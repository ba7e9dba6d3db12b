/**
 * What the CLI prints is made safe for a terminal at one place, here: a control character in an agreement's text
 * or a file name (ESC, BEL, U+009B) must not retitle the window or clear the screen, and a bidi control must not
 * reorder the line. Text is escaped visibly (`\x1b`); JSON keeps its meaning with `\u` escapes; a document the
 * user asked for on standard output (`sla new`, an HTML or Markdown evaluation) is passed through unchanged.
 */
import { terminalSafe } from 'sla-language';
import type { CommandResult } from './command.js';

/** Characters JSON.stringify leaves raw that a terminal may still obey: DEL, C1 controls, bidi controls. */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function forTerminal(result: CommandResult): CommandResult {
    const stdout = result.stdoutKind === 'document' ? result.stdout
        : result.stdoutKind === 'json' ? result.stdout.replace(RAW_IN_JSON, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
            : terminalSafe(result.stdout);
    return { ...result, stdout, stderr: terminalSafe(result.stderr) };
}
