/** What every CLI command shares: exit codes, its result, and loading the agreements it names. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createSlaServices, type SourceText } from 'sla-language';
import { isAgreementFileName } from 'sla-language/node';
import { collectFiles, InputProblem, readAgreement, realPathOf } from './files.js';

export const ExitCode = {
    /** Nothing wrong. */
    Ok: 0,
    /** The agreements have errors (check), or a level is breached (evaluate). */
    Problems: 1,
    /** The command line or an input/output file is unusable. */
    Usage: 2
} as const;
export type ExitCode = typeof ExitCode[keyof typeof ExitCode];

/** A command's whole effect, so that commands can be tested without a process. */
export interface CommandResult {
    exit: ExitCode;
    stdout: string;
    stderr: string;
    /** What standard output holds (terminal.ts): text for the terminal by default. */
    stdoutKind?: 'text' | 'json' | 'document';
}

export class UsageError extends Error { }

/** Reads every agreement the arguments name into fresh services; unusable inputs become problems, not crashes. */
export function loadAgreements(args: readonly string[]) {
    if (args.length === 0) throw new UsageError('name at least one .sla file or folder');
    const { files, problems } = collectFiles(args);
    const sources: SourceText[] = [];
    for (const file of files) {
        try {
            sources.push(readAgreement(file));
        } catch (error) {
            if (!(error instanceof InputProblem)) throw error;
            problems.push(error);
        }
    }
    return { sources, problems, services: createSlaServices(NodeFileSystem) };
}

/**
 * The other agreements in the folders of the named ones, loaded so that `refines` and inherited names resolve
 * but never reported on. One that cannot be read is skipped: a reference to it stays unresolved and is reported.
 */
export function folderContext(sources: readonly SourceText[]): SourceText[] {
    const loaded = new Set(sources.map(source => realPathOf(source.path)));
    const folders = new Set(sources.map(source => path.dirname(path.resolve(source.path))));
    return [...folders].flatMap(folder => namesIn(folder)
        .filter(name => isAgreementFileName(name))
        .map(name => path.join(folder, name))
        .flatMap(file => {
            const real = realPathOf(file);
            if (loaded.has(real)) return [];
            loaded.add(real);
            try {
                return [readAgreement(file)];
            } catch {
                return [];
            }
        }));
}

function namesIn(folder: string): string[] {
    try {
        return fs.readdirSync(folder).sort();
    } catch {
        return [];
    }
}

/** Whether a checked agreement is one the user named, not folder context. */
export function namedIn(sources: readonly SourceText[]): (agreement: { path: string }) => boolean {
    const named = new Set(sources.map(source => path.resolve(source.path)));
    return agreement => named.has(path.resolve(agreement.path));
}

/** The real paths of every agreement read, named or context: no output may be written onto one of them. */
export function inputFiles(sources: readonly SourceText[]): string[] {
    return sources.map(source => realPathOf(source.path));
}
