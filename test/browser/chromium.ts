/**
 * Starts Debian's Chromium through playwright-core (never a downloaded browser), and watches a page for anything
 * that should not happen: console errors (Content-Security-Policy violations are among them), uncaught errors,
 * CSP violation events, dialogs, and calls of `__xss()`, the hook every XSS payload calls if it ever runs.
 */
import * as fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
    if (!fs.existsSync(CHROMIUM)) {
        throw new Error(`Chromium is not installed at ${CHROMIUM}. The browser tests use Debian's Chromium: `
            + 'run `apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).');
    }
    return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/** What a watched page reported that it should not have. */
export interface Incidents {
    readonly consoleErrors: string[];
    readonly pageErrors: string[];
    readonly cspViolations: string[];
    readonly dialogs: string[];
    readonly xssCalls: string[];
}

export function noIncidents(incidents: Incidents): boolean {
    return Object.values(incidents).every(list => list.length === 0);
}

/**
 * A page whose incidents are recorded. `__xss` is installed through the browser's DevTools protocol, so the page's
 * own CSP cannot hide it; the CSP listener is an init script for the same reason.
 */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page, incidents: Incidents }> {
    const incidents: Incidents = { consoleErrors: [], pageErrors: [], cspViolations: [], dialogs: [], xssCalls: [] };
    const page = await context.newPage();
    page.on('console', message => {
        if (message.type() === 'error') incidents.consoleErrors.push(message.text());
    });
    page.on('pageerror', error => incidents.pageErrors.push(error.message));
    page.on('dialog', dialog => {
        incidents.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
    });
    await page.exposeFunction('__xss', (marker: unknown) => incidents.xssCalls.push(String(marker)));
    await page.exposeFunction('__cspViolation', (text: string) => incidents.cspViolations.push(text));
    await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', event => {
            (window as unknown as { __cspViolation(text: string): void }).__cspViolation(`${event.violatedDirective}: ${event.blockedURI}`);
        });
    });
    return { page, incidents };
}
