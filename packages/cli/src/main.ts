/**
 * The `sla` command line. Each command returns a `CommandResult`; this file only parses arguments, prints and
 * exits, so no command ever shows a stack trace for bad input.
 */
import 'sla-language/node';
import { parseArgs } from 'node:util';
import { CHECK_OPTIONS, checkCommand, type CheckFormat } from './check-command.js';
import { commandHelp, isCommandName, overallHelp } from './command-help.js';
import { ExitCode, UsageError, type CommandResult } from './command.js';
import { evaluateCommand } from './evaluate-command.js';
import { newCommand } from './new-command.js';
import { renderCommand } from './render-command.js';
import { forTerminal } from './terminal.js';

export async function run(argv: readonly string[]): Promise<CommandResult> {
    const [command, ...rest] = argv;
    if (isCommandName(command) && asksForHelp(rest)) {
        return { exit: ExitCode.Ok, stdout: commandHelp(command), stderr: '' };
    }
    switch (command) {
        case 'check': {
            const { values, positionals } = parseArgs({
                args: [...rest], allowPositionals: true, options: CHECK_OPTIONS
            });
            return checkCommand(positionals, oneOf(values.format, ['text', 'json'], '--format') as CheckFormat, values.ready);
        }
        case 'evaluate':
            return evaluateCommand(rest);
        case 'render':
            return renderCommand(rest);
        case 'new':
            return newCommand(rest);
        case undefined:
            return { exit: ExitCode.Usage, stdout: '', stderr: overallHelp() };
        case '-h':
        case '--help':
        case 'help': {
            // `sla help evaluate` as `sla evaluate --help`.
            const [topic] = rest;
            if (topic !== undefined && !isCommandName(topic)) throw new UsageError(`there is no command '${topic}'; run 'sla --help' for the list`);
            return { exit: ExitCode.Ok, stdout: topic ? commandHelp(topic) : overallHelp(), stderr: '' };
        }
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

/** `--help` or `-h` among a command's arguments, before a `--` that ends the options. */
function asksForHelp(args: readonly string[]): boolean {
    const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
    return options.some(arg => arg === '--help' || arg === '-h');
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
    const printed = forTerminal(result);
    process.stdout.write(printed.stdout);
    process.stderr.write(printed.stderr);
    process.exitCode = result.exit;
}
