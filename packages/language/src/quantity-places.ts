/**
 * Which units fit a quantity, from its place in the agreement: a notice period is a duration, a price is money, a
 * threshold is in its metric's unit. The unit checks report a quantity that does not fit; completion and the
 * missing-unit quick fix offer the units that do. Adding a place with a quantity is one entry in PLACES.
 */
import { AstUtils } from 'langium';
import { itemNoun, tierShape } from './credit-tiers.js';
import { isBound, isCredits, isTarget, type Credits, type Metric, type Quantity } from './generated/ast.js';
import { unitInfo, type UnitDimension } from './units.js';

export interface PlaceUnits {
    readonly dimensions: readonly UnitDimension[];
    /** What the value is, for messages: "A notice period". */
    readonly what: string;
    /** The one unit the place calls for, such as a threshold's metric unit: `business hours`. */
    readonly exact?: string;
}

const DURATION = ['duration'] as const;
const CREDIT = ['percent', 'money'] as const;

/** The fixed places, by `Container.property`. */
const PLACES: Readonly<Record<string, PlaceUnits>> = {
    'Metric.interval': { dimensions: DURATION, what: 'A measurement interval' },
    'Metric.coverage': { dimensions: ['percent'], what: 'A minimum coverage', exact: '%' },
    'Window.length': { dimensions: DURATION, what: 'A rolling window' },
    'Cadence.length': { dimensions: DURATION, what: 'A cadence' },
    'Responsibility.deadline': { dimensions: DURATION, what: 'A deadline' },
    'Exclusion.notice': { dimensions: DURATION, what: 'A notice period' },
    'ChangesSection.notice': { dimensions: DURATION, what: 'A notice period' },
    'ClaimWindow.window': { dimensions: DURATION, what: 'A claim window' },
    'EscalationStep.after': { dimensions: DURATION, what: 'An escalation delay' },
    'Report.due': { dimensions: DURATION, what: 'A due time' },
    'CorrectiveAction.after': { dimensions: ['count'], what: 'A number of breaches', exact: 'breaches' },
    'Target.over': { dimensions: DURATION, what: 'The window each item is followed for' },
    'Target.share': { dimensions: ['percent'], what: 'The share of a population', exact: '%' },
    'CreditTier.amount': { dimensions: CREDIT, what: 'A credit' },
    'Cap.amount': { dimensions: CREDIT, what: 'A cap' },
    'MinimumCredit.amount': { dimensions: ['money', 'percent'], what: 'A minimum credit' },
    'Rate.amount': { dimensions: ['money'], what: 'A price' }
};

/** `Container.property` of a quantity, the key of PLACES. */
export function placeOf(quantity: Quantity): string {
    return `${quantity.$container?.$type}.${quantity.$containerProperty}`;
}

/** Whether the quantity's place alone says which units fit it (a threshold or a tier's bound asks its metric). */
export function hasFixedPlace(quantity: Quantity): boolean {
    return PLACES[placeOf(quantity)] !== undefined;
}

/**
 * The units that fit a quantity, or undefined when its place does not say (a threshold whose metric has no
 * known unit). A threshold is in its metric's unit; a credit tier's bounds in the unit of what its level measures.
 */
export function unitsForPlace(quantity: Quantity): PlaceUnits | undefined {
    const fixed = PLACES[placeOf(quantity)];
    if (fixed) return fixed;
    const container = quantity.$container;
    if (isTarget(container) && quantity.$containerProperty === 'threshold') {
        const metric = container.metric?.ref;
        return metricUnits(metric, `The threshold for '${metric?.name}' (measured in ${metric?.unit?.name})`);
    }
    if (isBound(container)) {
        const credits = AstUtils.getContainerOfType(container, isCredits);
        return credits && measuredUnits(credits);
    }
    return undefined;
}

/**
 * What a level's credit tiers bound (credit-tiers.ts): the share of items on target for a per-ticket level, each
 * late item's measured value with `per late ticket`, else the level's figure in its metric's unit.
 */
function measuredUnits(credits: Credits): PlaceUnits | undefined {
    const level = credits.level?.ref;
    // A target the parser could not read to its threshold says nothing about its tiers (the syntax error does).
    if (!level?.target?.threshold) return undefined;
    // A share (`in 95 % of tickets`) on a metric whose aggregation is not written, or could not be read, leaves open
    // whether the tiers bound the share or each ticket: nothing to check until the aggregation says.
    if (level.target.share && !level.target.metric?.ref?.aggregation) return undefined;
    const shape = tierShape(credits);
    if (shape === 'share') {
        const noun = itemNoun(level);
        return {
            dimensions: ['percent'], exact: '%',
            what: `A credit tier bound of '${level.name}' (the share of ${noun} that met the target; to credit each late ${noun.replace(/s$/, '')} by its own time, write 'per late ${noun.replace(/s$/, '')}' after the level)`
        };
    }
    const what = shape === 'per-item' ? `A credit tier bound for each late ${itemNoun(level).replace(/s$/, '')}` : 'A credit tier bound';
    const threshold = unitInfo(level.target.threshold.unit)?.dimension;
    return metricUnits(level.target.metric?.ref, what) ?? (threshold && { dimensions: [threshold], what });
}

function metricUnits(metric: Metric | undefined, what: string): PlaceUnits | undefined {
    const unit = metric?.unit;
    const dimension = unitInfo(unit?.name)?.dimension;
    if (!unit || !dimension) return undefined;
    return { dimensions: [dimension], what, exact: `${unit.business ? 'business ' : ''}${unit.name}` };
}
