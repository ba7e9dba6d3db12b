/**
 * The rendered agreement as a document: a title block, a summary, numbered clauses of paragraphs, lists and
 * tables, and signature blocks. Built once from the AST (agreement-document.ts) and written out by the HTML,
 * Markdown and DOCX renderers, which therefore show the same content. Text here is plain, unescaped user text;
 * each renderer escapes it for its format.
 */
import type { PaperSize } from '../locale/locale.js';
import type { DocumentWords } from '../locale/messages.js';
import type { ProblemCount } from '../sla-protocol.js';

/** A run of text. Plain strings are the common case; `Span` adds emphasis or an in-document link. */
export type Inline = string | Span | LineBreak;
export type Text = readonly Inline[];

export interface Span {
    readonly text: string;
    readonly style?: 'strong' | 'muted';
    /** The anchor of another element of the document, e.g. a service level's row. */
    readonly link?: string;
}

export interface LineBreak {
    readonly lineBreak: true;
}

/** Where an element comes from: its 0-based line in the agreement's source, for click-to-reveal. */
export interface Sourced {
    readonly line?: number;
}

export type Block = Paragraph | List | Table | Facts | Note;

export interface Paragraph extends Sourced {
    readonly kind: 'paragraph';
    readonly text: Text;
}

export interface List extends Sourced {
    readonly kind: 'list';
    /** `letters` gives (A), (B), ... as contracts number recitals; `bullets` is unnumbered. */
    readonly numbering: 'bullets' | 'letters';
    readonly items: readonly ListItem[];
}

export interface ListItem extends Sourced {
    readonly text: Text;
}

export interface Table extends Sourced {
    readonly kind: 'table';
    readonly caption?: string;
    readonly columns: readonly string[];
    /** Each column's share of the width, in percent, so that tables of one kind line up. */
    readonly widths?: readonly number[];
    readonly rows: readonly TableRow[];
}

export interface TableRow extends Sourced {
    readonly cells: readonly Text[];
    /** An anchor other parts of the document link to. */
    readonly anchor?: string;
}

/** Labelled facts, e.g. a service's hours, provider and dependencies. */
export interface Facts extends Sourced {
    readonly kind: 'facts';
    readonly rows: readonly Fact[];
}

export interface Fact extends Sourced {
    readonly label: string;
    readonly value: Text;
}

/** A remark set apart from the clause text, e.g. what a multi-level agreement inherits. */
export interface Note extends Sourced {
    readonly kind: 'note';
    readonly text: Text;
}

export interface Notice {
    readonly severity: 'error' | 'warning';
    readonly text: string;
}

/** An agreement with placeholders is a draft: every page says so, and the document lists what remains. */
export interface DraftNotice {
    /** The short mark repeated on every page, e.g. "DRAFT · 12 placeholders to resolve". */
    readonly mark: string;
    /** The sentence under the title block: how many remain and what to do. */
    readonly text: string;
    /** Each placeholder: where it is and what it says. */
    readonly items: readonly ListItem[];
}

export interface Clause extends Sourced {
    /** "7" or "7.2"; absent for the summary. */
    readonly number?: string;
    readonly title: string;
    readonly anchor: string;
    /** Shown next to the title, e.g. "Inherited from CorporateIT". */
    readonly badge?: string;
    readonly blocks: readonly Block[];
    readonly subclauses: readonly Clause[];
}

export interface SignatureBlock extends Sourced {
    readonly shortName: string;
    /** The short name in the language's quotation marks: “Acme”. */
    readonly quotedName: string;
    readonly legalName: string;
    readonly role: string;
    readonly signatory?: string;
    readonly position?: string;
}

/** Words the renderers put around the content (the kicker, signature blocks, the footer), in the document's language. */
export interface RenderLabels {
    /** "Service Level Agreement", above the title. */
    readonly kind: string;
    readonly errors: string;
    readonly warnings: string;
    readonly note: string;
    readonly signatures: DocumentWords['signatures'];
    /** The footer of every printed page, e.g. "Managed IT Services Agreement, version 1.0". */
    readonly footer: string;
    /** "Page ", " of " around the current and the total page number. */
    readonly page: readonly [string, string];
}

export interface AgreementDocument extends Sourced {
    /** The agreement's name, as written after `agreement`. */
    readonly name: string;
    /** The BCP 47 tag of the document's language, for `<html lang>` and Word's proofing language. */
    readonly language: string;
    /** The paper the printed document is laid out on. */
    readonly paper: PaperSize;
    readonly labels: RenderLabels;
    readonly title: string;
    /** "Service Level Agreement", or e.g. "Service-level agreement, refining CorporateIT". */
    readonly subtitle: string;
    /** Version, status, term, time zone, place in a multi-level set. */
    readonly facts: readonly Fact[];
    readonly status?: string;
    /**
     * The status beside the title, in the document's language ("Draft"): only for a draft or a superseded
     * agreement, which a reader must not take for the one in force.
     */
    readonly statusBadge?: string;
    /** Problems in the source; a document with problems still renders what parses. */
    readonly problems: ProblemCount;
    /** Says that the document has problems, when it has. */
    readonly notice?: Notice;
    /** Present while the agreement holds placeholders (TODO texts, suggested values). */
    readonly draft?: DraftNotice;
    readonly summary: Clause;
    readonly clauses: readonly Clause[];
    readonly signatures: readonly SignatureBlock[];
}

/** Helpers for building `Text`. */
export const strong = (text: string): Span => ({ text, style: 'strong' });
export const muted = (text: string): Span => ({ text, style: 'muted' });
export const link = (text: string, anchor: string): Span => ({ text, link: anchor });
export const lineBreak: LineBreak = { lineBreak: true };

/** The plain text of a `Text`, line breaks as `separator`. */
export function plainText(text: Text, separator = '; '): string {
    return text.map(inline => typeof inline === 'string' ? inline : 'lineBreak' in inline ? separator : inline.text).join('');
}

/** Joins texts with a separator, e.g. several names with ", " or several lines with line breaks. */
export function joinText(texts: readonly Text[], separator: Inline): Text {
    return texts.flatMap((text, index) => index === 0 ? [...text] : [separator, ...text]);
}

/** For the typeset formats (HTML, DOCX): a number stays on the line of its unit, "99.9 %", "USD 149.00", "149,00 USD". */
export function keepUnitsTogether(text: string): string {
    return text.replace(/(\d) %/g, '$1\u00a0%').replace(/\b([A-Z]{3}) (?=\d)/g, '$1\u00a0').replace(/(\d) (?=[A-Z]{3}\b)/g, '$1\u00a0');
}
