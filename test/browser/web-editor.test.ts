/**
 * The web editor (packages/web) in Chromium, served by `npm run web`, with every request beyond its origin
 * blocked: the whole flow of a contract manager, by keyboard alone — an example checks clean, a typo is reported
 * and fixed, a completion is accepted, the preview follows the typing, the agreement is exported as DOCX, kept across
 * a reload, and evaluated against data files — with no console error and no failed request.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers.js';
import { launchChromium } from './chromium.js';
import { isolatedContext, serveWeb } from './web-server.js';

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

interface Watched {
    readonly page: Page;
    readonly context: BrowserContext;
    readonly errors: string[];
    /** The questions the page asked (all answered yes). */
    readonly dialogs: string[];
    readonly blocked: string[];
    readonly failed: string[];
}

async function openEditor(options: Parameters<Browser['newContext']>[0] = {}): Promise<Watched> {
    const { context, blocked, failed } = await isolatedContext(browser, server.origin, options);
    const page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', error => errors.push(error.message));
    page.on('dialog', dialog => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.accept();
    });
    await page.goto(`${server.origin}/`);
    await checkedClean(page);
    return { page, context, errors, dialogs, blocked, failed };
}

/** Diagnostics have arrived and say: no error, no warning. */
async function checkedClean(page: Page): Promise<void> {
    await page.waitForSelector('#problems[data-errors="0"][data-warnings="0"]', { timeout: 30_000 });
}

const editorText = (page: Page) => page.locator('.cm-content').evaluate(element => (element as HTMLElement).innerText.replace(/\u00a0/g, ' '));

/** Selects the first occurrence of `text` with the editor's own search (Ctrl+F, Enter, Escape). */
async function selectText(page: Page, text: string): Promise<void> {
    await page.focus('.cm-content');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+f');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(text);
}

const renderings = (page: Page) => page.locator('#preview').evaluate(frame => Number((frame as HTMLElement).dataset.renderings ?? 0));
const previewText = (page: Page) => page.frameLocator('#preview').locator('body').innerText();

describe('the web editor in Chromium', () => {
    test('the whole flow, by keyboard, without a request beyond its origin', async () => {
        const { page, context, errors, dialogs, blocked, failed } = await openEditor();

        // An example: 0 problems, rendered beside the editor.
        await page.selectOption('#examples', 'cloud-hosting-uptime.sla');
        await checkedClean(page);
        await page.waitForFunction(() => Number(document.getElementById('preview')!.dataset.renderings) > 0);
        expect(await previewText(page)).toContain('Cloud Hosting Service Level Agreement');

        // A typo in a reference: its diagnostic, then its quick fix from the problems panel (Ctrl+., access key C).
        await selectText(page, 'for Compute {');
        await page.keyboard.type('for Compte {');
        await page.waitForSelector('#problems[data-errors="1"]');
        await page.waitForSelector('.cm-lintRange-error');
        await page.keyboard.press('Control+.');
        const item = page.locator('.cm-panel-lint [role="option"][aria-selected="true"]');
        await expect.poll(() => item.innerText()).toContain("Compte");
        expect(await item.locator('button').allInnerTexts()).toContain("Change to 'Compute'");
        await page.keyboard.press('c');
        await checkedClean(page);
        expect(await editorText(page)).toContain('level ComputeUptime "Compute uptime" for Compute {');
        await page.keyboard.press('Escape');

        // A completion: the service named from its first letters.
        await selectText(page, 'for Compute {');
        await page.keyboard.type('for Comp');
        await page.keyboard.press('Control+Space');
        await page.waitForSelector('.cm-tooltip-autocomplete li[aria-selected="true"]:has-text("Compute")');
        // Its key facts show beside the list: the editor's client does not ask for them on resolve, so the list has them.
        await expect.poll(() => page.locator('.cm-completionInfo').innerText()).toContain('Compute — service');
        // CodeMirror ignores Enter for 75 ms after a list opens or is refreshed (its interactionDelay), so that a key
        // meant for the text does not pick an item (Enter pressed sooner types a new line). A person reads the list first.
        await page.waitForTimeout(150);
        await page.keyboard.press('Enter');
        await page.keyboard.type(' {');
        await checkedClean(page);
        expect(await editorText(page)).toContain('for Compute {');

        // The preview follows the typing within a second.
        const before = await renderings(page);
        await selectText(page, '"Cloud Hosting Service Level Agreement"');
        await page.keyboard.type('"Cloud Hosting Agreement for Pinecrest"');
        const typed = Date.now();
        await page.waitForFunction(count => Number(document.getElementById('preview')!.dataset.renderings) > count, before);
        await expect.poll(() => previewText(page), { timeout: 1000, interval: 25 }).toContain('Cloud Hosting Agreement for Pinecrest');
        expect(Date.now() - typed).toBeLessThan(1000);

        // Export as DOCX: a Word document of the agreement as it is now.
        const downloading = page.waitForEvent('download');
        await page.focus('[data-export="docx"]');
        await page.keyboard.press('Enter');
        const download = await downloading;
        expect(download.suggestedFilename()).toBe('cloud-hosting-uptime.docx');
        const docx = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
        expect(strFromU8(docx['word/document.xml'])).toContain('Cloud Hosting Agreement for Pinecrest');

        // A reload asks first (there are unsaved changes), keeps the text and knows it is not saved.
        await page.reload();
        expect(dialogs.filter(d => d.startsWith('beforeunload'))).toHaveLength(1);
        await checkedClean(page);
        expect(await editorText(page)).toContain('"Cloud Hosting Agreement for Pinecrest"');
        expect(await page.locator('#file-name').innerText()).toBe('cloud-hosting-uptime.sla (unsaved changes)');

        // Evaluation: a JSON file through the button (keyboard), a CSV file dropped on the page.
        await page.focus('#period');
        await page.keyboard.type('2026-10');
        const choosing = page.waitForEvent('filechooser');
        await page.focus('#evaluate');
        await page.keyboard.press('Enter');
        await (await choosing).setFiles(path.join(repoRoot, 'examples/data/cloud-hosting-2026-10-tickets.json'));
        const report = page.frameLocator('#report').locator('body');
        await expect.poll(() => report.innerText(), { timeout: 15_000 }).toMatch(/Sev3Response\s+Support · Sev3[^\n]*BREACHED/);
        expect(await page.locator('#tab-report').getAttribute('aria-selected')).toBe('true');

        const csv = fs.readFileSync(path.join(repoRoot, 'examples/data/cloud-hosting-2026-10-samples.csv'), 'utf8');
        const dropped = await page.evaluateHandle(text => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([text], 'samples.csv', { type: 'text/csv' }));
            return transfer;
        }, csv);
        await page.dispatchEvent('#editor', 'drop', { dataTransfer: dropped });
        // Credits are a share of what Pinecrest pays: the package price plus its 2 servers and 4 devices (USD 2,746.00).
        await expect.poll(() => report.innerText(), { timeout: 15_000 }).toMatch(/Cirrolane owes USD(\u00a0| )549\.20/);

        // Bad data: the problems, in the user's words, with the file's name.
        const wrong = fs.readFileSync(path.join(repoRoot, 'examples/data/managed-it-2026-10-tickets.csv'), 'utf8');
        const droppedWrong = await page.evaluateHandle(text => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([text], 'tickets.csv', { type: 'text/csv' }));
            return transfer;
        }, wrong);
        await page.dispatchEvent('#editor', 'drop', { dataTransfer: droppedWrong });
        await expect.poll(() => page.locator('#report-problems').innerText()).toMatch(/tickets\.csv:2:8: 'Helpdesk' is not a service/);

        expect({ errors, blocked, failed }).toEqual({ errors: [], blocked: [], failed: [] });
        await context.close();
    });

    test('"Add all missing sections" and a new agreement from the template form', async () => {
        const { page, context, errors, dialogs, blocked, failed } = await openEditor();
        await page.focus('.cm-content');
        await page.keyboard.press('Control+a');
        await page.keyboard.type('agreement Bare "Bare agreement" {\n}\n');
        await page.waitForSelector('#problems:not([data-errors="0"])');
        await page.keyboard.press('Control+.');
        const fix = page.locator('.cm-panel-lint [role="option"][aria-selected="true"] button', { hasText: 'Add all missing sections' });
        await fix.waitFor();
        // Its access key is the first letter that no other fix of the item took; the panel underlines it.
        await page.keyboard.press((await fix.locator('u').innerText()).toLowerCase());
        await page.waitForFunction(() => !document.querySelector('.cm-content')!.textContent!.includes('Bare agreement" {}'));
        expect(await editorText(page)).toMatch(/parties \{[\s\S]*goals \{/);
        await page.keyboard.press('Escape');
        // The editor draws only the lines in view; the last required section is found with its own search.
        await selectText(page, 'review {');

        await page.focus('#new');
        await page.keyboard.press('Enter');
        const dialog = page.locator('#template-dialog');
        await dialog.waitFor();
        await dialog.locator('[name="template"]').selectOption('managed-it-helpdesk');
        await dialog.locator('[name="provider"]').fill('Acme Managed Services GmbH');
        await dialog.locator('[name="customer"]').fill('Northwind Traders Ltd');
        // The locale picker starts at the default; choosing another shows its currency and time zone, which empty fields take.
        expect(await dialog.locator('[name="locale"] option:checked').innerText()).toBe('English (United Kingdom) (en-GB)');
        await dialog.locator('[name="locale"]').selectOption('en-US');
        expect(await dialog.locator('[name="currency"]').getAttribute('placeholder')).toBe('USD');
        expect(await dialog.locator('[name="timezone"]').getAttribute('placeholder')).toBe('America/New_York');
        await dialog.locator('[name="customer"]').press('Enter');
        await expect.poll(() => editorText(page)).toContain('"Northwind Traders Ltd"');
        // The empty time zone field took the locale's (the editor draws only the lines in view, these among them).
        expect(await editorText(page)).toMatch(/timezone "America\/New_York"\s+locale en-US/);
        await checkedClean(page);
        expect(await page.locator('#file-name').innerText()).toBe('managed-it-helpdesk.sla');
        // The bare agreement with its added sections was not saved: the page asked before replacing it.
        expect(dialogs).toEqual(['confirm: cloud-hosting-uptime.sla has unsaved changes. Replace it anyway?']);

        expect({ errors, blocked, failed }).toEqual({ errors: [], blocked: [], failed: [] });
        await context.close();
    });

    test('an agreement full of markup and script runs nothing: not in the preview, the hover, the outline or the problems', async () => {
        const { page, context, errors, blocked, failed } = await openEditor();
        const calls: string[] = [];
        await page.exposeFunction('__xss', (marker: string) => calls.push(marker));
        const payload = (marker: string) => `<img src=x onerror=__xss('${marker}')><script>__xss('${marker}')</script><svg onload=__xss('${marker}')>`;
        await page.focus('.cm-content');
        await page.keyboard.press('Control+a');
        await page.keyboard.type(`agreement Evil "${payload('title')}" {\n    parties {\n        provider Acme "${payload('party')}"\n        customer Evil2 "x"\n    }\n}\n`);
        await page.waitForSelector('#problems:not([data-errors="0"])');
        await expect.poll(() => previewText(page)).toContain("<img src=x onerror=__xss('title')>");
        await page.locator('.cm-line', { hasText: 'provider Acme' }).locator('span', { hasText: /^Acme$/ }).hover();
        await page.locator('.cm-tooltip-hover').waitFor();
        await page.keyboard.press('Control+.');
        await page.locator('.cm-panel-lint').waitFor();
        expect(await page.frameLocator('#preview').locator('img, script, svg').count()).toBe(0);
        expect(await page.locator('.cm-tooltip-hover img, .cm-tooltip-hover script, .cm-tooltip-hover svg, #outline-list img, .cm-panel-lint img').count()).toBe(0);
        expect({ calls, errors, blocked, failed }).toEqual({ calls: [], errors: [], blocked: [], failed: [] });
        await context.close();
    });

    test('open a file, the outline, a clause clicked in the preview, formatting, save and export as Markdown', async () => {
        const { page, context, errors, blocked, failed } = await openEditor();
        const choosing = page.waitForEvent('filechooser');
        await page.focus('#open');
        await page.keyboard.press('Enter');
        await (await choosing).setFiles(path.join(repoRoot, 'examples/managed-it-helpdesk.sla'));
        await expect.poll(() => page.locator('#file-name').innerText()).toBe('managed-it-helpdesk.sla');
        // The outline: a section is one keypress away (once it shows the opened agreement).
        await page.locator('#outline-list > li > button', { hasText: /^ManagedIT$/ }).waitFor();
        await checkedClean(page);
        const review = page.locator('#outline-list button', { hasText: /^Review$/ });
        await review.waitFor();
        await review.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.cm-activeLine').innerText()).toMatch(/^\s*review \{/);

        // A clause clicked in the preview puts the cursor on its source line.
        await page.waitForFunction(() => Number(document.getElementById('preview')!.dataset.renderings) > 0);
        const clause = page.frameLocator('#preview').locator('tr#party-Globex');
        const line = Number(await clause.getAttribute('data-line'));
        await clause.click();
        await expect.poll(() => page.locator('.cm-activeLine').innerText()).toMatch(/^\s*customer Globex /);
        expect(line).toBe(fs.readFileSync(path.join(repoRoot, 'examples/managed-it-helpdesk.sla'), 'utf8').split('\n').findIndex(l => /customer Globex/.test(l)));

        // Formatting (Shift+Alt+F) puts a badly indented line back in place.
        await selectText(page, '    version 2.1');
        await page.keyboard.type('version 2.1');
        await page.keyboard.press('Shift+Alt+f');
        await expect.poll(() => editorText(page)).toContain('\n    version 2.1\n');

        // Save downloads the text and clears "unsaved changes"; Markdown export downloads the rendering.
        const saving = page.waitForEvent('download');
        await page.focus('#save');
        await page.keyboard.press('Enter');
        const saved = await saving;
        expect(saved.suggestedFilename()).toBe('managed-it-helpdesk.sla');
        expect(fs.readFileSync((await saved.path())!, 'utf8')).toBe(fs.readFileSync(path.join(repoRoot, 'examples/managed-it-helpdesk.sla'), 'utf8'));
        expect(await page.locator('#file-name').innerText()).toBe('managed-it-helpdesk.sla');
        const exporting = page.waitForEvent('download');
        await page.focus('[data-export="markdown"]');
        await page.keyboard.press('Enter');
        const markdown = await exporting;
        expect(markdown.suggestedFilename()).toBe('managed-it-helpdesk.md');
        expect(fs.readFileSync((await markdown.path())!, 'utf8')).toMatch(/^# Managed IT Services Agreement/m);

        expect({ errors, blocked, failed }).toEqual({ errors: [], blocked: [], failed: [] });
        await context.close();
    });

    test('the agreement is stored when typing pauses and when the page is hidden or left, not per keystroke', async () => {
        const { context, blocked, failed } = await isolatedContext(browser, server.origin);
        // Counts the page's writes to storage.
        await context.addInitScript(() => {
            const setItem = Storage.prototype.setItem;
            const counted = window as unknown as { storageWrites: number };
            counted.storageWrites = 0;
            Storage.prototype.setItem = function (key: string, value: string) {
                counted.storageWrites++;
                setItem.call(this, key, value);
            };
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
        page.on('pageerror', error => errors.push(error.message));
        page.on('dialog', dialog => void dialog.accept());
        await page.goto(`${server.origin}/`);
        await checkedClean(page);
        const writes = () => page.evaluate(() => (window as unknown as { storageWrites: number }).storageWrites);
        const stored = () => page.evaluate(() => (JSON.parse(localStorage.getItem('sla-web:document') ?? '{}') as { text?: string }).text ?? '');

        await page.focus('.cm-content');
        await page.keyboard.press('Control+End');
        const before = await writes();
        await page.keyboard.type('\n// typed in one go', { delay: 20 });
        // Nineteen keystrokes; a write per keystroke was a copy of the whole agreement each time.
        expect(await writes() - before).toBeLessThanOrEqual(1);
        await expect.poll(stored, { timeout: 10_000 }).toContain('// typed in one go');
        expect(await writes() - before).toBeLessThanOrEqual(2);

        // The tab hidden right after an edit: the edit is stored at once.
        await page.keyboard.type(', then hidden');
        await page.evaluate(() => {
            Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
            document.dispatchEvent(new Event('visibilitychange'));
        });
        expect(await stored()).toContain('// typed in one go, then hidden');

        // The page left (pagehide: closed, reloaded, navigated away, or put in the back-forward cache): stored at once.
        await page.keyboard.type(', then left');
        await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
        expect(await stored()).toContain('// typed in one go, then hidden, then left');

        // Reloaded right after the last keystroke: nothing is lost.
        await page.keyboard.type(', then reloaded');
        await page.reload();
        await checkedClean(page);
        expect(await editorText(page)).toContain('// typed in one go, then hidden, then left, then reloaded');
        expect(await page.locator('#file-name').innerText()).toBe('cloud-hosting-uptime.sla (unsaved changes)');

        expect({ errors, blocked, failed }).toEqual({ errors: [], blocked: [], failed: [] });
        await context.close();
    });
});
