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

/** Runs the binary; a hang fails the test within the timeout instead of stalling the suite. */
function run(...args: string[]) {
    return spawnSync(process.execPath, [sla, ...args], { encoding: 'utf8', timeout: 30_000, cwd: dir });
}

describe('special files and names (issue 17)', () => {
    test('a named pipe or a device, named or beside the agreement, is refused in one line and never read', () => {
        const folder = inDir('with-pipe');
        const good = file('with-pipe/good.sla', MINIMAL);
        spawnSync('mkfifo', [path.join(folder, 'pipe.sla')]);
        const beside = run('check', good);
        expect(beside.status, beside.stderr).toBe(0);
        expect(beside.stdout).toContain('1 file checked');
        expect(failsWithOneLine('check', path.join(folder, 'pipe.sla'))).toBe(`sla: ${path.join(folder, 'pipe.sla')}: is not a regular file (a pipe, a device or a socket); only files are read`);
        const devices = run('check', '/dev/zero', '/dev/null', good);
        expect(devices.status).toBe(2);
        expect(devices.stderr.trimEnd().split('\n')).toEqual([
            'sla: /dev/zero: is not an agreement file (agreement files end in .sla); rename it or name the .sla file',
            'sla: /dev/null: is not an agreement file (agreement files end in .sla); rename it or name the .sla file'
        ]);
        expect(devices.stdout).toContain('1 file checked');
    });

    test('X.SLA is an agreement; a .txt or extension-less file named explicitly is one line, and the rest is checked', () => {
        const upper = file('names/X.SLA', MINIMAL);
        const text = file('names/notes.txt', MINIMAL);
        const bare = file('names/README', MINIMAL);
        const result = run('check', upper, text, bare);
        expect(result.stdout).toContain('1 file checked: 0 errors');
        expect(result.stderr.trimEnd().split('\n')).toEqual([text, bare].map(f => `sla: ${f}: is not an agreement file (agreement files end in .sla); rename it or name the .sla file`));
        expect(run('check', path.dirname(upper)).stdout).toContain('1 file checked: 0 errors');
    });

    test('a folder that links to itself is checked once; a looping link is named, the rest is checked', () => {
        const folder = inDir('links');
        file('links/good.sla', MINIMAL);
        fs.symlinkSync('.', path.join(folder, 'self'));
        fs.symlinkSync('loop-b.sla', path.join(folder, 'loop-a.sla'));
        fs.symlinkSync('loop-a.sla', path.join(folder, 'loop-b.sla'));
        const result = run('check', folder);
        expect(result.stdout).toContain('1 file checked: 0 errors');
        expect(result.stderr.trimEnd().split('\n')).toEqual(['loop-a.sla', 'loop-b.sla'].map(name => `sla: ${path.join(folder, name)}: is a symbolic link loop`));
    });

    test('a file of 2,000 broken items in the folder neither crashes nor slows the check of its neighbour', () => {
        const good = file('crowded/good.sla', MINIMAL);
        file('crowded/broken.sla', `agreement Broken "b" {\n    definitions {\n${'        term "T" means "M",\n'.repeat(2_000)}    }\n}\n`);
        const result = run('check', good);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const broken = run('check', path.join(path.dirname(good), 'broken.sla'));
        expect(broken.stdout).toMatch(/^1 file checked: 20\d\d errors/m);
        expect(broken.stderr).toBe('');
    });

    test('control characters in an agreement are escaped in the terminal, never sent raw', () => {
        const target = file('escapes.sla', 'agreement E "e" {\n    "\u001b]0;pwned\u0007\u001b[2J\u009b\u202e"\n}\n');
        const result = run('check', target);
        expect(result.stdout).toContain('\\x1b]0;pwned\\x07\\x1b[2J\\x9b\\u202e');
        expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
        const json = run('check', target, '--format', 'json');
        expect(json.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
        expect(JSON.stringify(JSON.parse(json.stdout))).toContain('\\u001b]0;pwned');
    });
});

describe('outputs never replace an input (issue 17)', () => {
    test.each([
        ['the agreement itself', (input: string) => input],
        ['a link to the agreement', (input: string) => { fs.symlinkSync(input, `${input}.link.html`); return `${input}.link.html`; }],
        ['a hard link to the agreement', (input: string) => { fs.linkSync(input, `${input}.hard.docx`); return `${input}.hard.docx`; }],
        ['another agreement of the folder', (input: string) => file('outputs/other.sla', MINIMAL.replace('agreement Minimal', 'agreement Other'))]
    ])('sla render -o %s is refused and the file is unchanged', (_, target) => {
        const input = file('outputs/a.sla', MINIMAL);
        const output = target(input);
        const before = fs.readFileSync(output, 'utf8');
        for (const format of ['html', 'docx']) {
            expect(failsWithOneLine('render', input, '--format', format, '-o', output)).toBe(`sla: cannot write ${output}: it is an agreement being read; choose another output file`);
        }
        expect(fs.readFileSync(output, 'utf8')).toBe(before);
        fs.rmSync(path.dirname(input), { recursive: true });
    });

    test('an input path through a regular file is one line, not a raw ENOTDIR', () => {
        const blocker = file('plain-file', 'not a folder');
        expect(failsWithOneLine('render', path.join(blocker, 'a.sla'), '-o', inDir('out.html'))).toBe(`sla: ${path.join(blocker, 'a.sla')}: a part of the path is not a folder`);
    });
});
