/**
 * `sla evaluate <agreement.sla> --data <file>... [--period 2026-10] [--as-of 2026-10-15T14:00] [--format table|json|html|md] [--excuse Level]`.
 * The agreement is loaded with the other `.sla` files of its folder, so that an agreement that refines another
 * finds it. The evaluation is made as of `--as-of`, or of the moment the command runs (the clock is read here,
 * once, never in the evaluation): a window that ends later is in progress. Exit 0: every level with data is met or
 * in progress; 1: a level of an ended window is breached or has insufficient data; 2: a usage, agreement or data problem.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { NodeFileSystem } from 'langium/node';
import {
    checkAgreements, createSlaServices, evaluateAgreement, EVALUATION_FORMATS, problemText, renderEvaluation,
    type EvaluationFormat, type EvaluationOptions, type SourceText
} from 'sla-language';
import { isAgreementFileName, readDataFile } from 'sla-language/node';
import { ExitCode, folderContext, UsageError, type CommandResult } from './command.js';
import { InputProblem as FileProblem, readAgreement } from './files.js';

export const EVALUATE_OPTIONS = {
    data: { type: 'string', multiple: true, default: [] },
    period: { type: 'string' },
    'as-of': { type: 'string' },
    format: { type: 'string', default: 'table' },
    excuse: { type: 'string', multiple: true, default: [] }
} as const satisfies ParseArgsOptionsConfig;

export async function evaluateCommand(args: readonly string[]): Promise<CommandResult> {
    const { values, positionals } = parseArgs({
        args: [...args], allowPositionals: true, options: EVALUATE_OPTIONS
    });
    const [file, ...moreData] = positionals;
    if (!file) throw new UsageError('name the agreement: sla evaluate <agreement.sla> --data <file>...');
    const format = values.format as EvaluationFormat;
    if (!EVALUATION_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EVALUATION_FORMATS.join(', ')} (got '${values.format}')`);
    const data = [...values.data, ...moreData];
    if (data.length === 0) throw new UsageError('name at least one data file with --data');

    if (!isAgreementFileName(file)) {
        return failure([`${file}: is not an agreement file (agreement files end in .sla); name the .sla file first, then the data`]);
    }
    let source: SourceText;
    try {
        source = readAgreement(file);
    } catch (error) {
        if (error instanceof FileProblem) return failure([error.message]);
        throw error;
    }
    const services = createSlaServices(NodeFileSystem);
    const checked = await checkAgreements(services, [source, ...folderContext([source])]);
    const errors = checked[0].diagnostics.filter(d => (d.severity ?? 1) === 1).length;
    if (errors) {
        return failure([`${file} has ${errors} error${errors === 1 ? '' : 's'}; run 'sla check ${file}' and fix ${errors === 1 ? 'it' : 'them'} first`]);
    }
    const outcome = await evaluateAgreement(checked[0].document.parseResult.value,
        data.map(dataFile => ({ path: dataFile, rows: readDataFile(dataFile) })),
        { period: values.period, excuse: values.excuse, asOf: values['as-of'] ?? Date.now() });
    // The engine speaks of the agreement; the command line names the option its user typed.
    if (outcome.problems) return failure(outcome.problems.map(problem => problem.option ? `${OPTION_NAMES[problem.option]}: ${problemText(problem)}` : problemText(problem)));
    return {
        exit: outcome.report.summary.breached || outcome.report.summary['insufficient-data'] ? ExitCode.Problems : ExitCode.Ok,
        stdout: renderEvaluation(outcome.report, format),
        stderr: '',
        stdoutKind: format === 'table' ? 'text' : format === 'json' ? 'json' : 'document'
    };
}

const OPTION_NAMES: Record<keyof EvaluationOptions, string> = { period: '--period', excuse: '--excuse', asOf: '--as-of' };

function failure(messages: readonly string[]): CommandResult {
    return { exit: ExitCode.Usage, stdout: '', stderr: messages.map(message => `sla: ${message}\n`).join('') };
}
