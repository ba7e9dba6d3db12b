/**
 * Every payload of the XSS corpus in every string, title and comment of an agreement (with names such as
 * `img_onerror` and `__proto__`), rendered and loaded in Chromium, executes nothing: no `__xss()` call, no dialog,
 * no uncaught error, and not even a blocked attempt (a CSP violation would mean a payload became markup). Each page
 * is loaded twice: under its own CSP, and with CSP bypassed, so that the escaping alone is shown to hold.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderAgreement } from '../../packages/language/src/generator/render.js';
import { XSS_PAYLOADS, xssAgreement } from '../fixtures/xss-payloads.js';
import { repoRoot } from '../helpers.js';
import { GOLDEN_NONCE, loadText } from '../render/render-fixtures.js';
import { launchChromium, watchedPage, type Incidents } from './chromium.js';

const folder = path.join(repoRoot, 'test-output', 'browser', 'xss');
let browser: Browser;
/** One watched page under the page's CSP, one with CSP bypassed; reused for every payload. */
let pages: Record<'csp' | 'bypassed', { page: Page, incidents: Incidents }>;

beforeAll(async () => {
    browser = await launchChromium();
    pages = {
        csp: await watchedPage(await browser.newContext()),
        bypassed: await watchedPage(await browser.newContext({ bypassCSP: true }))
    };
    fs.mkdirSync(folder, { recursive: true });
});
afterAll(async () => { await browser?.close(); });

describe.each(XSS_PAYLOADS.map((payload, index) => ({ payload, index })))('payload $index', ({ payload, index }) => {
    test('runs nothing, under the page’s CSP and without it', async () => {
        // The nonce is one a payload guesses: only escaping keeps that payload from running.
        const rendered = await renderAgreement(await loadText(xssAgreement(payload)), 'html', { nonce: GOLDEN_NONCE });
        const file = path.join(folder, `payload-${index}.html`);
        fs.writeFileSync(file, rendered.content);
        for (const mode of ['csp', 'bypassed'] as const) {
            const { page, incidents } = pages[mode];
            for (const list of Object.values(incidents)) list.length = 0;
            await page.goto(pathToFileURL(file).href);
            // Give handlers that need time, focus or a pointer their chance.
            await page.mouse.move(200, 300);
            await page.mouse.move(600, 900);
            await page.keyboard.press('Tab');
            await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 30))));
            expect(await page.locator('h1').innerText()).toContain(payload.split('\n')[0].trim().slice(0, 20));
            expect(incidents, `${mode}: ${payload}`).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], dialogs: [], xssCalls: [] });
        }
    });
});

test('the hooks trip when a payload does run', async () => {
    const { page, incidents } = pages.bypassed;
    for (const list of Object.values(incidents)) list.length = 0;
    await page.setContent(`${XSS_PAYLOADS[4]}${XSS_PAYLOADS[3]}`);
    await expect.poll(() => ({ calls: incidents.xssCalls, dialogs: incidents.dialogs })).toEqual({ calls: ['5'], dialogs: ['alert: 4'] });
});
