/** What every CLI command shares: exit codes, its result, and loading the agreements it names. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createSlaServices, type SourceText } from 'sla-language';
import { collectFiles, InputProblem, readAgreement } from './files.js';

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
    const named = new Set(sources.map(source => path.resolve(source.path)));
    const folders = new Set(sources.map(source => path.dirname(path.resolve(source.path))));
    return [...folders].flatMap(folder => fs.readdirSync(folder)
        .filter(name => name.endsWith('.sla') && !named.has(path.join(folder, name)))
        .flatMap(name => {
            try {
                return [readAgreement(path.join(folder, name))];
            } catch {
                return [];
            }
        }));
}

/** Whether a checked agreement is one the user named, not folder context. */
export function namedIn(sources: readonly SourceText[]): (agreement: { path: string }) => boolean {
    const named = new Set(sources.map(source => path.resolve(source.path)));
    return agreement => named.has(path.resolve(agreement.path));
}
