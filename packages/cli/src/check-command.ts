/** `sla check <files or folders...> [--format text|json]`. */
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkAgreements, type CheckedAgreement } from 'sla-language';
import { ExitCode, folderContext, loadAgreements, namedIn, type CommandResult } from './command.js';

export type CheckFormat = 'text' | 'json';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'] as const;

export async function checkCommand(args: readonly string[], format: CheckFormat): Promise<CommandResult> {
    const { sources, problems, services } = loadAgreements(args);
    const checked = sources.length
        ? (await checkAgreements(services, [...sources, ...folderContext(sources)])).filter(namedIn(sources))
        : [];
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
                summary: { files: checked.length, errors: counts.error, warnings: counts.warning, infos: counts.info }
            }, null, 2) + '\n',
            stderr: '',
            stdoutKind: 'json'
        };
    }
    const lines = checked.flatMap(file => file.diagnostics.map(d => formatLine(file, d)));
    const summary = `${plural(checked.length, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}`;
    return {
        exit,
        stdout: [...lines, summary].join('\n') + '\n',
        stderr: problems.map(p => `sla: ${p.message}\n`).join('')
    };
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
