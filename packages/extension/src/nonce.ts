/**
 * A fresh nonce for a page's Content-Security-Policy: 18 random bytes in base64. Web Crypto, so that the same code
 * runs in the desktop extension host (Node) and in VS Code for the Web (a browser worker).
 */
export function newNonce(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    return btoa(String.fromCharCode(...bytes));
}
