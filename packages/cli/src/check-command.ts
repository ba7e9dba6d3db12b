/**
 * `sla check <files or folders...> [--format text|json] [--ready]`. With `--ready`, a placeholder (sla-placeholder:
 * a TODO text, a value marked as suggested) is an error whatever the agreement's status: the check passes only for
 * an agreement that can be signed as written.
 */
import * as path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkAgreements, IssueCodes, type CheckedAgreement } from 'sla-language';
import { ExitCode, folderContext, loadAgreements, namedIn, type CommandResult } from './command.js';

export type CheckFormat = 'text' | 'json';

export const CHECK_OPTIONS = {
    format: { type: 'string', default: 'text' },
    ready: { type: 'boolean', default: false }
} as const satisfies ParseArgsOptionsConfig;

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'] as const;

export async function checkCommand(args: readonly string[], format: CheckFormat, ready = false): Promise<CommandResult> {
    const { sources, problems, services } = loadAgreements(args);
    const checked = (sources.length
        ? (await checkAgreements(services, [...sources, ...folderContext(sources)])).filter(namedIn(sources))
        : []).map(file => ready ? { ...file, diagnostics: file.diagnostics.map(placeholderAsError) } : file);
    const placeholders = checked.flatMap(file => file.diagnostics).filter(isPlaceholder).length;
    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const file of checked) {
        for (const diagnostic of file.diagnostics) counts[severityName(diagnostic)]++;
    }
    const exit = problems.length ? ExitCode.Usage : counts.error ? ExitCode.Problems : ExitCode.Ok;
    if (format === 'json') {
        return {
            exit,
            stdout: JSON.stringify({
                files: checked.map(file => ({ path: file.path, diagnostics: file.diagnostics.map(toJson) })),
                inputProblems: problems.map(p => p.message),
                summary: {
                    files: checked.length, errors: counts.error, warnings: counts.warning, infos: counts.info,
                    ...(ready ? { placeholders, ready: exit === ExitCode.Ok } : {})
                }
            }, null, 2) + '\n',
            stderr: '',
            stdoutKind: 'json'
        };
    }
    const lines = checked.flatMap(file => file.diagnostics.map(d => formatLine(file, d)));
    const summary = `${plural(checked.length, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}`;
    const verdict = ready ? [readyVerdict(exit, placeholders, counts.error - placeholders)] : [];
    return {
        exit,
        stdout: [...lines, summary, ...verdict].join('\n') + '\n',
        stderr: problems.map(p => `sla: ${p.message}\n`).join('')
    };
}

function isPlaceholder(d: Diagnostic): boolean {
    return d.code === IssueCodes.Placeholder;
}

function placeholderAsError(d: Diagnostic): Diagnostic {
    return isPlaceholder(d) ? { ...d, severity: 1 } : d;
}

function readyVerdict(exit: ExitCode, placeholders: number, otherErrors: number): string {
    if (exit === ExitCode.Ok) return 'Ready to sign: no errors and no placeholders.';
    const reasons = [
        placeholders && `${plural(placeholders, 'placeholder')} ${placeholders === 1 ? 'remains' : 'remain'} (write each TODO text; confirm each suggested value by deleting its '?')`,
        otherErrors > 0 && `${plural(otherErrors, 'other error')} to resolve`
    ].filter(Boolean);
    return `Not ready to sign: ${reasons.length ? reasons.join('; ') : 'the files could not all be read'}.`;
}

function formatLine(file: CheckedAgreement, d: Diagnostic): string {
    const { line, character } = d.range.start;
    const code = d.code === undefined ? '' : ` ${d.code}`;
    return `${path.normalize(file.path)}:${line + 1}:${character + 1}: ${severityName(d)}${code}: ${d.message}`;
}

function toJson(d: Diagnostic) {
    return {
        line: d.range.start.line + 1, column: d.range.start.character + 1,
        endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
        severity: severityName(d), code: d.code ?? null, message: d.message
    };
}

function severityName(d: Diagnostic): 'error' | 'warning' | 'info' | 'hint' {
    return SEVERITY[d.severity ?? 1] || 'error';
}

function plural(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
