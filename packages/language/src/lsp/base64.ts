/**
 * Bytes as base64, with what every JavaScript runtime has (`btoa`), so that the DOCX export works in the browser's
 * worker as on Node. `btoa` takes a string of byte-valued characters; it is built in slices because spreading a
 * whole document's bytes into one call would overflow the stack.
 */
const SLICE = 0x8000;

export function toBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let start = 0; start < bytes.length; start += SLICE) {
        binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
    }
    return btoa(binary);
}
