/**
 * The requests and notifications the SLA language server adds to LSP, with their payloads. This file imports
 * nothing, so that the VS Code extension (and any other client) can use it without pulling in the server.
 */

/** What an agreement can be rendered to. */
export type RenderFormat = 'html' | 'markdown' | 'docx';

export const RENDER_FORMATS: readonly RenderFormat[] = ['html', 'markdown', 'docx'];

/** The file extension of each format, for exports. */
export const RENDER_FILE_EXTENSIONS: Readonly<Record<RenderFormat, string>> = { html: 'html', markdown: 'md', docx: 'docx' };

/** How the HTML page is embedded; all optional, the defaults give a standalone page. */
export interface HtmlPageOptions {
    /**
     * The nonce that allows the page's style and scripts under its Content-Security-Policy. Give a fresh random one
     * per page load; without it the renderer makes one.
     */
    readonly nonce?: string;
    /** Script URLs the page loads (with the nonce), e.g. a webview's own script from the extension's folder. */
    readonly scripts?: readonly string[];
}

/**
 * A fresh nonce for `HtmlPageOptions.nonce`: 18 random bytes in base64, from Web Crypto, which Node, browsers and
 * both of VS Code's extension hosts have.
 */
export function newNonce(): string {
    return btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(18))));
}

/**
 * Whether a text may be a Content-Security-Policy nonce: a base64 value (letters, digits, `+`, `/`, `-`, `_`, up to
 * two `=` at the end). Anything else would change the policy it is written into (`abc' 'unsafe-inline' *`).
 */
export function isCspNonce(text: unknown): text is string {
    return typeof text === 'string' && /^[A-Za-z0-9+/_-]{1,256}={0,2}$/.test(text);
}

/** Request `sla/render`: render the agreement of one open or workspace document. */
export const RenderRequest = {
    method: 'sla/render'
} as const;

export interface RenderParams {
    /** The document's URI, as in `textDocument.uri`. */
    readonly uri: string;
    readonly format: RenderFormat;
    readonly html?: HtmlPageOptions;
}

/** How many diagnostics the rendered document has, by severity. */
export interface ProblemCount {
    readonly errors: number;
    readonly warnings: number;
}

export interface RenderResult {
    readonly format: RenderFormat;
    /** The HTML page or the Markdown text; for `docx`, the file's bytes in base64. */
    readonly content: string;
    readonly encoding: 'utf8' | 'base64';
    /** The agreement's title, e.g. for a preview's tab. */
    readonly title: string;
    readonly problems: ProblemCount;
}

/**
 * Notification `sla/documentsValidated`, from the server: these documents were rebuilt and validated (after an
 * edit, or because an agreement they refine changed). A preview re-renders when its document is among them.
 */
export const DocumentsValidatedNotification = {
    method: 'sla/documentsValidated'
} as const;

export interface DocumentsValidatedParams {
    readonly uris: readonly string[];
}

/** A catalogue section, as the editor's "Insert Section..." lists it. */
export interface SectionInfo {
    readonly id: string;
    readonly keyword: string;
    readonly title: string;
    readonly presence: 'required' | 'recommended' | 'optional';
    /** Why the section matters, in one sentence. */
    readonly why: string;
}

/** Request `sla/missingSections`: the catalogue sections the agreement of a document does not have, in canonical order. */
export const MissingSectionsRequest = {
    method: 'sla/missingSections'
} as const;

export interface MissingSectionsParams {
    readonly uri: string;
}

/** A text edit, as in LSP: zero-based lines and characters. */
export interface TextEditInfo {
    readonly range: { readonly start: { readonly line: number, readonly character: number }, readonly end: { readonly line: number, readonly character: number } };
    readonly newText: string;
}

/**
 * Request `sla/insertSection`: the edits that add a section at its canonical position, exactly as the quick fix for
 * its missing-section diagnostic makes them (with the sections it refers to when the agreement lacks them).
 */
export const InsertSectionRequest = {
    method: 'sla/insertSection'
} as const;

export interface InsertSectionParams {
    readonly uri: string;
    /** The catalogue id, e.g. `review`. */
    readonly section: string;
}

export interface InsertSectionResult {
    readonly edits: readonly TextEditInfo[];
    /** The keywords of the sections written, in canonical order. */
    readonly sections: readonly string[];
}

/** A clause of the clause library, as the editor's "Insert Clause..." lists it. */
export interface LibraryClauseInfo {
    /** The clause's name in the agreement, e.g. `Liability`. */
    readonly name: string;
    readonly title: string;
    /** Why an agreement has it, in one sentence. */
    readonly why: string;
}

/** Request `sla/libraryClauses`: the clauses of the clause library the agreement of a document does not have yet. */
export const LibraryClausesRequest = {
    method: 'sla/libraryClauses'
} as const;

export interface LibraryClausesParams {
    readonly uri: string;
}

/**
 * Request `sla/insertClause`: the edits that add a library clause, with `TODO:` where only the parties know the
 * facts, at the end of the agreement's `clauses` section (which is added at its canonical place when missing).
 */
export const InsertClauseRequest = {
    method: 'sla/insertClause'
} as const;

export interface InsertClauseParams {
    readonly uri: string;
    /** The clause's name, e.g. `Liability`. */
    readonly clause: string;
}

export interface InsertClauseResult {
    /** Empty when the clause is unknown or the agreement already has it. */
    readonly edits: readonly TextEditInfo[];
}

/** An agreement template, as "New Agreement from Template..." lists it. */
export interface TemplateInfo {
    readonly id: string;
    readonly title: string;
    readonly description: string;
}

/** Request `sla/templates`: the agreement templates. */
export const TemplatesRequest = {
    method: 'sla/templates'
} as const;

/** Request `sla/newAgreement`: the text of a new agreement written from a template for two parties. */
export const NewAgreementRequest = {
    method: 'sla/newAgreement'
} as const;

export interface NewAgreementParams {
    readonly template: string;
    /** The parties' legal names. */
    readonly provider: string;
    readonly customer: string;
    /** The locale tag (`en-US`); the currency and time zone default to the locale's. */
    readonly locale?: string;
    /** ISO 4217, e.g. `USD`. */
    readonly currency?: string;
    /** IANA, e.g. `America/Chicago`. */
    readonly timeZone?: string;
}

/** A locale an agreement can be written in, as "New Agreement from Template..." offers it. */
export interface LocaleInfo {
    readonly tag: string;
    readonly name: string;
    /** What a new agreement in this locale is priced and measured in unless the user says otherwise. */
    readonly currency: string;
    readonly timeZone: string;
    readonly isDefault: boolean;
}

/** Request `sla/locales`: the locales, the default first. */
export const LocalesRequest = {
    method: 'sla/locales'
} as const;

/** The agreement's text, or (instead) why none could be written, in one line for the user. */
export interface NewAgreementResult {
    readonly text?: string;
    readonly error?: string;
}

/**
 * Request `sla/evaluate`: evaluate the agreement of a document against measured data files (CSV, or JSON when the
 * name ends in `.json`; layouts in docs/evaluation.md) and answer with the compliance report as an HTML page.
 */
export const EvaluateRequest = {
    method: 'sla/evaluate'
} as const;

export interface EvaluateParams {
    /** The agreement's document URI, as in `textDocument.uri`. */
    readonly uri: string;
    readonly dataFiles: readonly EvaluationDataFile[];
    /** `2026-10`, `2026-Q4`, `2026`, `2026-W43` or `2026-10-05`; without it, the month of the latest data. */
    readonly period?: string;
    /** Levels excused for the whole period because a customer duty that excuses them was not met. */
    readonly excuse?: readonly string[];
    /**
     * The moment to evaluate as of, in the agreement's time zone (`2026-10-15T14:00`, or `2026-10-15` for the end of
     * that day); without it, the moment the server receives the request. A window ending later is in progress.
     */
    readonly asOf?: string;
    readonly html?: HtmlPageOptions;
}

/**
 * A data file to evaluate, by URI. A client that can read it sends its text too: a server in a browser (a Web
 * Worker) has no file system, and a server on Node reads only `file:` URIs itself.
 */
export interface EvaluationDataFile {
    /** The file's URI; a name ending in `.json` is read as JSON, any other as CSV. */
    readonly uri: string;
    /** The file's text, when the client read it. */
    readonly text?: string;
}

export interface EvaluateResult {
    /** The report's title, e.g. for the panel's tab. */
    readonly title: string;
    /** The report as a standalone HTML page; absent when there are problems. */
    readonly html?: string;
    /** How many assessments ended met, breached, excused, without data and not evaluated, and how many are in progress. */
    readonly summary?: Readonly<Record<string, number>>;
    /** Why nothing was evaluated, one line each (`file:line:column: message` for a bad row, the file named by its path or its name); empty on success. */
    readonly problems: readonly string[];
}
