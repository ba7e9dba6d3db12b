/**
 * One code-server run in a throw-away folder: its own config, user data, extensions, XDG folders and TMPDIR, so
 * nothing is written into the home folder and no socket is left in /tmp. The server runs in its own process
 * group, which `stop` ends as a whole (the extension host and the language server are in it too).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { CodeServerInstall } from './code-server-install.js';
import { sleep, waitFor } from './poll.js';

/** Settings that keep the workbench quiet and predictable: no welcome page, tips, AI panels or update checks. */
const USER_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'editor.minimap.enabled': false,
    'git.enabled': false,
    'files.autoSave': 'off',
    'security.workspace.trust.enabled': false
};

export interface RunFolder {
    readonly root: string;
    readonly userData: string;
    readonly extensions: string;
    readonly workspace: string;
    readonly browserProfile: string;
    /** XDG folders and TMPDIR inside the run folder, for code-server and for Chromium. */
    readonly env: NodeJS.ProcessEnv;
}

/** A fresh run folder holding a copy of `workspaceSource` (the tests edit and save files in it); `settings` add to the user settings. */
export function createRunFolder(workspaceSource: string, settings: Record<string, unknown> = {}): RunFolder {
    // Short path: code-server and VS Code put Unix sockets under TMPDIR, whose paths are limited to ~100 bytes.
    const root = mkdtempSync(path.join(os.tmpdir(), 'sla-e2e-'));
    const folder = (name: string) => {
        const dir = path.join(root, name);
        mkdirSync(dir, { recursive: true });
        return dir;
    };
    const run: RunFolder = {
        root,
        userData: folder('user'),
        extensions: folder('ext'),
        workspace: path.join(root, 'workspace'),
        browserProfile: folder('browser'),
        env: {
            XDG_CONFIG_HOME: folder('xdg/config'),
            XDG_DATA_HOME: folder('xdg/data'),
            XDG_CACHE_HOME: folder('xdg/cache'),
            TMPDIR: folder('tmp')
        }
    };
    cpSync(workspaceSource, run.workspace, { recursive: true });
    mkdirSync(path.join(run.userData, 'User'), { recursive: true });
    writeFileSync(path.join(run.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 4));
    return run;
}

export function removeRunFolder(run: RunFolder): void {
    rmSync(run.root, { recursive: true, force: true });
}

export interface CodeServer {
    /** The workbench with the run's workspace folder open. */
    readonly url: string;
    /** code-server's own output. */
    readonly logFile: string;
    stop(): Promise<void>;
}

/** `code-server --install-extension`: the way a user installs a downloaded .vsix. */
export async function installExtension(install: CodeServerInstall, run: RunFolder, vsix: string): Promise<string> {
    const { stdout, stderr } = await promisify(execFile)(install.binary,
        [...folderArgs(run), '--install-extension', vsix],
        { env: { ...install.env, ...run.env }, timeout: 120_000 });
    const output = `${stdout}${stderr}`;
    if (!/successfully installed/i.test(output)) throw new Error(`Installing ${vsix} failed:\n${output}`);
    return output.trim();
}

export async function startCodeServer(install: CodeServerInstall, run: RunFolder): Promise<CodeServer> {
    const port = await freePort();
    const logFile = path.join(run.root, 'code-server.log');
    const log = openSync(logFile, 'a');
    const child = spawn(install.binary, [
        ...folderArgs(run), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
        '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', run.workspace
    ], { env: { ...install.env, ...run.env }, detached: true, stdio: ['ignore', log, log] });
    closeSync(log); // the child has its own copy
    let exited = false;
    child.on('exit', () => exited = true);
    // Should the test process end without stopping the server (Ctrl+C, a crash), take the group down with it.
    const killOnExit = () => signalGroup(child, 'SIGKILL');
    process.once('exit', killOnExit);
    const server: CodeServer = {
        url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(run.workspace)}`,
        logFile,
        stop: async () => {
            process.off('exit', killOnExit);
            await stopGroup(child, () => exited);
        }
    };
    try {
        await waitFor(async () => {
            if (exited) throw new Error(`code-server exited early; see ${logFile}`);
            const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2_000) });
            return response.ok ? true : undefined;
        }, { what: `code-server on port ${port} to answer /healthz`, timeoutMs: 60_000 });
    } catch (error) {
        await server.stop();
        throw error;
    }
    return server;
}

function folderArgs(run: RunFolder): string[] {
    return ['--config', path.join(run.root, 'code-server.yaml'), '--user-data-dir', run.userData,
        '--extensions-dir', run.extensions];
}

/** SIGTERM to the whole group, then SIGKILL to whatever is left after a grace period. */
async function stopGroup(child: ChildProcess, exited: () => boolean): Promise<void> {
    if (!signalGroup(child, 'SIGTERM')) return;
    for (let waited = 0; waited < 10_000 && !exited(); waited += 100) await sleep(100);
    await sleep(500);
    signalGroup(child, 'SIGKILL');
}

/** False when nothing is left in the group (ESRCH). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): boolean {
    try {
        process.kill(-child.pid!, signal);
        return true;
    } catch {
        return false;
    }
}

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')));
        });
    });
}
