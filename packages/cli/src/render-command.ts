/**
 * `sla render <files or folders...> [--format html|md|docx] [-o path]`: writes each agreement as a document.
 *
 * - Without `-o`, each document is written next to its agreement (`a.sla` -> `a.html`), as the editor's export does.
 * - With one agreement file, `-o` names the output file, or a folder when it is one or ends with `/`.
 * - With several agreements (or a folder), `-o` is a folder; the agreements' sub-folders are kept under it.
 * - The other agreements in each agreement's folder are loaded too, so that one that refines another shows what it
 *   inherits; only the named agreements are rendered.
 *
 * An agreement with errors is still rendered (what could be read) and makes the exit code 1, as `sla check` does;
 * an unreadable input or an unwritable output makes it 2 and nothing is written half.
 */
import * as path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import {
    checkAgreements, renderAgreement, RENDER_FILE_EXTENSIONS, type RenderFormat, type SourceText
} from 'sla-language';
import { ExitCode, folderContext, inputFiles, loadAgreements, namedIn, UsageError, type CommandResult } from './command.js';
import { isFolder } from './files.js';
import { commonFolder, OutputProblem, writeFileAtomic } from './output-files.js';

/** The CLI's names of the formats. */
const FORMATS: Readonly<Record<string, RenderFormat>> = { html: 'html', md: 'markdown', docx: 'docx' };

export const RENDER_OPTIONS = { format: { type: 'string', default: 'html' }, output: { type: 'string', short: 'o' } } as const satisfies ParseArgsOptionsConfig;

export async function renderCommand(args: readonly string[]): Promise<CommandResult> {
    const { values, positionals } = parseArgs({
        args: [...args], allowPositionals: true, options: RENDER_OPTIONS
    });
    const format = FORMATS[values.format];
    if (!Object.hasOwn(FORMATS, values.format)) {
        throw new UsageError(`--format must be one of ${Object.keys(FORMATS).join(', ')} (got '${values.format}')`);
    }
    const { sources, problems, services } = loadAgreements(positionals);
    const loaded = [...sources, ...folderContext(sources)];
    const checked = sources.length ? await checkAgreements(services, loaded) : [];
    const inputs = inputFiles(loaded);
    const target = outputTarget(positionals, sources, values.output, format);
    const messages = problems.map(problem => problem.message);
    const written: string[] = [];
    let withErrors = 0;
    for (const agreement of checked.filter(namedIn(sources))) {
        const rendered = await renderAgreement(agreement.document, format);
        const output = target(agreement.path);
        try {
            writeFileAtomic(output, rendered.content, inputs);
            written.push(`${agreement.path} -> ${output}`);
        } catch (error) {
            if (!(error instanceof OutputProblem)) throw error;
            messages.push(error.message);
            continue;
        }
        const { errors } = rendered.problems;
        if (errors) {
            withErrors++;
            messages.push(`${agreement.path} has ${errors} error${errors === 1 ? '' : 's'}; rendered what could be read (run 'sla check ${agreement.path}' for the list)`);
        }
    }
    return {
        exit: messages.length > withErrors ? ExitCode.Usage : withErrors ? ExitCode.Problems : ExitCode.Ok,
        stdout: written.map(line => `${line}\n`).join(''),
        stderr: messages.map(message => `sla: ${message}\n`).join('')
    };
}

/** Where each agreement's document goes; see the file comment. */
function outputTarget(args: readonly string[], sources: readonly SourceText[], output: string | undefined, format: RenderFormat) {
    const extension = `.${RENDER_FILE_EXTENSIONS[format]}`;
    const renamed = (file: string) => file.replace(/\.sla$/i, '') + extension;
    if (output === undefined || sources.length === 0) return renamed;
    const single = sources.length === 1 && args.length === 1 && !isFolder(args[0]);
    const intoFolder = !single || /[\\/]$/.test(output) || isFolder(output);
    if (!intoFolder) return () => output;
    const base = commonFolder(sources.map(source => source.path));
    return (file: string) => path.join(output, renamed(path.relative(base, path.resolve(file))));
}
