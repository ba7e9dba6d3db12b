/**
 * Rules of measurement the contract states and the evaluation applies, kept below both the renderer and the
 * evaluation so that the sentence a contract prints and the figure an evaluation computes come from one place.
 */
import type { Level, MissingData } from './generated/ast.js';
import { unitInfo } from './units.js';

/** The conservative default: an interval nobody measured is never in favour of the party obliged to the level. */
export const DEFAULT_MISSING: MissingData = 'down';

/**
 * A per-lead score level is a quality gate: a lead below its threshold counts against the party obliged to it and
 * leaves the figures of the levels other parties must meet on the same leads (marketing's poor leads are not held
 * against sales).
 */
export function isQualityGate(level: Level): boolean {
    const metric = level.target?.metric?.ref;
    return metric?.aggregation === 'per-lead' && metric.kind === 'score' && unitInfo(level.target.threshold?.unit)?.dimension !== 'duration';
}
