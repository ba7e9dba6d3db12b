/**
 * Which units fit a quantity, from its place in the agreement: a notice period is a duration, a price is money, a
 * threshold is in its metric's unit. The unit checks report a quantity that does not fit; completion and the
 * missing-unit quick fix offer the units that do. Adding a place with a quantity is one entry in PLACES.
 */
import { AstUtils } from 'langium';
import { isBound, isCredits, isTarget, type Level, type Metric, type Quantity } from './generated/ast.js';
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
    'Window.length': { dimensions: DURATION, what: 'A rolling window' },
    'Cadence.length': { dimensions: DURATION, what: 'A cadence' },
    'Responsibility.deadline': { dimensions: DURATION, what: 'A deadline' },
    'Exclusion.notice': { dimensions: DURATION, what: 'A notice period' },
    'ChangesSection.notice': { dimensions: DURATION, what: 'A notice period' },
    'ClaimWindow.window': { dimensions: DURATION, what: 'A claim window' },
    'EscalationStep.after': { dimensions: DURATION, what: 'An escalation delay' },
    'Report.due': { dimensions: DURATION, what: 'A due time' },
    'CorrectiveAction.after': { dimensions: ['count'], what: 'A number of breaches', exact: 'breaches' },
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
        return measuredUnits(AstUtils.getContainerOfType(container, isCredits)?.level?.ref);
    }
    return undefined;
}

/** What a level's credit tiers bound: the share when the target has one (`in 95 % of tickets`), else the metric. */
function measuredUnits(level: Level | undefined): PlaceUnits | undefined {
    const what = 'A credit tier bound';
    // A target the parser could not read to its threshold says nothing about its tiers (the syntax error does).
    if (!level?.target?.threshold) return undefined;
    if (level.target.share) return { dimensions: ['percent'], what, exact: '%' };
    const threshold = unitInfo(level.target.threshold.unit)?.dimension;
    return metricUnits(level.target.metric?.ref, what) ?? (threshold && { dimensions: [threshold], what });
}

function metricUnits(metric: Metric | undefined, what: string): PlaceUnits | undefined {
    const unit = metric?.unit;
    const dimension = unitInfo(unit?.name)?.dimension;
    if (!unit || !dimension) return undefined;
    return { dimensions: [dimension], what, exact: `${unit.business ? 'business ' : ''}${unit.name}` };
}
