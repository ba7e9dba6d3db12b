/**
 * The bundled `sla` binary on every kind of unusable input and output: one clear line on standard error, a
 * non-zero exit, no stack trace, and no half-written file. (check.test.ts covers the messages of `run` in-process.)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MINIMAL, repoRoot } from '../helpers.js';

const sla = path.join(repoRoot, 'packages/cli/bin/sla.cjs');
let dir: string;

beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-bad-input-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const inDir = (name: string) => path.join(dir, name);
function file(name: string, content: string | Uint8Array): string {
    fs.mkdirSync(path.dirname(inDir(name)), { recursive: true });
    fs.writeFileSync(inDir(name), content);
    return inDir(name);
}

/** Runs the binary and checks what every failure must look like; returns its one line. */
function failsWithOneLine(...args: string[]): string {
    const result = spawnSync(process.execPath, [sla, ...args], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status, result.stderr).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^sla: /);
    expect(result.stderr).not.toMatch(/\bat .*[(:]\d|node:internal|Error:/);
    return lines[0];
}

/** The files under `folder`, so that a failed write can be shown to leave nothing, not even a temporary file. */
const filesIn = (folder: string) => fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();

describe('sla check on unusable input', () => {
    test.each([
        ['a missing file', () => inDir('missing.sla'), 'no such file or folder'],
        ['a folder without agreements', () => { fs.mkdirSync(inDir('no-agreements')); return inDir('no-agreements'); }, 'no .sla files in this folder'],
        ['a binary file', () => file('binary.sla', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2])), 'is a binary file, not an agreement'],
        ['invalid UTF-8', () => file('invalid.sla', new Uint8Array([...Buffer.from('agreement A "'), 0xc3, 0x28, 0xff, 0x22])), 'is not UTF-8 text'],
        ['a 50 MB file', () => file('huge.sla', Buffer.alloc(50 * 1024 * 1024, 'goal "a" ')), 'agreements larger than 16.0 MiB are not read'],
        ['a symlink loop', () => { fs.symlinkSync('loop-b.sla', inDir('loop-a.sla')); fs.symlinkSync('loop-a.sla', inDir('loop-b.sla')); return inDir('loop-a.sla'); }, 'is a symbolic link loop']
    ])('%s', (_, make, message) => {
        const target = make();
        expect(failsWithOneLine('check', target)).toContain(`${target}: `);
        expect(failsWithOneLine('check', target)).toContain(message);
    });

    // Root reads any file whatever its mode, so the denial can only be seen as another user.
    test.skipIf(process.getuid?.() === 0)('an unreadable file (skipped as root: root is never denied reading)', () => {
        const target = file('unreadable.sla', MINIMAL);
        fs.chmodSync(target, 0o000);
        expect(failsWithOneLine('check', target)).toBe(`sla: ${target}: permission denied`);
    });
});

describe('-o that cannot be written', () => {
    const targets: Array<[string, () => string]> = [
        ['a path under a file', () => path.join(file('blocker', 'a file where a folder is expected'), 'out.txt')],
        // Node's recursive mkdir never returns here (regression: the CLI hung).
        ['a missing folder in /proc', () => '/proc/sla-robustness/out.txt']
    ];

    test.each(targets)('sla render to %s', (_, make) => {
        const target = make();
        const input = file('agreement.sla', MINIMAL);
        const before = filesIn(dir);
        expect(failsWithOneLine('render', input, '--format', 'md', '-o', target)).toMatch(/^sla: cannot write /);
        expect(filesIn(dir)).toEqual(before);
    });

    // `sla render -o folder` renders into the folder; `sla new` needs a file name.
    const existingFolder: [string, () => string] = ['an existing folder', () => { fs.mkdirSync(inDir('a-folder'), { recursive: true }); return inDir('a-folder'); }];

    test.each([...targets, existingFolder])('sla new to %s', (_, make) => {
        const target = make();
        const before = filesIn(dir);
        expect(failsWithOneLine('new', '--template', 'managed-it-helpdesk', '--provider', 'Acme', '--customer', 'Globex', '-o', target)).toMatch(/^sla: cannot write /);
        expect(filesIn(dir)).toEqual(before);
    });
});
