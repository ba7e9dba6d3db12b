/** Files out of the page: a download of text or bytes, under a name derived from the agreement's file name. */

export function download(name: string, content: BlobPart, type: string): void {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started from the link; the object URL can go once the click has been handled.
    setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function fromBase64(text: string): Uint8Array {
    return Uint8Array.from(atob(text), character => character.charCodeAt(0));
}

/** `agreement.sla` -> `agreement.docx`. */
export function withExtension(name: string, extension: string): string {
    return `${name.replace(/\.sla$/i, '') || 'agreement'}.${extension}`;
}

/** A local file's text, refused when it is not UTF-8 (the server would read garbage). */
export async function readText(file: File): Promise<string> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new Error(`${file.name} is not UTF-8 text; save it as UTF-8 and try again`);
    }
}
