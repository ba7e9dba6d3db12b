/**
 * The messages between the preview panel (extension side) and its script in the webview. Imports nothing, so both
 * sides share it: the extension bundle (Node) and the webview bundle (browser).
 */

/** Extension -> webview. */
export type ToWebview =
    /** The agreement the page shows; a page keeps its scroll position only for the same agreement. */
    | { readonly type: 'source', readonly uri: string }
    /** A newer rendering of the same agreement: the page swaps its document in place, keeping its scroll position. */
    | { readonly type: 'update', readonly html: string }
    /** The editor scrolled: bring the clause of this 0-based source line to the top. */
    | { readonly type: 'scrollToLine', readonly line: number };

/** Webview -> extension. */
export type FromWebview =
    /** The script runs and can take messages. */
    | { readonly type: 'ready' }
    /** The user clicked an element that stands for this 0-based source line. */
    | { readonly type: 'reveal', readonly line: number };

/** What the webview keeps with `setState`, and what VS Code gives back to the panel serializer after a reload. */
export interface PreviewState {
    readonly uri?: string;
    readonly scrollY?: number;
}
