/**
 * Beside the editor: two tabs (the agreement as rendered, the compliance report) that follow the ARIA tabs pattern
 * (arrow keys move between them), and the report panel, which shows the server's report page without scripts or,
 * when nothing could be evaluated, the reasons as a list.
 */
import type { ReportView } from './evaluation.js';

export class SidePanels implements ReportView {
    private readonly tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];

    constructor(private readonly report: HTMLIFrameElement, private readonly problems: HTMLElement, private readonly say: (message: string) => void) {
        for (const tab of this.tabs) {
            tab.addEventListener('click', () => this.showTab(tab.dataset.tab!));
            tab.addEventListener('keydown', event => {
                if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
                const step = event.key === 'ArrowRight' ? 1 : this.tabs.length - 1;
                const next = this.tabs[(this.tabs.indexOf(tab) + step) % this.tabs.length];
                this.showTab(next.dataset.tab!);
                next.focus();
            });
        }
    }

    showTab(name: string): void {
        for (const tab of this.tabs) {
            const selected = tab.dataset.tab === name;
            tab.setAttribute('aria-selected', String(selected));
            tab.tabIndex = selected ? 0 : -1;
            document.getElementById(tab.getAttribute('aria-controls')!)!.hidden = !selected;
        }
    }

    show(html: string, title: string): void {
        this.problems.replaceChildren();
        this.report.hidden = false;
        this.report.title = title;
        this.report.srcdoc = html;
        this.showTab('report');
        this.say(`${title}: report ready.`);
    }

    showProblems(title: string, lines: readonly string[]): void {
        this.report.hidden = true;
        const heading = document.createElement('h3');
        heading.textContent = title;
        const list = document.createElement('ul');
        list.append(...lines.map(line => Object.assign(document.createElement('li'), { textContent: line })));
        this.problems.replaceChildren(heading, list);
        this.showTab('report');
        this.say(title);
    }
}
