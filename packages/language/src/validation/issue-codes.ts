/**
 * Stable diagnostic codes. Each appears in a diagnostic's `code` and `data.code` and is documented with an
 * example in docs/diagnostics.md. Never rename a code: users filter and suppress by it.
 */
import { SECTIONS } from '../catalogue/sections.js';

export namespace IssueCodes {
    export const DuplicateSection = 'sla-duplicate-section';
    export const DuplicateField = 'sla-duplicate-field';
    /** A missing section's code: `sla-missing-` + the catalogue id. */
    export const missingSection = (sectionId: string): string => `sla-missing-${sectionId}`;
}

/** Every missing-section code, for docs and tests. */
export const MISSING_SECTION_CODES: readonly string[] = SECTIONS.map(spec => IssueCodes.missingSection(spec.id));
