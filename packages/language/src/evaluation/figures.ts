/**
 * The figure each aggregation measures from a window's totals, and how figures and durations are written in the
 * report (through the renderer's formatting module, so a report spells quantities as the agreement does).
 */
import type { Quantity } from '../generated/ast.js';
import { formatNumber, formatQuantity } from '../generator/format.js';
import { unitInfo } from '../units.js';
import type { LevelPlan } from './plan/level-plan.js';
import { MS_PER_MINUTE } from './time/civil.js';
import type { Totals } from './totals.js';

/** The figure compared with the level's target; undefined when nothing was counted. */
export function figureOf(plan: LevelPlan, totals: Totals): number | undefined {
    if (totals.weight <= 0) return undefined;
    switch (plan.measure) {
        case 'intervals':
        case 'items':
            return 100 * totals.good / totals.weight;
        case 'interval-values':
        case 'lead-average':
            return totals.sum / totals.weight;
        case 'values':
            switch (plan.aggregation) {
                case 'sum': return totals.sum;
                case 'maximum': return totals.max;
                case 'minimum': return totals.min;
                case 'median': return totals.median();
                default: return totals.sum / totals.weight;
            }
    }
}

/**
 * The figure for people: "99.9149 %", "4.3 points", "7 attempts". Four decimals, more when rounding would make a
 * figure just below a bound read as the bound itself (99.94999 is not "99.95 %").
 */
export function figureText(plan: LevelPlan, value: number, bounds: readonly number[]): string {
    let digits = 4;
    while (digits < 6 && bounds.some(bound => round(value, digits) === bound && value !== bound)) digits++;
    if (plan.measure === 'intervals' || plan.measure === 'items') return `${formatNumber(round(value, digits))} %`;
    const unit = plan.metric.unit;
    return formatQuantity({ value: round(value, digits), unit: unit?.name ?? plan.threshold.unit, business: unit?.business });
}

/**
 * A measured duration in the unit of the target it is compared with: "47 business minutes", "5.25 hours". When two
 * decimals would show a missed target as the target itself (a ticket one minute late on 2 business days), the
 * remainder is written in minutes: "2 business days and 1 minute".
 */
export function durationText(milliseconds: number, target: Quantity, dayLength: number, thresholdMs?: number): string {
    const info = unitInfo(target.unit);
    const unitMs = target.business && info?.canonical === 'days' ? dayLength : (info?.minutes ?? 1) * MS_PER_MINUTE;
    const value = milliseconds / unitMs;
    const shown = round(value, 2);
    const misleading = thresholdMs !== undefined && Math.abs(milliseconds - thresholdMs) >= 1000 && shown === round(thresholdMs / unitMs, 2);
    if (!misleading || unitMs <= MS_PER_MINUTE) return formatQuantity({ value: shown, unit: target.unit, business: target.business });
    const whole = Math.floor(value);
    const minutes = round((milliseconds - whole * unitMs) / MS_PER_MINUTE, 2);
    const rest = formatQuantity({ value: minutes, unit: 'minutes', business: target.business });
    return whole === 0 ? rest : `${formatQuantity({ value: whole, unit: target.unit, business: target.business })} and ${rest}`;
}

export function round(value: number, digits: number): number {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}
