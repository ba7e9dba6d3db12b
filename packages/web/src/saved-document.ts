/**
 * The agreement kept in the browser's storage: its text, so a reload or a crash loses nothing, and the text as last
 * opened or saved, so the page knows when there are unsaved changes. While the user types it is written when the
 * typing pauses, not per keystroke (each write serialises the whole agreement), and at once when the page is hidden
 * or left, so that the last edit is never lost.
 */
const KEY = 'sla-web:document';

/** How long typing must pause before the agreement is written to storage. */
const STORE_DELAY_MS = 1000;

export interface SavedDocument {
    readonly name: string;
    readonly text: string;
    /** The text as last opened, downloaded or created; differs from `text` when there are unsaved changes. */
    readonly savedText: string;
}

export function loadDocument(): SavedDocument | undefined {
    try {
        const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<SavedDocument> | null;
        if (typeof value?.name === 'string' && typeof value.text === 'string' && typeof value.savedText === 'string') {
            return value as SavedDocument;
        }
    } catch {
        // Storage disabled or an unreadable entry: start from an example instead.
    }
    return undefined;
}

/** Returns false when the browser refused to store it (storage full or disabled). */
function storeDocument(document: SavedDocument): boolean {
    try {
        localStorage.setItem(KEY, JSON.stringify(document));
        return true;
    } catch {
        return false;
    }
}

/**
 * Writes the agreement `read` returns: `changed()` after an edit (written once typing pauses), `storeNow()` after
 * a change of file or a save. `stored` hears whether the browser kept it.
 */
export class DocumentKeeper {
    private timer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly read: () => SavedDocument, private readonly stored: (kept: boolean) => void) {
        // pagehide covers closing, reloading and leaving the page; a hidden tab may be discarded without either.
        window.addEventListener('pagehide', () => this.flush());
        document.addEventListener('visibilitychange', () => {
            if (document.visibilityState === 'hidden') this.flush();
        });
    }

    changed(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.storeNow(), STORE_DELAY_MS);
    }

    storeNow(): void {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.stored(storeDocument(this.read()));
    }

    /** Writes an edit still waiting for the pause. */
    private flush(): void {
        if (this.timer !== undefined) this.storeNow();
    }
}
