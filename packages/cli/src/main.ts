/**
 * The `sla` command line. Each command returns a `CommandResult`; this file only parses arguments, prints and
 * exits, so no command ever shows a stack trace for bad input.
 */
import 'sla-language/node-compat';
import { parseArgs } from 'node:util';
import { checkCommand, type CheckFormat } from './check-command.js';
import { ExitCode, UsageError, type CommandResult } from './command.js';

const USAGE = `Usage: sla <command> [options]

Commands:
  check <files or folders...> [--format text|json]
      Parse and validate agreements. Exit 0: no errors; 1: errors; 2: usage or file problems.

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
