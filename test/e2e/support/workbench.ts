/**
 * The VS Code workbench in the page, driven the way a person drives it: keyboard shortcuts, the command palette,
 * the Problems panel, the light bulb, the suggest widget. Selectors are those listed in
 * shared/docs/real-vscode-testing.md; every wait is bounded and says what it waited for.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { sleep, waitFor } from './poll.js';

const UI_TIMEOUT = 15_000;
/** How long the problem counts must stay unchanged to count as settled. */
const SETTLE_MS = 1_500;

export interface ProblemCounts {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
}

export class Workbench {
    constructor(readonly page: Page) {}

    /** The workbench has loaded and the explorer lists the workspace. */
    async ready(): Promise<void> {
        await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    }

    /** Closes whatever widget, menu or prompt a previous step may have left open. */
    async dismissWidgets(): Promise<void> {
        for (let i = 0; i < 3; i++) await this.page.keyboard.press('Escape');
    }

    /** Quick Open (Ctrl+P) with a workspace-relative path. */
    async openFile(relativePath: string): Promise<void> {
        const name = relativePath.split('/').pop()!;
        const input = await this.quickInput('Control+P');
        await input.fill(relativePath);
        // Enter only once the file is the focused row: before the list has filtered, Enter opens another file. The
        // first search of a fresh workbench can take long on a busy machine.
        await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor({ timeout: 60_000 });
        await this.page.keyboard.press('Enter');
        // The first file opened also waits for the extension host to start.
        await this.activeTab(name).waitFor({ timeout: 2 * UI_TIMEOUT });
        await this.activeEditor().locator('.view-lines').waitFor({ timeout: UI_TIMEOUT });
    }

    activeTab(name: string): Locator {
        return this.page.locator(`.editor-group-container.active .tabs-container .tab.active[aria-label*="${name}"]`);
    }

    /** Runs a command from the palette by its "Category: Title", as a person would type it. */
    async runCommand(title: string): Promise<void> {
        const input = await this.quickInput('F1');
        await input.fill(`>${title}`);
        const rows = this.page.locator('.quick-input-list .monaco-list-row');
        const row = rows.filter({ has: this.page.locator('.label-name', { hasText: exactly(title) }) }).first();
        await waitFor(async () => await row.isVisible() ? true : undefined, {
            what: `the command palette to offer "${title}"`, timeoutMs: UI_TIMEOUT,
            describe: async () => `rows ${JSON.stringify(await rows.allInnerTexts())}`
        });
        await row.click();
    }

    /** Go to Line/Column (Ctrl+G); both 1-based. */
    async goTo(line: number, column = 1): Promise<void> {
        const input = await this.quickInput('Control+G');
        await input.fill(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.quickInputWidget().waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    }

    /** Selects whole lines `from`..`to` (1-based, inclusive) and deletes them. */
    async deleteLines(from: number, to: number): Promise<void> {
        await this.goTo(from);
        for (let line = from; line <= to; line++) await this.page.keyboard.press('Shift+ArrowDown');
        await this.page.keyboard.press('Delete');
    }

    async save(): Promise<void> {
        await this.page.keyboard.press('Control+S');
        await this.page.locator('.editor-group-container.active .tabs-container .tab.active.dirty')
            .waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    }

    /** The language mode in the status bar ("SLA"). */
    async languageMode(): Promise<string> {
        return (await this.page.locator('[id="status.editor.mode"]').innerText({ timeout: UI_TIMEOUT })).trim();
    }

    /** The status bar's problem summary, e.g. "No Problems" or "Errors: 1, Infos: 8". */
    async problemsSummary(): Promise<string> {
        return (await this.page.locator('[id="status.problems"]').getAttribute('aria-label', { timeout: UI_TIMEOUT })) ?? '';
    }

    /** The workspace's problem counts from the status bar. */
    async problemCounts(): Promise<ProblemCounts> {
        const summary = await this.problemsSummary();
        const count = (kind: string) => Number(new RegExp(`${kind}: (\\d+)`).exec(summary)?.[1] ?? 0);
        return { errors: count('Errors'), warnings: count('Warnings'), infos: count('Infos') };
    }

    /**
     * The counts once they have stopped changing: the server publishes each file's diagnostics on its own, so a
     * single reading can catch a workspace half validated.
     */
    async settledProblemCounts(what: string): Promise<ProblemCounts> {
        let last = '';
        let since = Date.now();
        await waitFor(async () => {
            const summary = await this.problemsSummary();
            if (summary !== last) [last, since] = [summary, Date.now()];
            return Date.now() - since >= SETTLE_MS ? true : undefined;
        }, { what: `the problem counts to settle (${what})`, timeoutMs: 30_000, describe: async () => last });
        return this.problemCounts();
    }

    /** Waits until the counts named in `expected` are reached and stay so. */
    async waitForProblemCounts(expected: Partial<ProblemCounts>, what: string): Promise<void> {
        const matches = (counts: ProblemCounts) =>
            Object.entries(expected).every(([kind, count]) => counts[kind as keyof ProblemCounts] === count);
        await waitFor(async () => matches(await this.settledProblemCounts(what)) ? true : undefined, {
            what, timeoutMs: 45_000,
            describe: async () => `"${await this.problemsSummary()}"; rows ${JSON.stringify(await this.problemRows())}`
        });
    }

    /** The Problems panel's rows ("<message> sla sla-missing-goals [Ln 3, Col 11]"), opening the panel if needed. */
    async problemRows(): Promise<string[]> {
        if (!await this.page.locator('.markers-panel').isVisible()) {
            await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
            await this.page.locator('.markers-panel').waitFor({ timeout: UI_TIMEOUT });
        }
        return (await this.page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map(flatten);
    }

    /**
     * The visible lines of the active editor, with the DOM's non-breaking spaces turned into spaces. The lines come
     * in DOM order, which after scrolling is not line order: good for "contains", not for positions.
     */
    async visibleText(): Promise<string> {
        return (await this.activeEditor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
    }

    /**
     * Moves to the first marker whose hover says `message` (F8 from the top of the file), then opens the quick fix
     * menu (Ctrl+.) and picks the action whose title matches `title`.
     */
    async applyQuickFix(message: RegExp, title: RegExp): Promise<string> {
        await this.activeEditor().locator('.view-lines').click();
        await this.page.keyboard.press('Control+Home');
        const marker = this.page.locator('.marker-widget');
        await waitFor(async () => {
            await this.page.keyboard.press('F8');
            await marker.waitFor({ timeout: 2_000 });
            return message.test(flatten(await marker.innerText())) ? true : undefined;
        }, { what: `F8 to reach a problem matching ${message}`, timeoutMs: UI_TIMEOUT,
            describe: async () => flatten(await marker.innerText()) });
        await this.page.keyboard.press('Escape');
        await marker.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
        await this.page.keyboard.press('Control+.');
        const rows = this.page.locator('.action-widget .monaco-list-row');
        const row = rows.filter({ hasText: title }).first();
        await waitFor(async () => await row.isVisible() ? true : undefined, {
            what: `the quick fix menu to offer an action matching ${title}`, timeoutMs: UI_TIMEOUT,
            describe: async () => JSON.stringify((await rows.allInnerTexts()).map(flatten))
        });
        const chosen = flatten(await row.innerText());
        await row.click();
        await rows.first().waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
        return chosen;
    }

    /**
     * With the completion list open: types the start of an item's label, as a person narrows the list, and returns
     * the focused item's detail (VS Code shows the focused item's detail in its row) and the text of its details
     * pane (opened with Ctrl+Space, as a person does, if it is closed), once VS Code has resolved the item: the
     * server sends names' details and all documentation on resolve.
     */
    async focusCompletion(label: string): Promise<{ detail: string, details: string }> {
        const row = this.page.locator('.suggest-widget.visible .monaco-list-row.focused');
        const pane = this.page.locator('.suggest-details-container .suggest-details');
        await this.page.keyboard.type(label);
        await waitFor(async () => flatten(await row.locator('.label-name').innerText().catch(() => '')) === label ? true : undefined, {
            what: `the completion item ${label} to be in focus`, timeoutMs: UI_TIMEOUT,
            describe: async () => flatten(await this.page.locator('.suggest-widget').innerText().catch(() => '(no widget)'))
        });
        const detail = await waitFor(async () => flatten(await row.locator('.details-label').innerText().catch(() => '')) || undefined, {
            what: `the focused completion item ${label} to show its detail`, timeoutMs: UI_TIMEOUT,
            describe: async () => flatten(await row.innerText().catch(() => '(no focused row)'))
        });
        if (!await pane.isVisible()) await this.page.keyboard.press('Control+Space');
        const details = await waitFor(async () => {
            const text = flatten(await pane.innerText().catch(() => ''));
            return text.includes(label) ? text : undefined;
        }, { what: `the details pane to show the documentation of ${label}`, timeoutMs: UI_TIMEOUT,
            describe: async () => flatten(await pane.innerText().catch(() => '(no details pane)')) });
        return { detail, details };
    }

    /**
     * Triggers completion (Ctrl+Space) and returns every item's label, leaving the list open; the list is virtual,
     * so it is paged through until each position (aria-posinset of aria-setsize) has been seen.
     */
    async completionLabels(): Promise<string[]> {
        await this.page.keyboard.press('Control+Space');
        const widget = this.page.locator('.suggest-widget.visible');
        const rows = widget.locator('.monaco-list-row');
        await waitFor(async () => await rows.count() > 0 ? true : undefined, {
            what: 'the suggest widget to list completion items', timeoutMs: UI_TIMEOUT,
            describe: async () => flatten(await this.page.locator('.suggest-widget').innerText().catch(() => '(no widget)'))
        });
        const labels = new Map<number, string>();
        let pages = 0;
        for (; pages < 50; pages++) {
            const rendered = await widget.evaluate(element => [...element.querySelectorAll('.monaco-list-row')].map(row => ({
                position: Number(row.getAttribute('aria-posinset')),
                size: Number(row.getAttribute('aria-setsize')),
                label: row.querySelector('.label-name')?.textContent ?? ''
            })));
            for (const row of rendered) labels.set(row.position, flatten(row.label));
            if (labels.size >= (rendered[0]?.size ?? 0)) break;
            await this.page.keyboard.press('PageDown');
            await sleep(100);
        }
        // Back to the top, where a person looks first.
        for (; pages > 0; pages--) await this.page.keyboard.press('PageUp');
        return [...labels.entries()].sort(([a], [b]) => a - b).map(([, label]) => label);
    }

    /** The text of the extension webviews: their HTML lives in an inner frame, two iframes deep. */
    async webviewTexts(): Promise<string[]> {
        return Promise.all(this.webviewFrames().map(frame => bodyText(frame)));
    }

    /** The inner frames of the extension webviews, for reading their DOM. */
    webviewFrames(): Frame[] {
        return this.page.frames().filter(frame => frame.url().includes('fake.html'));
    }

    async notifications(): Promise<string[]> {
        return (await this.page.locator('.notifications-toasts .notification-toast').allInnerTexts()).map(flatten);
    }

    activeEditor(): Locator {
        return this.page.locator('.editor-group-container.active .monaco-editor').first();
    }

    private quickInputWidget(): Locator {
        return this.page.locator('.quick-input-widget');
    }

    private async quickInput(shortcut: string): Promise<Locator> {
        await this.page.keyboard.press(shortcut);
        const input = this.quickInputWidget().locator('input').first();
        await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
        return input;
    }
}

async function bodyText(frame: Frame): Promise<string> {
    return frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
}

function flatten(text: string): string {
    return text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

function exactly(text: string): RegExp {
    return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
