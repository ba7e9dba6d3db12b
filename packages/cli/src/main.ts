/**
 * The `sla` command line. Each command returns a `CommandResult`; this file only parses arguments, prints and
 * exits, so no command ever shows a stack trace for bad input.
 */
import 'sla-language/node';
import { parseArgs } from 'node:util';
import { checkCommand, type CheckFormat } from './check-command.js';
import { ExitCode, UsageError, type CommandResult } from './command.js';
import { evaluateCommand } from './evaluate-command.js';
import { newCommand } from './new-command.js';
import { renderCommand } from './render-command.js';

const USAGE = `Usage: sla <command> [options]

Commands:
  check <files or folders...> [--format text|json]
      Parse and validate agreements. Exit 0: no errors; 1: errors; 2: usage or file problems.
  evaluate <agreement.sla> --data <file>... [--period 2026-10] [--format table|json|html|md] [--excuse <Level>]
      Measure the levels against data (CSV or JSON: samples, tickets, leads; see docs/evaluation.md).
      Exit 0: every level with data met; 1: a level breached or with insufficient data; 2: usage, agreement or data problems.
  render <files or folders...> [--format html|md|docx] [-o <file or folder>]
      Write each agreement as a document, next to it or under -o (a folder when several are rendered).
      Exit 0: rendered; 1: rendered, but an agreement has errors; 2: usage or file problems.
  new --template <name> --provider "<legal name>" --customer "<legal name>" [--start YYYY-MM-DD] [-o <file>]
      Write a complete agreement from a template (to standard output without -o; never overwrites a file).
  new --list
      List the templates.

Options:
  -h, --help      Show this help
  -v, --version   Show the version
`;

export async function run(argv: readonly string[]): Promise<CommandResult> {
    const [command, ...rest] = argv;
    switch (command) {
        case 'check': {
            const { values, positionals } = parseArgs({
                args: [...rest], allowPositionals: true, options: { format: { type: 'string', default: 'text' } }
            });
            return checkCommand(positionals, oneOf(values.format, ['text', 'json'], '--format') as CheckFormat);
        }
        case 'evaluate':
            return evaluateCommand(rest);
        case 'render':
            return renderCommand(rest);
        case 'new':
            return newCommand(rest);
        case undefined:
        case '-h':
        case '--help':
        case 'help':
            return { exit: command === undefined ? ExitCode.Usage : ExitCode.Ok, stdout: command === undefined ? '' : USAGE, stderr: command === undefined ? USAGE : '' };
        case '-v':
        case '--version':
            return { exit: ExitCode.Ok, stdout: `${VERSION}\n`, stderr: '' };
        default:
            throw new UsageError(`unknown command '${command}'; run 'sla --help' for the list`);
    }
}

export function oneOf(value: string | undefined, allowed: readonly string[], option: string): string {
    if (value === undefined || !allowed.includes(value)) {
        throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${value}')`);
    }
    return value;
}

declare const SLA_VERSION: string | undefined;
const VERSION = typeof SLA_VERSION === 'string' ? SLA_VERSION : 'development';

/** Errors from `parseArgs` (unknown option, missing value) are usage errors too. */
function isUsageError(error: unknown): boolean {
    return error instanceof UsageError || (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS') === true;
}

export async function main(argv: readonly string[]): Promise<void> {
    let result: CommandResult;
    try {
        result = await run(argv);
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        result = isUsageError(error)
            ? { exit: ExitCode.Usage, stdout: '', stderr: `sla: ${message}\n` }
            : { exit: ExitCode.Usage, stdout: '', stderr: `sla: internal error: ${message}\n` };
    }
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.exit;
}
