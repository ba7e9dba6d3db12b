/**
 * The web editor for everyone: axe-core finds no serious or critical violation with an agreement open and with
 * the template form open; the page also works opened straight from disk (file://), where a worker cannot be
 * started from a file; and the language server's worker bundle answers LSP on its own, in a Worker.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readExample, repoRoot } from '../helpers.js';
import { launchChromium } from './chromium.js';
import { isolatedContext, serveWeb, SITE } from './web-server.js';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let server: Awaited<ReturnType<typeof serveWeb>>;

beforeAll(async () => {
    server = await serveWeb();
    browser = await launchChromium();
});
afterAll(async () => {
    await browser?.close();
    server?.stop();
});

/** Serious and critical violations, one line each, with the elements they were found on. */
async function axeViolations(page: Page): Promise<string[]> {
    if (!await page.evaluate(() => 'axe' in window)) await page.evaluate(axeSource);
    return page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string, impact?: string, help: string, nodes: { target: unknown[] }[] }[] }> } }).axe;
        const { violations } = await axe.run(document, { iframes: false, resultTypes: ['violations'] });
        return violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
    });
}

describe('the web editor, accessible and self-contained', () => {
    test('axe: no serious or critical violation with an agreement open, nor with the template form open', async () => {
        const { context } = await isolatedContext(browser, server.origin);
        const page = await context.newPage();
        await page.goto(`${server.origin}/`);
        await page.waitForSelector('#problems[data-errors="0"]', { timeout: 30_000 });
        await page.waitForFunction(() => Number(document.getElementById('preview')!.dataset.renderings) > 0);
        expect(await axeViolations(page)).toEqual([]);

        await page.focus('#new');
        await page.keyboard.press('Enter');
        await page.locator('#template-dialog [name="template"] option').first().waitFor({ state: 'attached' });
        expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.id)).toBe('template-dialog');
        expect(await axeViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        expect(await page.locator('#template-dialog').isVisible()).toBe(false);
        await context.close();
    });

    test('works opened from disk: diagnostics, hover and the preview, with nothing fetched', async () => {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const requests: string[] = [];
        context.on('request', request => {
            if (!request.url().startsWith('file:') && !request.url().startsWith('blob:')) requests.push(request.url());
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
        page.on('pageerror', error => errors.push(error.message));
        await page.goto(pathToFileURL(path.join(SITE, 'index.html')).href);
        await page.waitForSelector('#problems[data-errors="0"]', { timeout: 30_000 });
        await page.waitForFunction(() => Number(document.getElementById('preview')!.dataset.renderings) > 0);
        expect(await page.frameLocator('#preview').locator('h1').innerText()).toBe('Cloud Hosting Service Level Agreement');

        await page.locator('.cm-line', { hasText: 'provider Cirrolane' }).locator('span', { hasText: /^Cirrolane$/ }).hover();
        const hover = page.locator('.cm-tooltip-hover');
        await hover.waitFor();
        expect(await hover.innerText()).toContain('Cirrolane Cloud, Inc.');
        expect({ errors, requests }).toEqual({ errors: [], requests: [] });
        await context.close();
    });

    // Both bundles of the worker server: the web editor's and the extension's (VS Code for the Web). The client says
    // what VS Code says: a workspace folder on a remote, pull-model settings, watched files; it answers the server's
    // own requests (configuration with the `sla` settings, capability registrations) as VS Code does.
    test.each(['packages/language/out/worker.js', 'packages/extension/out/server-web.js'])('the worker bundle %s of the language server answers LSP in a Worker as VS Code for the Web talks to it: diagnostics, symbols and a DOCX', async bundle => {
        const { context } = await isolatedContext(browser, server.origin);
        const page = await context.newPage();
        await page.goto(`${server.origin}/`);
        const worker = fs.readFileSync(path.join(repoRoot, bundle), 'utf8');
        const result = await page.evaluate(async ({ source, text }) => {
            const server = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
            const pending = new Map<number, (result: unknown) => void>();
            const diagnostics: unknown[][] = [];
            const asked: string[] = [];
            server.onmessage = ({ data }) => {
                if (data.method !== undefined && data.id !== undefined) {
                    asked.push(data.method);
                    const result = data.method === 'workspace/configuration'
                        ? data.params.items.map(() => ({ validation: { missingSections: 'error' } })) : null;
                    server.postMessage({ jsonrpc: '2.0', id: data.id, result });
                } else if (data.id !== undefined) pending.get(data.id)?.(data.error ?? data.result);
                else if (data.method === 'textDocument/publishDiagnostics') diagnostics.push(data.params.diagnostics);
            };
            let id = 0;
            const request = (method: string, params: unknown) => new Promise<any>(resolve => {
                pending.set(++id, resolve);
                server.postMessage({ jsonrpc: '2.0', id, method, params });
            });
            const folder = 'vscode-remote://127.0.0.1:8080/home/user/agreements';
            const initialized = await request('initialize', {
                processId: null, clientInfo: { name: 'code-server' }, locale: 'en', rootPath: '/home/user/agreements', rootUri: folder,
                workspaceFolders: [{ uri: folder, name: 'agreements' }], trace: 'off',
                capabilities: {
                    workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true },
                        didChangeWatchedFiles: { dynamicRegistration: true } },
                    textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { relatedInformation: true } }
                }
            });
            server.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
            server.postMessage({ jsonrpc: '2.0', method: 'workspace/didChangeConfiguration', params: { settings: null } });
            const uri = `${folder}/bad.sla`;
            server.postMessage({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'sla', version: 1, text } } });
            const symbols = await request('textDocument/documentSymbol', { textDocument: { uri } });
            while (diagnostics.length === 0) await new Promise(resolve => setTimeout(resolve, 20));
            const docx = await request('sla/render', { uri, format: 'docx' });
            server.terminate();
            return {
                hover: !!initialized.capabilities.hoverProvider, asked: [...new Set(asked)].sort(), symbols: symbols.map((s: { name: string }) => s.name),
                diagnostics: diagnostics[0], docx: { encoding: docx.encoding, start: atob(docx.content.slice(0, 4)) }
            };
        }, { source: worker, text: readExample('cloud-hosting-uptime.sla').replace('for Compute {', 'for Compte {') });
        expect(result.hover).toBe(true);
        expect(result.asked).toContain('workspace/configuration');
        expect(result.symbols).toEqual(['CloudHosting']);
        expect(result.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ message: expect.stringContaining('Compte'), severity: 1 })]));
        expect(result.docx).toEqual({ encoding: 'base64', start: 'PK\u0003' });
        await context.close();
    });
});
