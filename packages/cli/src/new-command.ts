/**
 * `sla new --template <name> --provider "..." --customer "..." [--start YYYY-MM-DD] [-o file]` writes a complete
 * agreement from a template (to standard output without `-o`); `sla new --list` lists the templates. An existing
 * file is never overwritten.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { AGREEMENT_TEMPLATES, TemplateParameterError, writeAgreement } from 'sla-language';
import { ExitCode, UsageError, type CommandResult } from './command.js';
import { describeFsError } from './files.js';
import { makeFolder } from './output-files.js';

export function newCommand(args: readonly string[]): CommandResult {
    const { values } = parseArgs({
        args: [...args], allowPositionals: false,
        options: {
            list: { type: 'boolean', default: false },
            template: { type: 'string' },
            provider: { type: 'string' },
            customer: { type: 'string' },
            start: { type: 'string' },
            output: { type: 'string', short: 'o' }
        }
    });
    if (values.list) {
        return { exit: ExitCode.Ok, stdout: templateList(), stderr: '' };
    }
    const missing = (['template', 'provider', 'customer'] as const).filter(option => values[option] === undefined);
    if (missing.length) {
        throw new UsageError(`sla new needs ${missing.map(option => `--${option}`).join(', ')}; run 'sla new --list' for the templates`);
    }
    let text: string;
    try {
        text = writeAgreement(values.template!, { provider: values.provider!, customer: values.customer!, start: values.start });
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
        const reason = (error as NodeJS.ErrnoException).code === 'EEXIST'
            ? 'already exists; choose another file or delete it first' : describeFsError(error);
        return { exit: ExitCode.Usage, stdout: '', stderr: `sla: cannot write ${values.output}: ${reason}\n` };
    }
    return { exit: ExitCode.Ok, stdout: `${values.output}: ${templateTitle(values.template!)} for ${values.provider} and ${values.customer}\n`, stderr: '' };
}

function templateList(): string {
    const width = Math.max(...AGREEMENT_TEMPLATES.map(t => t.id.length));
    return AGREEMENT_TEMPLATES.map(t => `${t.id.padEnd(width)}  ${t.title}: ${t.description}`).join('\n') + '\n';
}

function templateTitle(id: string): string {
    return AGREEMENT_TEMPLATES.find(t => t.id === id)?.title ?? id;
}
