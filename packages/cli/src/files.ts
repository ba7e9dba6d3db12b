/**
 * Reading agreement files for the CLI. Every way a file can be unusable (missing, unreadable, a folder without
 * agreements, binary, not UTF-8, too large, a symlink loop) becomes one `InputProblem` with a one-line message.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceText } from 'sla-language';

/** Larger files are refused: an agreement is a few thousand lines; 16 MiB is hundreds of thousands. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export class InputProblem extends Error { }

/** The `.sla` files named by the arguments: files as given, folders searched recursively. */
export function collectFiles(args: readonly string[]): { files: string[], problems: InputProblem[] } {
    const files: string[] = [];
    const problems: InputProblem[] = [];
    for (const arg of args) {
        try {
            const stat = fs.statSync(arg);
            if (stat.isDirectory()) {
                const found = findAgreements(arg);
                if (found.length === 0) problems.push(new InputProblem(`${arg}: no .sla files in this folder`));
                files.push(...found);
            } else {
                files.push(arg);
            }
        } catch (error) {
            problems.push(new InputProblem(`${arg}: ${describeFsError(error)}`));
        }
    }
    return { files: [...new Set(files)], problems };
}

function findAgreements(folder: string): string[] {
    return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.sla') && !name.split(path.sep).includes('node_modules'))
        .map(name => path.join(folder, name))
        .filter(file => fs.statSync(file, { throwIfNoEntry: false })?.isFile())
        .sort();
}

/** Reads one agreement, or throws an `InputProblem` that says in one line why it cannot be used. */
export function readAgreement(file: string): SourceText {
    let bytes: Buffer;
    try {
        const stat = fs.statSync(file);
        if (stat.isDirectory()) throw new InputProblem(`${file}: is a folder, not a file`);
        if (stat.size > MAX_FILE_BYTES) {
            throw new InputProblem(`${file}: is ${formatMiB(stat.size)}; agreements larger than ${formatMiB(MAX_FILE_BYTES)} are not read`);
        }
        bytes = fs.readFileSync(file);
    } catch (error) {
        throw error instanceof InputProblem ? error : new InputProblem(`${file}: ${describeFsError(error)}`);
    }
    if (bytes.includes(0)) {
        throw new InputProblem(`${file}: is a binary file, not an agreement`);
    }
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return { path: file, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
    } catch {
        throw new InputProblem(`${file}: is not UTF-8 text; save it as UTF-8 and try again`);
    }
}

export function describeFsError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'ENOENT': return 'no such file or folder';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'ELOOP': return 'is a symbolic link loop';
        case 'EISDIR': return 'is a folder, not a file';
        case 'ENOTDIR': return 'a part of the path is not a folder';
        case 'ENOSPC': return 'no space left on the device';
        case 'EROFS': return 'the file system is read-only';
        default: return (error as Error)?.message ?? String(error);
    }
}

function formatMiB(bytes: number): string {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
