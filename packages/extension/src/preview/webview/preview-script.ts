/// <reference lib="dom" />
/**
 * The preview page's script (bundled to out/preview.js, loaded by nonce): swaps in newer renderings without a
 * reload, so the page neither flickers nor loses its scroll position; follows the editor's scrolling; reports a
 * click on a clause so the extension reveals its source line; and keeps its scroll position in the webview state,
 * which VS Code hands back after a window reload.
 */
import type { FromWebview, PreviewState, ToWebview } from './messages.js';

interface VsCodeApi {
    postMessage(message: FromWebview): void;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
let state: PreviewState = vscode.getState() ?? {};

function save(next: PreviewState): void {
    state = next;
    vscode.setState(state);
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    switch (message?.type) {
        case 'source':
            window.scrollTo(0, message.uri === state.uri ? state.scrollY ?? 0 : 0);
            save({ uri: message.uri, scrollY: window.scrollY });
            break;
        case 'update':
            swapDocument(message.html);
            break;
        case 'scrollToLine':
            scrollToLine(message.line);
            break;
    }
});

/**
 * Replaces the rendered document with the one in `html`; the parsed page is inert, nothing in it runs. The page's
 * language follows, since an edit of the agreement's `locale` changes it.
 */
function swapDocument(html: string): void {
    const page = new DOMParser().parseFromString(html, 'text/html');
    const next = page.getElementById('sla-document');
    const current = document.getElementById('sla-document');
    if (next && current) {
        current.replaceWith(document.adoptNode(next));
        document.documentElement.lang = page.documentElement.lang;
    }
}

/** Scrolls to the element that stands for the nearest source line at or before `line`. */
function scrollToLine(line: number): void {
    let best: HTMLElement | undefined;
    let bestLine = -1;
    for (const element of document.querySelectorAll<HTMLElement>('[data-line]')) {
        const elementLine = Number(element.dataset.line);
        if (elementLine <= line && elementLine > bestLine) {
            best = element;
            bestLine = elementLine;
        }
    }
    best?.scrollIntoView({ block: 'start' });
}

document.addEventListener('click', event => {
    const target = event.target instanceof Element ? event.target : undefined;
    if (!target || target.closest('a') || !(window.getSelection()?.isCollapsed ?? true)) return;
    const sourced = target.closest<HTMLElement>('[data-line]');
    if (sourced) vscode.postMessage({ type: 'reveal', line: Number(sourced.dataset.line) });
});

let scrollPending = false;
window.addEventListener('scroll', () => {
    if (scrollPending) return;
    scrollPending = true;
    requestAnimationFrame(() => {
        scrollPending = false;
        save({ ...state, scrollY: window.scrollY });
    });
});

document.body.classList.add('sla-interactive');
vscode.postMessage({ type: 'ready' });
