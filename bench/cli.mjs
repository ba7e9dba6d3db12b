/**
 * The `sla` command as CI runs it: one process per invocation. Its start-up (loading the bundle) is measured
 * on its own so that the cost per file can be told apart from it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { round, summarize } from './measure.mjs';

const CLI = new URL('../packages/cli/bin/sla.cjs', import.meta.url).pathname;
const CPU_ON_EXIT = new URL('cpu-on-exit.cjs', import.meta.url).pathname;

/** Runs `sla` with `args`: its output, the wall time and the CPU time the process used. */
function sla(args) {
    const cpuFile = path.join(os.tmpdir(), `sla-bench-cpu-${process.pid}`);
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--require', CPU_ON_EXIT, CLI, ...args], {
        encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, SLA_BENCH_CPU_FILE: cpuFile }
    });
    const ms = performance.now() - start;
    const cpuMs = Number(fs.readFileSync(cpuFile, 'utf8'));
    fs.rmSync(cpuFile);
    return { ms, cpuMs, ...result };
}

/** `sla --version`: starting Node and loading the bundle, no agreement read (wall and CPU milliseconds). */
export function cliStartup() {
    const runs = Array.from({ length: 5 }, () => sla(['--version']));
    return { ms: summarize(runs.map(r => r.ms)).median, cpuMs: summarize(runs.map(r => r.cpuMs)).median };
}

/** `sla check <folder>`: wall time, files per second and the cost per file once start-up is taken off. */
export function benchCheck(folder, startup) {
    const run = sla(['check', folder, '--format', 'json']);
    if (run.status === 2 || run.error) throw new Error(`sla check failed: ${run.error ?? run.stderr}`);
    const { summary } = JSON.parse(run.stdout);
    return {
        files: summary.files,
        errors: summary.errors,
        ms: Math.round(run.ms),
        cpuMs: Math.round(run.cpuMs),
        filesPerSecond: Math.round(summary.files / (run.ms / 1000)),
        msPerFile: round((run.ms - startup.ms) / summary.files, 2),
        cpuMsPerFile: round((run.cpuMs - startup.cpuMs) / summary.files, 2)
    };
}

/** `sla render <file> -o <html>` for one agreement: wall and CPU time, and the size of the HTML written. */
export function benchRender(file) {
    const output = file.replace(/\.sla$/, '.html');
    const run = sla(['render', file, '--format', 'html', '-o', output]);
    if (run.status === 2 || run.error) throw new Error(`sla render failed: ${run.error ?? run.stderr}`);
    return { ms: Math.round(run.ms), cpuMs: Math.round(run.cpuMs), outputKiB: Math.round(fs.statSync(output).size / 1024) };
}
