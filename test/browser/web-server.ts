/**
 * The web editor as a user gets it: `npm run web` (scripts/serve-web.mjs) serving the built page on a free port,
 * and a browser context in which every request beyond that origin fails and is recorded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { repoRoot } from '../helpers.js';

export const SITE = path.join(repoRoot, 'packages/web/out/site');

export async function serveWeb(): Promise<{ origin: string, stop(): void }> {
    if (!fs.existsSync(path.join(SITE, 'index.html'))) throw new Error('The web editor is not built: run `npm run build` first.');
    const server: ChildProcess = spawn(process.execPath, [path.join(repoRoot, 'scripts/serve-web.mjs')], { env: { ...process.env, PORT: '0' } });
    const origin = await new Promise<string>((resolve, reject) => {
        let output = '';
        server.stdout!.on('data', chunk => {
            output += chunk;
            const address = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
            if (address) resolve(address[0]);
        });
        server.on('exit', code => reject(new Error(`npm run web stopped (${code}): ${output}`)));
    });
    return { origin, stop: () => server.kill() };
}

/** A context that lets through only requests to `origin` (and the page's own blob: and data: URLs). */
export async function isolatedContext(browser: Browser, origin: string, options: Parameters<Browser['newContext']>[0] = {}):
    Promise<{ context: BrowserContext, blocked: string[], failed: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, ...options });
    const blocked: string[] = [];
    const failed: string[] = [];
    await context.route('**/*', route => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
        blocked.push(url);
        return route.abort('blockedbyclient');
    });
    context.on('requestfailed', request => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
    context.on('response', response => {
        if (response.status() >= 400) failed.push(`${response.url()}: HTTP ${response.status()}`);
    });
    return { context, blocked, failed };
}
