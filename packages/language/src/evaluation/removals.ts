/**
 * Why a row does not count for a level, as the agreement says: a customer duty that excuses the level was not met
 * for it, it is flagged with an exclusion that applies to the level (maintenance only inside the exclusion's
 * `during` window), or, for leads, it missed another party's quality level. A flag that has no effect on any level
 * (the agreement has no exclusion of that kind, no duty excuses anything) is kept, and the report says so: it is
 * likely a mistake in the data. A flag scoped to other levels is silently counted here.
 */
import { formatTarget } from '../generator/format.js';
import type { RowValues } from './data/row-values.js';
import type { CalendarClocks } from './plan/clocks.js';
import type { LevelPlan } from './plan/level-plan.js';
import type { BusinessClock } from './time/clock.js';

export type Removal =
    | {
        readonly kind: 'exclusion' | 'excused' | 'quality';
        readonly text: string;
        /** Only the part of the row inside this window is removed (maintenance `during` a calendar). */
        readonly window?: BusinessClock;
        readonly outsideText: string;
    }
    /** The row is flagged, but the flag does not remove it from this level. */
    | { readonly kind: 'kept', readonly text: string };

/** What the flags of a row can do at all, over every level evaluated. */
export interface FlagEffects {
    readonly exclusionKinds: ReadonlySet<string>;
    readonly excuses: boolean;
    readonly pauses: boolean;
}

export function flagEffects(plans: readonly LevelPlan[]): FlagEffects {
    return {
        exclusionKinds: new Set(plans.flatMap(plan => plan.exclusions.map(exclusion => exclusion.kind))),
        excuses: plans.some(plan => plan.excusedBy.length > 0),
        pauses: plans.some(plan => plan.pausedBy.length > 0)
    };
}

export function removalFor(plan: LevelPlan, row: RowValues, failedGate: LevelPlan | undefined, effects: FlagEffects,
    clocks: CalendarClocks): Removal | undefined {
    if (row.dutyUnmet && plan.excusedBy.length) {
        const duty = plan.excusedBy[0];
        const party = duty.party?.ref?.name ?? duty.party?.$refText ?? '?';
        return { kind: 'excused', text: `${party} did not meet its duty to "${duty.duty}"`, outsideText: '' };
    }
    if (row.exclusion) {
        const candidates = row.exclusionNamed
            ? plan.exclusions.filter(exclusion => exclusion === row.exclusionNamed)
            : plan.exclusions.filter(exclusion => exclusion.kind === row.exclusion);
        const exclusion = candidates.find(e => !e.window) ?? candidates[0];
        if (!exclusion) {
            return effects.exclusionKinds.has(row.exclusion) ? undefined
                : { kind: 'kept', text: `flagged ${row.exclusion}, counted: no ${row.exclusion} exclusion applies to any level` };
        }
        const calendar = exclusion.window?.ref;
        const window = calendar ? clocks.of(calendar) : undefined;
        return {
            kind: 'exclusion', text: `${exclusion.kind}: ${exclusion.text}`,
            window: typeof window === 'object' ? window : undefined,
            outsideText: `flagged ${exclusion.kind} outside the ${calendar?.name ?? ''} window, counted`
        };
    }
    if (failedGate) {
        return {
            kind: 'quality',
            text: `below ${failedGate.level.name} (${formatTarget(failedGate.level.target)}), which ${failedGate.obliged?.name ?? 'the other party'} must meet`,
            outsideText: ''
        };
    }
    return row.dutyUnmet && !effects.excuses ? { kind: 'kept', text: 'flagged customer_duty_unmet, counted: no customer duty excuses any level' } : undefined;
}
