/**
 * A locale an agreement can be rendered in: its words (one Messages bundle per language), the Intl locale that
 * formats its numbers and dates, the paper it is printed on, and the defaults `sla new` derives from it.
 */
import type { Messages } from './messages.js';

export type PaperSize = 'A4' | 'Letter';

export interface Locale {
    /** The BCP 47 tag written after `locale` in the agreement, e.g. `en-US`. */
    readonly tag: string;
    /** For lists and completion: "English (United States)". */
    readonly name: string;
    readonly messages: Messages;
    readonly paper: PaperSize;
    /** The currency a new agreement in this locale is priced in, ISO 4217. */
    readonly currency: string;
    /** The time zone a new agreement in this locale measures in, IANA. */
    readonly timeZone: string;
}

/** Paper sizes in millimetres (for CSS `@page`) and in twentieths of a point (for Word). */
export const PAPER: Readonly<Record<PaperSize, { readonly css: string, readonly twips: { readonly width: number, readonly height: number } }>> = {
    A4: { css: 'A4', twips: { width: 11906, height: 16838 } },
    Letter: { css: 'letter', twips: { width: 12240, height: 15840 } }
};
