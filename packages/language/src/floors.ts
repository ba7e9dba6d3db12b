/**
 * The floors a lower-level agreement must respect: the levels of the agreements it refines that apply to its
 * services (every service for a level without `for`; the named ones otherwise) and, for each of its own levels,
 * the floors on the same metric, services and segment, and whether its target meets them. One reading for the
 * multi-level check (validation/multi-level-checks.ts) and the rendered contract (generator/clauses).
 */
import { AstUtils, isReference } from 'langium';
import type { Agreement, Level } from './generated/ast.js';
import { isService } from './generated/ast.js';
import { promisedShare } from './credit-tiers.js';
import { agreementOf, ancestors, levelsOf } from './sla-model.js';
import { commonScale, quantityDimension } from './units.js';
import { direction } from './validation/targets.js';

export interface Floor {
    readonly floor: Level;
    /** The agreement that sets the floor. */
    readonly agreement: Agreement;
    /** Which part of the level is weaker than the floor; undefined when the level meets it. */
    readonly weaker?: 'threshold' | 'share';
}

/** Levels of the refined agreements that apply here: without `for`, or for a service this agreement uses. */
export function floorsInScope(agreement: Agreement): Level[] {
    const used = new Set(AstUtils.streamAst(agreement).flatMap(node => AstUtils.streamReferences(node))
        .map(ref => isReference(ref.reference) ? ref.reference.ref : undefined).filter(isService).toArray());
    return ancestors(agreement).flatMap(levelsOf)
        .filter(level => level.services.length === 0 || level.services.some(service => service.ref && used.has(service.ref)));
}

/** The floors a level refines: same metric, same direction, overlapping services and segment. */
export function floorsOf(level: Level): Floor[] {
    const agreement = agreementOf(level);
    const target = level.target;
    const way = direction(target?.comparator);
    if (!agreement || !target?.metric?.ref || !target.threshold || !way) return [];
    return ancestors(agreement).flatMap(ancestor => levelsOf(ancestor)
        .filter(floor => floor.target?.metric?.ref === target.metric.ref && direction(floor.target.comparator) === way && overlaps(level, floor))
        .map(floor => ({ floor, agreement: ancestor, weaker: weakerPart(level, floor, way) })));
}

function overlaps(level: Level, floor: Level): boolean {
    const services = level.services.length === 0 || floor.services.length === 0
        || floor.services.some(f => level.services.some(l => l.ref !== undefined && l.ref === f.ref));
    const segments = !level.segment || !floor.segment || level.segment.ref === floor.segment.ref;
    return services && segments;
}

/** Which part of the level is weaker than the floor: its threshold, or the share of the population it covers. */
function weakerPart(level: Level, floor: Level, way: 'up' | 'down'): 'threshold' | 'share' | undefined {
    const values = commonScale([level.target.threshold, floor.target.threshold]);
    if (values) {
        const [mine, theirs] = values;
        const looser = way === 'up' ? mine < theirs : mine > theirs;
        // `>= 99.5 %` is weaker than `> 99.5 %`.
        const sameButInclusive = mine === theirs && level.target.comparator!.length > floor.target.comparator!.length;
        if (looser || sameButInclusive) return 'threshold';
    }
    const mine = shareOf(level), theirs = shareOf(floor);
    return mine !== undefined && theirs !== undefined && mine < theirs ? 'share' : undefined;
}

/** The share of cases a level promises to meet its threshold in: 100 % without `in ... of`. */
function shareOf(level: Level): number | undefined {
    const share = promisedShare(level);
    return quantityDimension(share) === 'percent' ? share.value : undefined;
}
