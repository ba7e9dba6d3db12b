/**
 * The agreement kept in the browser's storage: its text after every edit, so a reload or a crash loses nothing,
 * and the text as last opened or saved, so the page knows when there are unsaved changes.
 */
const KEY = 'sla-web:document';

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
export function storeDocument(document: SavedDocument): boolean {
    try {
        localStorage.setItem(KEY, JSON.stringify(document));
        return true;
    } catch {
        return false;
    }
}
