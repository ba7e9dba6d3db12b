/**
 * What a run leaves in test-output/e2e/: a screenshot per step, the browser console, code-server's output and the
 * VS Code logs of the run (extension host, and the SLA Language Server output channel as server.log).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { RunFolder } from './code-server.js';

/** The output channel's name; VS Code's log file for it ends with this. */
const SERVER_LOG_NAME = 'SLA Language Server.log';

export class Artifacts {
    private readonly consoleLines: string[] = [];

    constructor(readonly dir: string) {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
    }

    file(name: string): string {
        return path.join(this.dir, name);
    }

    recordConsole(page: Page): void {
        page.on('console', message => this.consoleLines.push(`[${message.type()}] ${message.text()}`));
        page.on('pageerror', error => this.consoleLines.push(`[pageerror] ${error.message}`));
    }

    /** Copies everything worth reading after a run; safe to call when the run got only part of the way. */
    keepLogs(run: RunFolder | undefined, codeServerLog: string | undefined): void {
        writeFileSync(this.file('browser-console.log'), `${this.consoleLines.join('\n')}\n`);
        if (codeServerLog && existsSync(codeServerLog)) cpSync(codeServerLog, this.file('code-server.log'));
        const logs = run && path.join(run.userData, 'logs');
        if (!logs || !existsSync(logs)) return;
        cpSync(logs, this.file('logs'), { recursive: true });
        const serverLog = readdirSync(logs, { recursive: true, encoding: 'utf8' }).find(f => f.endsWith(SERVER_LOG_NAME));
        if (serverLog) cpSync(path.join(logs, serverLog), this.file('server.log'));
    }
}
