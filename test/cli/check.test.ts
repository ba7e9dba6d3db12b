import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../packages/cli/src/main.js';
import { examplesDir, MINIMAL, repoRoot } from '../helpers.js';

let dir: string;
const file = (name: string, content: string | Buffer) => {
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    return target;
};

beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-check-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('sla check', () => {
    test('exit 0 and a summary line for the examples folder', async () => {
        const result = await run(['check', examplesDir]);
        expect(result.stderr).toBe('');
        expect(result.stdout).not.toMatch(/: error /);
        expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ files checked: 0 errors, 0 warnings, \d+ infos?$/);
        expect(result.exit).toBe(0);
    });

    test('an agreement checked alone still resolves the agreement it refines from its folder, without reporting on it', async () => {
        const erp = path.join(examplesDir, 'multi-level', 'finance-erp.sla');
        const result = await run(['check', erp]);
        expect(result.stdout).toMatch(/^1 file checked: 0 errors, 0 warnings/m);
        expect(result.stdout).not.toContain('corporate-it.sla');
        expect(result.exit).toBe(0);
    });

    test('exit 1 with one path:line:col line per problem', async () => {
        const broken = file('broken.sla', MINIMAL.replace(/    review \{[\s\S]*?\n    \}\n/, ''));
        const result = await run(['check', broken]);
        expect(result.exit).toBe(1);
        expect(result.stdout).toContain(`${broken}:1:11: error sla-missing-review: The agreement is missing a required 'review' section`);
        expect(result.stdout).toMatch(/1 file checked: 1 error, 0 warnings, \d+ infos\n$/);
    });

    test('syntax errors are reported with their position', async () => {
        const broken = file('syntax.sla', 'agreement A {\n    version\n}\n');
        const result = await run(['check', broken]);
        expect(result.exit).toBe(1);
        expect(result.stdout).toMatch(new RegExp(`${broken}:3:1: error`));
    });

    test('--format json lists files, diagnostics with 1-based positions, and a summary', async () => {
        const broken = file('json.sla', MINIMAL.replace(/    goals \{[\s\S]*?\n    \}\n/, ''));
        const result = await run(['check', '--format', 'json', broken]);
        expect(result.exit).toBe(1);
        const report = JSON.parse(result.stdout);
        expect(report.summary).toMatchObject({ files: 1, errors: 1, warnings: 0 });
        expect(report.files[0].path).toBe(broken);
        expect(report.files[0].diagnostics).toContainEqual({
            line: 1, column: 11, endLine: 1, endColumn: 18, severity: 'error', code: 'sla-missing-goals',
            message: expect.stringContaining("'goals' section")
        });
    });

    test('--format json of clean agreements exits 0', async () => {
        const result = await run(['check', '--format', 'json', file('clean/a.sla', MINIMAL)]);
        expect(result.exit).toBe(0);
        expect(JSON.parse(result.stdout).summary.errors).toBe(0);
    });

    describe('exit 2 with one clear line for unusable input', () => {
        test.each([
            ['a missing file', () => path.join(dir, 'nope.sla'), 'no such file or folder'],
            ['a folder without agreements', () => { fs.mkdirSync(path.join(dir, 'empty'), { recursive: true }); return path.join(dir, 'empty'); }, 'no .sla files in this folder'],
            ['a binary file', () => file('binary.sla', Buffer.from([0x61, 0x00, 0x62])), 'is a binary file, not an agreement'],
            ['a file that is not UTF-8', () => file('latin1.sla', Buffer.from('agreement A "Gr\xfc\xdfe" {}', 'latin1')), 'is not UTF-8 text'],
            ['a symlink loop', () => { const link = path.join(dir, 'loop.sla'); fs.symlinkSync(link, link); return link; }, 'is a symbolic link loop']
        ])('%s', async (_name, make, message) => {
            const target = make();
            const result = await run(['check', target]);
            expect(result.exit).toBe(2);
            expect(result.stderr).toBe(`sla: ${target}: ${message}${message.endsWith('text') ? '; save it as UTF-8 and try again' : ''}\n`);
        });

        test('the good files are still checked next to a bad one', async () => {
            const result = await run(['check', file('good.sla', MINIMAL), path.join(dir, 'missing.sla')]);
            expect(result.exit).toBe(2);
            expect(result.stdout).toMatch(/^1 file checked: 0 errors/m);
        });

        test('usage problems', async () => {
            await expect(run(['check'])).rejects.toThrow('name at least one .sla file or folder');
            await expect(run(['check', '--format', 'xml', 'x'])).rejects.toThrow('--format must be one of text, json');
            await expect(run(['frobnicate'])).rejects.toThrow("unknown command 'frobnicate'");
        });
    });

    test('the bundled binary prints one line and no stack trace for bad input', () => {
        const sla = path.join(repoRoot, 'packages/cli/bin/sla.cjs');
        for (const args of [['check', path.join(dir, 'nope.sla')], ['check', '--bogus'], ['nonsense']]) {
            const result = spawnSync(process.execPath, [sla, ...args], { encoding: 'utf8' });
            expect(result.status).toBe(2);
            expect(result.stderr.trim().split('\n')).toHaveLength(1);
            expect(result.stderr).toMatch(/^sla: /);
            expect(result.stderr).not.toMatch(/\bat .*\(|node:internal/);
        }
    });
});
