/**
 * What `sla --help` and `sla <command> --help` print: one entry per command with its usage, what it does, every
 * option and the exit codes. Each command's entry is typed by the options its parser accepts, so an option added
 * to a command without a line of help here is a compile error.
 */
import type { ParseArgsOptionsConfig } from 'node:util';
import { CHECK_OPTIONS } from './check-command.js';
import { EVALUATE_OPTIONS } from './evaluate-command.js';
import { NEW_OPTIONS } from './new-command.js';
import { RENDER_OPTIONS } from './render-command.js';

interface OptionHelp {
    /** What the option takes, as `<file>` or `text|json`; none for a switch. */
    readonly value?: string;
    readonly text: string;
}

interface CommandHelp<Options> {
    /** One line per way of calling the command, without the leading `sla `. */
    readonly usage: readonly string[];
    readonly summary: string;
    readonly options: { readonly [K in keyof Options]: OptionHelp };
    /** What each exit code the command uses means for it. */
    readonly exits: Readonly<Partial<Record<0 | 1 | 2, string>>>;
}

const HELP_OPTION: OptionHelp = { text: 'Show this help and exit' };

const COMMANDS = {
    check: {
        usage: ['check <files or folders...> [--format text|json] [--ready]'],
        summary: 'Read each agreement (every .sla file of a folder) and report its errors, warnings and information, '
            + 'one per line as file:line:column. The other agreements of the same folder are read too, so that one '
            + 'that refines another finds it.',
        options: {
            format: { value: 'text|json', text: 'text (default): one line per problem and a summary; json: the same as one JSON object' },
            ready: { text: 'Also fail while a placeholder remains: a TODO text, or a value marked as suggested with ?' }
        },
        exits: { 0: 'no agreement has an error (with --ready: nor a placeholder)', 1: 'an agreement has an error (with --ready: or a placeholder)', 2: 'a file or folder could not be read, or the command line is wrong' }
    } satisfies CommandHelp<typeof CHECK_OPTIONS>,
    evaluate: {
        usage: ['evaluate <agreement.sla> --data <file>... [--period <period>] [--as-of <moment>] [--format table|json|html|md] [--excuse <Level>]...'],
        summary: 'Measure the agreement\'s service levels against data (CSV or JSON files of samples, tickets or leads; '
            + 'see docs/evaluation.md) and work out the credits owed.',
        options: {
            data: { value: '<file>', text: 'A data file; repeat the option for several' },
            period: { value: '<period>', text: 'The period to evaluate: 2026-10, 2026-Q4, 2026, 2026-W43 or 2026-10-05 (default: the month of the latest data)' },
            'as-of': {
                value: '<moment>',
                text: 'Evaluate as of this moment, in the agreement\'s time zone: 2026-10-15T14:00, or 2026-10-15 for the end of that day '
                    + '(default: now). A window that ends later is in progress: the time after the moment is not counted as missing, '
                    + 'and no credit is owed for it yet'
            },
            format: { value: 'table|json|html|md', text: 'How to print the report (default: table)' },
            excuse: { value: '<Level>', text: 'Treat a miss of this level as excused (a customer duty was not met); repeat for several' }
        },
        exits: { 0: 'every level with data was met or is in progress', 1: 'a level of an ended window was breached or had too little data to judge', 2: 'the agreement has errors, the data could not be used, or the command line is wrong' }
    } satisfies CommandHelp<typeof EVALUATE_OPTIONS>,
    render: {
        usage: ['render <files or folders...> [--format html|md|docx] [-o <file or folder>]'],
        summary: 'Write each agreement as a document: next to it (a.sla -> a.html), or under -o. An agreement with '
            + 'errors is still written, with what could be read.',
        options: {
            format: { value: 'html|md|docx', text: 'The document format (default: html)' },
            output: { value: '<file or folder>', text: 'Where to write: a file for one agreement, a folder (ending in /) for several' }
        },
        exits: { 0: 'every document was written', 1: 'written, but an agreement has errors', 2: 'a file could not be read or written, or the command line is wrong' }
    } satisfies CommandHelp<typeof RENDER_OPTIONS>,
    new: {
        usage: [
            'new --template <name> --provider "<legal name>" --customer "<legal name>" [--start YYYY-MM-DD] [--locale <tag>] [--currency <code>] [--timezone <zone>] [-o <file>]',
            'new --list'
        ],
        summary: 'Write a complete agreement from a template, to standard output or to a new file (an existing file is '
            + 'never overwritten). The template\'s prices, calendars and wording follow the locale, currency and time zone given.',
        options: {
            list: { text: 'List the templates and what each is for' },
            template: { value: '<name>', text: 'The template to start from (see --list)' },
            provider: { value: '"<legal name>"', text: 'The provider\'s legal name' },
            customer: { value: '"<legal name>"', text: 'The customer\'s legal name' },
            start: { value: 'YYYY-MM-DD', text: 'The day the agreement takes effect (default: the first of next month)' },
            locale: { value: '<tag>', text: 'The language and country it is written for: dates, numbers, spelling, paper (default: en-GB; see --list)' },
            currency: { value: '<code>', text: 'The ISO currency of its prices, e.g. USD (default: the locale\'s)' },
            timezone: { value: '<zone>', text: 'The IANA time zone it is measured in, e.g. America/Chicago (default: the locale\'s)' },
            output: { value: '<file>', text: 'The file to write (default: standard output)' }
        },
        exits: { 0: 'the agreement was written (or the templates listed)', 2: 'the file exists or cannot be written, or the command line is wrong' }
    } satisfies CommandHelp<typeof NEW_OPTIONS>
};

export type CommandName = keyof typeof COMMANDS;

export function isCommandName(name: string | undefined): name is CommandName {
    return name !== undefined && Object.hasOwn(COMMANDS, name);
}

/** The parser configuration of each command, for the short letters of its options (`-o` for `--output`). */
const PARSERS: Readonly<Record<CommandName, ParseArgsOptionsConfig>> = {
    check: CHECK_OPTIONS, evaluate: EVALUATE_OPTIONS, render: RENDER_OPTIONS, new: NEW_OPTIONS
};

/** `sla <command> --help`: usage, what the command does, its options and its exit codes. */
export function commandHelp(name: CommandName): string {
    const help: CommandHelp<Record<string, unknown>> = COMMANDS[name];
    const options = [...Object.entries(help.options).map(([option, o]) => [optionLabel(option, o, PARSERS[name][option]?.short), o.text] as const), ['-h, --help', HELP_OPTION.text] as const];
    const width = Math.max(...options.map(([label]) => label.length));
    return [
        ...help.usage.map((usage, i) => `${i === 0 ? 'Usage:' : '      '} sla ${usage}`),
        '',
        ...wrap(help.summary, 100),
        '',
        'Options:',
        ...options.map(([label, text]) => `  ${label.padEnd(width)}  ${text}`),
        '',
        'Exit codes:',
        ...Object.entries(help.exits).map(([code, text]) => `  ${code}  ${text}`),
        ''
    ].join('\n');
}

/** `sla --help`: every command with its usage and a line on what it does. */
export function overallHelp(): string {
    return [
        'Usage: sla <command> [options]',
        '',
        'Commands:',
        ...Object.values(COMMANDS).flatMap(help => [...help.usage.map(usage => `  ${usage}`), `      ${firstSentence(help.summary)}`]),
        '',
        'Options:',
        '  -h, --help      Show this help; \'sla <command> --help\' shows a command\'s options and exit codes',
        '  -v, --version   Show the version',
        ''
    ].join('\n');
}

function optionLabel(option: string, help: OptionHelp, short: string | undefined): string {
    return `${short ? `-${short}, ` : ''}--${option}${help.value ? ` ${help.value}` : ''}`;
}

function firstSentence(text: string): string {
    return text.split(/(?<=\.)\s/)[0];
}

function wrap(text: string, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && line.length + word.length + 1 > width) {
            lines.push(line);
            line = word;
        } else {
            line = line ? `${line} ${word}` : word;
        }
    }
    return line ? [...lines, line] : lines;
}
