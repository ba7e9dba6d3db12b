/** The language server's worker bundle, as text (scripts/build-web.mjs builds it first). */
declare module 'sla-worker-source' {
    const source: string;
    export default source;
}

/** Agreements built into the page, as text. */
declare module '*.sla' {
    const text: string;
    export default text;
}
