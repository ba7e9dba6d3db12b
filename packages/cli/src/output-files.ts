/**
 * Writing the CLI's output files: never half a file (write a temporary file next to the target, then rename it
 * over the target), and every failure as one line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeFileError } from 'sla-language';
import { statOf } from './files.js';

export class OutputProblem extends Error { }

/**
 * Writes `content` to `target` in one step, creating its folder; throws an `OutputProblem` with a one-line message.
 * A target that is one of the `inputs` (by any name: a link, a hard link, another spelling) is refused.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array, inputs: readonly string[] = []): void {
    if (inputs.some(input => sameFile(input, target))) {
        throw new OutputProblem(`cannot write ${target}: it is an agreement being read; choose another output file`);
    }
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    try {
        makeFolder(path.dirname(target));
        const existing = statOf(target);
        if (existing instanceof fs.Stats && existing.isDirectory()) {
            throw Object.assign(new Error(), { code: 'EISDIR' });
        }
        fs.writeFileSync(temporary, content);
        fs.renameSync(temporary, target);
    } catch (error) {
        removeQuietly(temporary);
        throw new OutputProblem(`cannot write ${target}: ${describeFileError(error)}`);
    }
}

/**
 * `mkdir -p`, one level at a time: Node's `mkdirSync(..., { recursive: true })` loops forever where mkdir fails
 * with ENOENT on an existing parent (e.g. under /proc). A file in the way is reported as ENOTDIR.
 */
export function makeFolder(folder: string): void {
    const existing = statOf(folder);
    if (existing instanceof fs.Stats) {
        if (!existing.isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
        return;
    }
    if ((existing as NodeJS.ErrnoException)?.code !== 'ENOENT') throw existing;
    makeFolder(path.dirname(folder));
    fs.mkdirSync(folder);
}

/** Whether two paths name one file: the same device and inode, whatever links lead there. */
function sameFile(a: string, b: string): boolean {
    const [first, second] = [statOf(a), statOf(b)];
    return path.resolve(a) === path.resolve(b) || (first instanceof fs.Stats && second instanceof fs.Stats
        && first.dev === second.dev && first.ino === second.ino);
}

/** Cleans up after a failed write; the write's own error is the one worth reporting. */
function removeQuietly(file: string): void {
    try {
        fs.rmSync(file, { force: true });
    } catch {
        // Nothing was written there, or the folder itself is unusable: either way there is nothing to clean.
    }
}

/** The folder all the given files are in, at any depth. */
export function commonFolder(files: readonly string[]): string {
    const folders = files.map(file => path.resolve(path.dirname(file)).split(path.sep));
    const common: string[] = [];
    for (let i = 0; folders.every(parts => i < parts.length && parts[i] === folders[0][i]); i++) common.push(folders[0][i]);
    return common.join(path.sep) || path.sep;
}
