/**
 * The rendered agreement beside the editor: the server's `sla/render` page (the renderer, escaping and
 * Content-Security-Policy of the VS Code preview: no script may run in it) in a sandboxed frame without scripts.
 * It re-renders when the server says the agreement was validated, keeps its scroll position, and a click on a clause
 * puts the editor's cursor on the line it comes from.
 */
import type { LSPClient } from '@codemirror/lsp-client';
import { EditorSelection } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { RenderRequest, type RenderParams, type RenderResult, newNonce } from 'sla-language/protocol';

/** Validation comes in bursts while typing; one render per pause is enough. */
const RENDER_DELAY_MS = 50;

export class Preview {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private requests = 0;
    /** Tells tests and assistive technology which rendering is shown. */
    renderings = 0;

    constructor(private readonly client: LSPClient, private readonly uri: string, private readonly frame: HTMLIFrameElement,
        private readonly editor: () => EditorView) {
        frame.addEventListener('load', () => this.attach());
    }

    scheduleRender(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.render(), RENDER_DELAY_MS);
    }

    private async render(): Promise<void> {
        const request = ++this.requests;
        const params: RenderParams = { uri: this.uri, format: 'html', html: { nonce: newNonce() } };
        let result: RenderResult;
        try {
            this.client.sync();
            result = await this.client.request<RenderParams, RenderResult>(RenderRequest.method, params);
        } catch {
            return; // the agreement changed meanwhile (or is not one yet): the next validation renders again
        }
        if (request !== this.requests) return;
        this.scrollY = this.frame.contentWindow?.scrollY ?? 0;
        this.frame.srcdoc = result.content;
    }

    private scrollY = 0;

    private attach(): void {
        const page = this.frame.contentDocument;
        if (!page) return;
        this.frame.contentWindow?.scrollTo(0, this.scrollY);
        this.renderings++;
        this.frame.dataset.renderings = String(this.renderings);
        page.body.classList.add('sla-interactive');
        page.addEventListener('click', event => {
            const target = event.target as Element | null;
            if (!target || target.closest('a') || !(page.getSelection()?.isCollapsed ?? true)) return;
            const sourced = target.closest<HTMLElement>('[data-line]');
            if (sourced) this.reveal(Number(sourced.dataset.line));
        });
    }

    /** Puts the cursor at the start of a 0-based source line and shows it. */
    private reveal(line: number): void {
        const view = this.editor();
        const target = view.state.doc.line(Math.min(Math.max(line + 1, 1), view.state.doc.lines));
        view.dispatch({ selection: EditorSelection.cursor(target.from), effects: EditorView.scrollIntoView(target.from, { y: 'center' }) });
        view.focus();
    }
}
