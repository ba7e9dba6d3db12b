/**
 * Rules of measurement the contract states and the evaluation applies, kept below both the renderer and the
 * evaluation so that the sentence a contract prints and the figure an evaluation computes come from one place.
 */
import type { MissingData } from './generated/ast.js';

/** The conservative default: an interval nobody measured is never in favour of the party obliged to the level. */
export const DEFAULT_MISSING: MissingData = 'down';
