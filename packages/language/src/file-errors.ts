/**
 * What a file-system error means, in the words of the person who named the file, for every place that reads or
 * writes files: the CLI (inputs, outputs, `sla new`), the agreement files the server reads (workspace/unreadable-text.ts)
 * and data files (node/data-files.ts). Browser-safe: it reads only the error's `code`, so the language root may hold it.
 *
 * Each reason completes "<file>: " and "cannot write <file>: ": either what is wrong ("permission denied") or what the
 * file is ("is a folder, not a file"); `thisFileSentence` makes either a sentence about the file.
 */
const REASONS: Readonly<Record<string, string>> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ELOOP: 'is a symbolic link loop',
    EISDIR: 'is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
    ENAMETOOLONG: 'the name is too long',
    ENOSPC: 'no space left on the device; free some space and try again',
    EDQUOT: 'your disk quota is used up; free some space and try again',
    EROFS: 'the file system is read-only',
    EBUSY: 'another program is using it; close that program and try again',
    EMFILE: 'too many files are open; close some programs and try again',
    ENFILE: 'too many files are open; close some programs and try again',
    EIO: 'the disk could not be read or written (input/output error); copy the file elsewhere and try again',
    // `sla new` never overwrites a file.
    EEXIST: 'already exists; choose another file or delete it first'
};

/**
 * Why `error` stopped the use of a file. `named` is what the user named: a path on a command line may be a folder
 * too, a data file or an open agreement is a file.
 */
export function describeFileError(error: unknown, named: 'file' | 'file or folder' = 'file or folder'): string {
    const code = (error as { code?: unknown } | undefined)?.code;
    if (code === 'ENOENT') return `no such ${named}`;
    const known = typeof code === 'string' ? REASONS[code] : undefined;
    if (known) return known;
    // An unknown cause: its first line, which names it; the system's own wording is better than none.
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

/** The rest of a sentence that starts "This file": "is a folder, not a file", "cannot be read: permission denied". */
export function thisFileSentence(reason: string): string {
    return reason.startsWith('is ') ? reason : `cannot be read: ${reason}`;
}
