/**
 * Finding and reading agreement files for the CLI, by the rule the language server follows too
 * (sla-language's node/agreement-files.ts): regular files only, `.sla` in any case, bounded size. Every way a
 * file can be unusable becomes one `InputProblem` with a one-line message naming that file; the other files of
 * the call are still checked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeFileError, UnreadableText, type SourceText } from 'sla-language';
import { isAgreementFileName, readAgreementFileSync } from 'sla-language/node';

export class InputProblem extends Error { }

/** The `.sla` files named by the arguments: files as given, folders searched recursively, each file once. */
export function collectFiles(args: readonly string[]): { files: string[], problems: InputProblem[] } {
    const files: string[] = [];
    const problems: InputProblem[] = [];
    for (const arg of args) {
        const stat = statOf(arg);
        if (!(stat instanceof fs.Stats)) {
            problems.push(new InputProblem(`${arg}: ${describeFileError(stat)}`));
        } else if (stat.isDirectory()) {
            const found = findAgreements(arg, problems);
            if (found.length === 0) problems.push(new InputProblem(`${arg}: no .sla files in this folder`));
            files.push(...found);
        } else if (!isAgreementFileName(arg)) {
            problems.push(new InputProblem(`${arg}: is not an agreement file (agreement files end in .sla); rename it or name the .sla file`));
        } else {
            files.push(arg);
        }
    }
    return { files: onePerFile(files), problems };
}

/**
 * The `.sla` files under `folder`. Linked folders are followed once each (a `self -> .` link would repeat the
 * whole tree); a broken or looping link is reported by its own name and the rest of the folder is still read.
 */
function findAgreements(folder: string, problems: InputProblem[], visited = new Set<string>()): string[] {
    const real = realPathOf(folder);
    if (visited.has(real)) return [];
    visited.add(real);
    let entries: fs.Dirent[];
    try {
        entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        problems.push(new InputProblem(`${folder}: ${describeFileError(error)}`));
        return [];
    }
    const found: string[] = [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const child = path.join(folder, entry.name);
        if (entry.isDirectory() || (entry.isSymbolicLink() && isFolder(child))) {
            if (entry.name !== 'node_modules') found.push(...findAgreements(child, problems, visited));
        } else if (isAgreementFileName(entry.name)) {
            found.push(child);
        }
    }
    return found;
}

/** The first name of each file: two links to one agreement, or a file named twice, check it once. */
function onePerFile(files: readonly string[]): string[] {
    const seen = new Set<string>();
    return files.filter(file => {
        const real = realPathOf(file);
        if (seen.has(real)) return false;
        seen.add(real);
        return true;
    });
}

/** Reads one agreement, or throws an `InputProblem` that says in one line why it cannot be used. */
export function readAgreement(file: string): SourceText {
    try {
        return { path: file, text: readAgreementFileSync(file) };
    } catch (error) {
        throw new InputProblem(`${file}: ${error instanceof UnreadableText ? error.message : describeFileError(error)}`);
    }
}

/** `fs.statSync` that returns the error instead of throwing it (ENOTDIR and ELOOP included). */
export function statOf(file: string): fs.Stats | unknown {
    try {
        return fs.statSync(file);
    } catch (error) {
        return error;
    }
}

export function isFolder(file: string): boolean {
    const stat = statOf(file);
    return stat instanceof fs.Stats && stat.isDirectory();
}

/** The real path, or the absolute path when it has none (broken link, missing file). */
export function realPathOf(file: string): string {
    try {
        return fs.realpathSync(file);
    } catch {
        return path.resolve(file);
    }
}
