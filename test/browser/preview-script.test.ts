/**
 * The preview's webview script (packages/extension/src/preview/webview/preview-script.ts) in Chromium, with VS Code's
 * webview API replaced by a recorder: it reports a click on a clause with its source line, swaps a newer rendering
 * in without a reload and without losing the scroll position, follows the editor's scrolling, and keeps the scroll
 * position in its state.
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { renderAgreement } from '../../packages/language/src/generator/render.js';
import { XSS_PAYLOADS, xssAgreement } from '../fixtures/xss-payloads.js';
import { readExample, repoRoot } from '../helpers.js';
import { loadText } from '../render/render-fixtures.js';
import { launchChromium, watchedPage, type Incidents } from './chromium.js';

const folder = path.join(repoRoot, 'test-output', 'browser', 'preview');
const uri = 'file:///work/cloud-hosting-uptime.sla';
let browser: Browser;
let page: Page;
let incidents: Incidents;
const source = readExample('cloud-hosting-uptime.sla');

type Posted = Array<{ type: string, line?: number }>;
const posted = () => page.evaluate(() => (window as unknown as { __posted: Posted }).__posted);
const send = (message: unknown) => page.evaluate(m => window.postMessage(m, '*'), message);

/** The extension renders every update of a page with the page's nonce. */
async function renderPage(text: string, nonce = 'preview-nonce'): Promise<string> {
    const script = pathToFileURL(path.join(folder, 'preview.js')).href;
    return (await renderAgreement(await loadText(text), 'html', { nonce, scripts: [script] })).content as string;
}

beforeAll(async () => {
    await esbuild.build({
        entryPoints: [path.join(repoRoot, 'packages/extension/src/preview/webview/preview-script.ts')],
        outfile: path.join(folder, 'preview.js'), bundle: true, format: 'iife', platform: 'browser', logLevel: 'warning'
    });
    const file = path.join(folder, 'cloud-hosting-uptime.html');
    fs.writeFileSync(file, await renderPage(source));
    browser = await launchChromium();
    ({ page, incidents } = await watchedPage(await browser.newContext({ viewport: { width: 1000, height: 800 } })));
    // VS Code's webview API, as the script sees it: messages and state are recorded.
    await page.addInitScript(() => {
        const recorder = window as unknown as { __posted: unknown[], __state: unknown, acquireVsCodeApi(): unknown };
        recorder.__posted = [];
        recorder.acquireVsCodeApi = () => ({
            postMessage: (message: unknown) => recorder.__posted.push(message),
            getState: () => recorder.__state,
            setState: (state: unknown) => { recorder.__state = state; }
        });
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length > 0);
    await send({ type: 'source', uri });
});

afterAll(async () => { await browser?.close(); });

test('the script announces itself ready; a click on a clause reports its source line, a click on a link does not', async () => {
    expect(await posted()).toEqual([{ type: 'ready' }]);
    const line = source.split('\n').findIndex(text => text.includes('level StorageUptime'));
    await page.locator('#level-StorageUptime td').first().click();
    await page.locator('a[href="#level-ComputeUptime"]').first().click();
    expect((await posted()).slice(1)).toEqual([{ type: 'reveal', line }]);
});

test('a newer rendering is swapped in place: no reload, the scroll position kept', async () => {
    await page.evaluate(() => { (window as unknown as { __sameDocument: boolean }).__sameDocument = true; window.scrollTo(0, 2500); });
    const edited = source.replace('Keep Pinecrest\'s online store', 'Keep Pinecrest\'s whole online store');
    await send({ type: 'update', html: await renderPage(edited) });
    await expect.poll(() => page.locator('ol.letters li').first().innerText()).toContain('whole online store');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(2500);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __state: { scrollY: number, uri: string } }).__state))
        .toEqual({ uri, scrollY: 2500 });
});

test('a rendering in another locale swaps in the words and the page language', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    const german = source.replace(/\n    version ([^\n]+)\n/, '\n    version $1\n    locale de-DE\n');
    await send({ type: 'update', html: await renderPage(german) });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('de-DE');
    expect(await page.locator('#clause-parties h2').innerText()).toContain('Parteien');
    await send({ type: 'update', html: await renderPage(source) });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
});

test('the editor’s scrolling brings the clause of its top line into view', async () => {
    const lines = source.split('\n');
    const remedies = lines.findIndex(text => text.trim() === 'remedies {');
    // `+ 0`: a top a fraction of a pixel above the viewport rounds to -0, which toBe(0) tells apart from 0.
    const top = (selector: string) => page.locator(selector).evaluate(e => Math.round(e.getBoundingClientRect().top) + 0);
    await send({ type: 'scrollToLine', line: remedies });
    await expect.poll(() => top('#clause-remedies')).toBe(0);
    // A line inside a clause: the element of the nearest line at or before it, here the first credit tiers' clause.
    await send({ type: 'scrollToLine', line: remedies + 1 });
    await expect.poll(() => top('#credits-ComputeUptime')).toBe(0);
});

test('a rendering full of payloads swapped in runs nothing', async () => {
    for (const payload of XSS_PAYLOADS.slice(0, 20)) await send({ type: 'update', html: await renderPage(xssAgreement(payload)) });
    await page.evaluate(() => new Promise(resolve => setTimeout(resolve, 50)));
    expect(incidents).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], dialogs: [], xssCalls: [] });
});
