/** A fresh nonce for a rendered page's Content-Security-Policy: 18 random bytes in base64. */
export function newNonce(): string {
    return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}
