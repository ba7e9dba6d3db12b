/**
 * The rendered HTML of every example in Chromium: the page loads under its own Content-Security-Policy with no
 * console error, its stylesheet applies, and a screenshot of each is written to test-output/screenshots/.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAgreementDocument } from '../../packages/language/src/generator/agreement-document.js';
import { renderAgreement } from '../../packages/language/src/generator/render.js';
import { repoRoot } from '../helpers.js';
import { loadExamples } from '../render/render-fixtures.js';
import { launchChromium, watchedPage } from './chromium.js';

const output = path.join(repoRoot, 'test-output');
const examples = await loadExamples();
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

async function writePage(name: string, html: string): Promise<string> {
    const file = path.join(output, 'browser', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, html);
    return pathToFileURL(file).href;
}

describe.each(examples)('$file in Chromium', ({ file, document }) => {
    test('loads under its CSP without errors, styled, with every clause and table', async () => {
        const model = buildAgreementDocument(document.parseResult.value);
        const rendered = await renderAgreement(document, 'html');
        const context = await browser.newContext({ viewport: { width: 1100, height: 1000 } });
        const { page, incidents } = await watchedPage(context);
        await page.goto(await writePage(file.replace(/\.sla$/, '.html'), rendered.content as string));

        expect(await page.title()).toBe(model.title);
        expect(await page.locator('section.clause > h2:has(.number)').allInnerTexts()).toEqual(model.clauses.map(c => `${c.number} ${c.title}`));
        expect(await page.locator('table').count()).toBeGreaterThan(5);
        // The stylesheet is allowed by its nonce: the page is laid out as a document, not as unstyled HTML.
        expect(await page.locator('.sla-document').evaluate(e => getComputedStyle(e).maxWidth)).toBe('864px');
        expect(await page.locator('.signature').count()).toBe(model.signatures.length);

        const screenshot = path.join(output, 'screenshots', file.replace(/\.sla$/, '.png'));
        await page.screenshot({ path: screenshot, fullPage: true });
        expect(fs.statSync(screenshot).size).toBeGreaterThan(10_000);
        expect(incidents).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], dialogs: [], xssCalls: [] });
        await context.close();
    });
});

test('in a VS Code dark theme the page takes the theme’s colours', async () => {
    const cloud = examples.find(example => example.file === 'cloud-hosting-uptime.sla')!;
    const rendered = await renderAgreement(cloud.document, 'html');
    const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
    const { page, incidents } = await watchedPage(context);
    await page.goto(await writePage('cloud-hosting-uptime-dark.html', rendered.content as string));
    // What VS Code does to a webview: a theme class on the body and the theme's colours as CSS variables.
    await page.evaluate(() => {
        document.body.classList.add('vscode-dark');
        const colours: Record<string, string> = {
            '--vscode-editor-background': '#1e1e1e', '--vscode-editor-foreground': '#d4d4d4',
            '--vscode-textLink-foreground': '#3794ff', '--vscode-panel-border': '#3c3c3c',
            '--vscode-editorWidget-background': '#252526', '--vscode-descriptionForeground': '#9d9d9d'
        };
        for (const [name, value] of Object.entries(colours)) document.documentElement.style.setProperty(name, value);
    });
    expect(await page.locator('body').evaluate(e => getComputedStyle(e).backgroundColor)).toBe('rgb(30, 30, 30)');
    expect(await page.locator('h1').evaluate(e => getComputedStyle(e).color)).toBe('rgb(212, 212, 212)');
    await page.screenshot({ path: path.join(output, 'screenshots', 'cloud-hosting-uptime-vscode-dark.png') });
    expect(incidents).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], dialogs: [], xssCalls: [] });
    await context.close();
});
