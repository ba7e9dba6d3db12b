/**
 * `sla new --template <name> --provider "..." --customer "..." [--start YYYY-MM-DD] [--locale en-US]
 * [--currency USD] [--timezone America/Chicago] [-o file]` writes a complete agreement from a template (to standard
 * output without `-o`); the currency and time zone default to the locale's, the locale to en-GB. `sla new --list`
 * lists the templates and the locales. An existing file is never overwritten.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { AGREEMENT_TEMPLATES, DEFAULT_LOCALE, describeFileError, LOCALES, regionalSettings, TemplateParameterError, writeAgreement } from 'sla-language';
import { ExitCode, UsageError, type CommandResult } from './command.js';
import { makeFolder } from './output-files.js';

export const NEW_OPTIONS = {
    list: { type: 'boolean', default: false },
    template: { type: 'string' },
    provider: { type: 'string' },
    customer: { type: 'string' },
    start: { type: 'string' },
    locale: { type: 'string' },
    currency: { type: 'string' },
    timezone: { type: 'string' },
    output: { type: 'string', short: 'o' }
} as const satisfies ParseArgsOptionsConfig;

export function newCommand(args: readonly string[]): CommandResult {
    const { values } = parseArgs({
        args: [...args], allowPositionals: false, options: NEW_OPTIONS
    });
    if (values.list) {
        return { exit: ExitCode.Ok, stdout: templateList(), stderr: '' };
    }
    const missing = (['template', 'provider', 'customer'] as const).filter(option => values[option] === undefined);
    if (missing.length) {
        throw new UsageError(`sla new needs ${missing.map(option => `--${option}`).join(', ')}; run 'sla new --list' for the templates`);
    }
    let text: string;
    const regional = { locale: values.locale, currency: values.currency, timeZone: values.timezone };
    try {
        text = writeAgreement(values.template!, { provider: values.provider!, customer: values.customer!, start: values.start, ...regional });
    } catch (error) {
        if (error instanceof TemplateParameterError) throw new UsageError(error.message);
        throw error;
    }
    if (values.output === undefined) {
        return { exit: ExitCode.Ok, stdout: text, stderr: '', stdoutKind: 'document' };
    }
    try {
        makeFolder(path.dirname(values.output));
        fs.writeFileSync(values.output, text, { flag: 'wx' });
    } catch (error) {
        return { exit: ExitCode.Usage, stdout: '', stderr: `sla: cannot write ${values.output}: ${describeFileError(error)}\n` };
    }
    // Say what was derived, so that a US agreement written without --locale is noticed before it is rendered on A4.
    const { locale, currency, timeZone } = regionalSettings(regional);
    return {
        exit: ExitCode.Ok, stderr: '',
        stdout: `${values.output}: ${templateTitle(values.template!)} for ${values.provider} and ${values.customer} (locale ${locale}, ${currency}, ${timeZone})\n`
    };
}

function templateList(): string {
    const width = Math.max(...AGREEMENT_TEMPLATES.map(t => t.id.length));
    const templates = AGREEMENT_TEMPLATES.map(t => `${t.id.padEnd(width)}  ${t.title}: ${t.description}`);
    const locales = LOCALES.map(l => `  ${l.tag}  ${l.name}: ${l.currency}, ${l.timeZone}${l === DEFAULT_LOCALE ? ' (the default)' : ''}`);
    return [...templates, '', 'Locales (--locale; --currency and --timezone default to the locale\'s):', ...locales].join('\n') + '\n';
}

function templateTitle(id: string): string {
    return AGREEMENT_TEMPLATES.find(t => t.id === id)?.title ?? id;
}
