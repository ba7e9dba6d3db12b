import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../packages/cli/src/main.js';
import { exampleFiles, examplesDir, MINIMAL } from '../helpers.js';

let dir: string;
const file = (name: string, content: string) => {
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    return target;
};

beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-render-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('sla render', () => {
    test('renders a folder into -o, keeping sub-folders, and exits 0', async () => {
        const out = path.join(dir, 'html');
        const result = await run(['render', examplesDir, '--format', 'html', '-o', out]);
        expect(result.stderr).toBe('');
        expect(result.exit).toBe(0);
        for (const example of exampleFiles()) {
            const written = path.join(out, example.replace(/\.sla$/, '.html'));
            expect(fs.readFileSync(written, 'utf8')).toMatch(/^<!DOCTYPE html>/);
            expect(result.stdout).toContain(` -> ${written}\n`);
        }
    });

    test('writes next to the agreement by default', async () => {
        const agreement = file('next/minimal.sla', MINIMAL);
        const result = await run(['render', agreement, '--format', 'md']);
        expect(result.exit).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'next/minimal.md'), 'utf8')).toMatch(/^# Minimal agreement\n/);
    });

    test('-o names the output file when one agreement is rendered', async () => {
        const out = path.join(dir, 'single/contract.docx');
        const result = await run(['render', file('single.sla', MINIMAL), '--format', 'docx', '-o', out]);
        expect(result.exit).toBe(0);
        expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    });

    test('an agreement that refines another is rendered with what it inherits from its folder', async () => {
        const out = path.join(dir, 'erp.md');
        const result = await run(['render', path.join(examplesDir, 'multi-level/finance-erp.sla'), '--format', 'md', '-o', out]);
        expect(result.stderr).toBe('');
        expect(result.exit).toBe(0);
        expect(fs.readFileSync(out, 'utf8')).toContain('### 9.3 Floors of the higher-level agreement *(Inherited from CorporateIT)*');
        expect(fs.existsSync(path.join(examplesDir, 'multi-level/corporate-it.md'))).toBe(false);
    });

    test('an agreement with errors is rendered anyway and exits 1', async () => {
        const broken = file('broken.sla', MINIMAL.replace(/    review \{[\s\S]*?\n    \}\n/, ''));
        const result = await run(['render', broken]);
        expect(result.exit).toBe(1);
        expect(result.stderr).toBe(`sla: ${broken} has 1 error; rendered what could be read (run 'sla check ${broken}' for the list)\n`);
        expect(fs.readFileSync(path.join(dir, 'broken.html'), 'utf8')).toContain('This agreement has 1 error.');
    });

    test('a missing input is one line and exit 2', async () => {
        const result = await run(['render', path.join(dir, 'missing.sla')]);
        expect(result.exit).toBe(2);
        expect(result.stderr).toBe(`sla: ${path.join(dir, 'missing.sla')}: no such file or folder\n`);
    });

    test('a write error is one line, exit 2, and leaves nothing behind', async () => {
        const blocker = file('blocker', 'a file where a folder is needed');
        const result = await run(['render', file('w.sla', MINIMAL), '-o', path.join(blocker, 'out.html')]);
        expect(result.exit).toBe(2);
        expect(result.stderr).toBe(`sla: cannot write ${path.join(blocker, 'out.html')}: a part of the path is not a folder\n`);
        expect(result.stdout).toBe('');
    });

    test('an existing output file is replaced whole', async () => {
        const out = file('replace/out.md', 'old content that is longer than nothing'.repeat(1000));
        const result = await run(['render', file('replace.sla', MINIMAL), '--format', 'md', '-o', out]);
        expect(result.exit).toBe(0);
        expect(fs.readFileSync(out, 'utf8')).toMatch(/^# Minimal agreement\n[\s\S]*Date: _+\n$/);
        expect(fs.readdirSync(path.dirname(out))).toEqual(['out.md']);
    });

    test('an unknown format is a usage error', async () => {
        await expect(run(['render', '--format', 'pdf', examplesDir])).rejects.toThrow("--format must be one of html, md, docx (got 'pdf')");
    });
});
