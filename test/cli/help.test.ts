/** `sla --help` and `sla <command> --help`: a command's usage, every option it accepts and its exit codes, exit 0. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHECK_OPTIONS } from '../../packages/cli/src/check-command.js';
import { EVALUATE_OPTIONS } from '../../packages/cli/src/evaluate-command.js';
import { run } from '../../packages/cli/src/main.js';
import { NEW_OPTIONS } from '../../packages/cli/src/new-command.js';
import { RENDER_OPTIONS } from '../../packages/cli/src/render-command.js';
import { repoRoot } from '../helpers.js';

const COMMANDS = { check: CHECK_OPTIONS, evaluate: EVALUATE_OPTIONS, render: RENDER_OPTIONS, new: NEW_OPTIONS };

describe('sla <command> --help', () => {
    for (const [command, options] of Object.entries(COMMANDS)) {
        for (const flag of ['--help', '-h']) {
            test(`${command} ${flag} prints its usage, every option and its exit codes`, async () => {
                const result = await run([command, flag]);
                expect(result.exit).toBe(0);
                expect(result.stderr).toBe('');
                expect(result.stdout).toMatch(new RegExp(`^Usage: sla ${command} `));
                for (const option of Object.keys(options)) expect(result.stdout).toMatch(new RegExp(`^  (-\\w, )?--${option}\\b`, 'm'));
                expect(result.stdout).toMatch(/^ {2}-h, --help {2,}Show this help/m);
                expect(result.stdout).toMatch(/^Exit codes:\n {2}0 {2}\S/m);
                expect(result.stdout).toMatch(/^ {2}2 {2}.*command line is wrong/m);
            });
        }
    }

    test('--help wins over other arguments, even missing or wrong ones', async () => {
        const result = await run(['evaluate', 'agreement.sla', '--format', 'nope', '--help']);
        expect(result.exit).toBe(0);
        expect(result.stdout).toContain('--data <file>');
        expect((await run(['new', '--template', 'x', '-h'])).stdout).toContain('--list');
    });

    test('after `--`, -h is an argument, not a request for help', async () => {
        await expect(run(['check', '--', '-h'])).resolves.toMatchObject({ exit: 2 });
    });

    test('the options show their short letter and the values they take', async () => {
        const render = (await run(['render', '--help'])).stdout;
        expect(render).toContain('-o, --output <file or folder>');
        expect(render).toContain('--format html|md|docx');
        expect((await run(['check', '-h'])).stdout).toContain('--format text|json');
    });
});

describe('sla --help', () => {
    test('lists every command and how to get its help', async () => {
        for (const args of [['--help'], ['-h'], ['help']]) {
            const result = await run(args);
            expect(result.exit).toBe(0);
            for (const command of Object.keys(COMMANDS)) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
            expect(result.stdout).toContain('sla <command> --help');
        }
    });

    test('`sla help <command>` is that command\'s help; an unknown one is a usage error', async () => {
        expect(await run(['help', 'new'])).toEqual(await run(['new', '--help']));
        await expect(run(['help', 'nope'])).rejects.toThrow("there is no command 'nope'");
    });

    test('without a command, the help goes to standard error with exit 2', async () => {
        const result = await run([]);
        expect(result.exit).toBe(2);
        expect(result.stderr).toContain('Usage: sla <command>');
    });

    test('the bundled binary answers `new --help` and `evaluate -h` with exit 0', () => {
        for (const args of [['new', '--help'], ['evaluate', '-h']]) {
            const result = spawnSync(process.execPath, [path.join(repoRoot, 'packages/cli/bin/sla.cjs'), ...args], { encoding: 'utf8', timeout: 60_000 });
            expect(result.status, result.stderr).toBe(0);
            expect(result.stdout).toMatch(new RegExp(`^Usage: sla ${args[0]} `));
        }
    });
});
