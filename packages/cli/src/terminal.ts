/**
 * What the CLI prints is made safe for a terminal at one place, here: a control character in an agreement's text
 * or a file name (ESC, BEL, U+009B) must not retitle the window or clear the screen, and a bidi control must not
 * reorder the line. Text is escaped visibly (`\x1b`); JSON keeps its meaning with `\u` escapes; a document the
 * user asked for on standard output (`sla new`, an HTML or Markdown evaluation) is passed through unchanged.
 */
import { terminalSafe, terminalSafeJson } from 'sla-language';
import type { CommandResult } from './command.js';

export function forTerminal(result: CommandResult): CommandResult {
    const stdout = result.stdoutKind === 'document' ? result.stdout
        : result.stdoutKind === 'json' ? terminalSafeJson(result.stdout)
            : terminalSafe(result.stdout);
    return { ...result, stdout, stderr: terminalSafe(result.stderr) };
}
