/**
 * Service-credit tiers. Each tier is a range of measured performance; together the tiers of a level must cover
 * every miss exactly once (no overlap, no gap), never apply while the target is met, and pay more the worse the
 * performance ("worse performance never earns a smaller credit"). Credits stay within the caps and 100 %.
 */
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import {
    type Bound, type Cap, type Credits, type CreditTier, type Level, type Quantity, type RemediesSection
} from '../generated/ast.js';
import { commonScale, formatQuantity, quantityDimension } from '../units.js';
import { IssueCodes } from './issue-codes.js';
import { lineOf, report } from './report.js';
import { isPerItemLevel, promisedShare, tierShape } from '../credit-tiers.js';
import { promiseOf, targetText, type LevelPromise } from './targets.js';
import { nodesOfType } from '../incremental/ast-index.js';

/**
 * A tier on a "badness" axis: larger is worse, whichever direction the level's comparator points, so that one
 * algorithm serves `>= 99.9 %` and `<= 4 hours` alike. The quantities are kept for messages.
 */
interface Band {
    readonly tier: CreditTier;
    readonly lo: number;
    readonly loIncluded: boolean;
    readonly loQuantity?: Quantity;
    readonly hi: number;
    readonly hiIncluded: boolean;
    readonly hiQuantity?: Quantity;
}

/** What the tiers are measured against (credit-tiers.ts): the promised share, or the level's own threshold. */
function tierPromise(credits: Credits, level: Level): LevelPromise | undefined {
    if (tierShape(credits) === 'share') return { value: promisedShare(level), higherIsBetter: true, inclusive: true };
    const target = level.target;
    // Per late ticket, each ticket's own value is compared with the threshold, not the share.
    if (tierShape(credits) === 'per-item' && target?.share && target.threshold && target.comparator) {
        return promiseOf({ ...level, target: { ...target, share: undefined } } as Level);
    }
    return promiseOf(level);
}

export function checkCreditTiers(credits: Credits, accept: ValidationAcceptor): void {
    const level = credits.level?.ref;
    if (credits.perItem && level && !isPerItemLevel(level)) {
        report(accept, 'error', IssueCodes.CreditsPerItemMismatch,
            `'per late ${credits.item}' credits each late item, but '${level.name}' is not measured per ticket or per lead (its metric aggregates ${level.target?.metric?.ref?.aggregation ?? 'otherwise'}). Remove 'per late ${credits.item}'.`,
            { node: credits, keyword: 'per' });
        return;
    }
    const promise = level && tierPromise(credits, level);
    const complete = (bound: Bound | undefined) => bound?.comparator !== undefined && bound.value !== undefined;
    const tiers = credits.tiers.filter(t => complete(t.first) && (!t.second || complete(t.second)));
    if (!promise || promise.higherIsBetter === undefined || tiers.length !== credits.tiers.length || !tiers.length) return;
    const bounds = tiers.flatMap(t => t.second ? [t.first, t.second] : [t.first]);
    const scale = commonScale([promise.value, ...bounds.map(b => b.value)]);
    if (!scale) return;
    const valueOf = new Map<Bound, number>(bounds.map((b, i) => [b, scale[i + 1]]));
    const threshold = promise.higherIsBetter ? -scale[0] : scale[0];
    const bands: Band[] = [];
    for (const tier of tiers) {
        const band = toBand(tier, valueOf, promise.higherIsBetter);
        if (band.lo > band.hi || (band.lo === band.hi && !(band.loIncluded && band.hiIncluded))) {
            report(accept, 'error', IssueCodes.TierEmpty,
                'No performance falls in this tier: its bounds exclude each other. Correct the bounds.',
                { node: tier, range: boundsRange(tier) });
        } else {
            bands.push(band);
        }
    }
    for (const band of bands) {
        if (band.lo < threshold || (band.lo === threshold && band.loIncluded && promise.inclusive)) {
            report(accept, 'error', IssueCodes.TierWhileMet,
                `This tier pays a credit for performance that meets the target (${targetText(level)}). Start the tier where the target is missed.`,
                { node: band.tier, range: boundsRange(band.tier) });
        }
    }
    checkOverlaps(bands, accept);
    checkGaps(bands, threshold, promise.inclusive, promise.value, domainEnd(promise.value, promise.higherIsBetter), accept);
    checkMonotone(bands, accept);
}

function toBand(tier: CreditTier, valueOf: Map<Bound, number>, higherIsBetter: boolean): Band {
    // Bounds as written: lower and upper limits of the measured value.
    let lo = -Infinity, loIncluded = true, hi = Infinity, hiIncluded = true;
    let loQuantity: Quantity | undefined, hiQuantity: Quantity | undefined;
    for (const bound of tier.second ? [tier.first, tier.second] : [tier.first]) {
        const v = valueOf.get(bound)!;
        const c = bound.comparator;
        if ((c === '<' || c === '<=' || c === '=') && (v < hi || (v === hi && c === '<'))) {
            hi = v; hiIncluded = c !== '<'; hiQuantity = bound.value;
        }
        if ((c === '>' || c === '>=' || c === '=') && (v > lo || (v === lo && c === '>'))) {
            lo = v; loIncluded = c !== '>'; loQuantity = bound.value;
        }
    }
    // On the badness axis a higher-is-better range is mirrored.
    return higherIsBetter
        ? { tier, lo: -hi, loIncluded: hiIncluded, loQuantity: hiQuantity, hi: -lo, hiIncluded: loIncluded, hiQuantity: loQuantity }
        : { tier, lo, loIncluded, loQuantity, hi, hiIncluded, hiQuantity };
}

/** The worst value a measurement can take, on the badness axis: 0 % or 100 % for shares, unbounded otherwise. */
function domainEnd(value: Quantity, higherIsBetter: boolean): number {
    if (higherIsBetter) return 0;
    return quantityDimension(value) === 'percent' ? 100 : Infinity;
}

function byBadness(bands: readonly Band[]): Band[] {
    return [...bands].sort((a, b) => a.lo - b.lo || Number(b.loIncluded) - Number(a.loIncluded) || a.hi - b.hi);
}

function documentOrder(a: Band, b: Band): [Band, Band] {
    return a.tier.$containerIndex! < b.tier.$containerIndex! ? [a, b] : [b, a];
}

function checkOverlaps(bands: readonly Band[], accept: ValidationAcceptor): void {
    const reported = new Set<CreditTier>();
    for (let i = 0; i < bands.length; i++) {
        for (let j = i + 1; j < bands.length; j++) {
            const [first, second] = documentOrder(bands[i], bands[j]);
            if (!intersect(first, second) || reported.has(second.tier)) continue;
            reported.add(second.tier);
            report(accept, 'error', IssueCodes.TierOverlap,
                `This tier overlaps the tier on line ${lineOf(first.tier)}: performance in both would earn two credits. Make each bound exclusive on one side (< and >=).`,
                { node: second.tier, range: boundsRange(second.tier) });
        }
    }
}

function intersect(a: Band, b: Band): boolean {
    const lo = Math.max(a.lo, b.lo), hi = Math.min(a.hi, b.hi);
    if (lo < hi) return true;
    if (lo > hi) return false;
    const included = (band: Band) => (band.lo < lo || (band.lo === lo && band.loIncluded))
        && (band.hi > lo || (band.hi === lo && band.hiIncluded));
    return included(a) && included(b);
}

/**
 * Walks from the target towards the worst performance; wherever the next tier starts beyond what is covered,
 * performance in between misses the target and earns nothing.
 */
function checkGaps(bands: readonly Band[], threshold: number, metIncluded: boolean, target: Quantity, end: number,
    accept: ValidationAcceptor): void {
    let covered = threshold, coveredIncluded = metIncluded, coveredQuantity: Quantity | undefined = target;
    for (const band of byBadness(bands)) {
        if (band.lo > covered || (band.lo === covered && !band.loIncluded && !coveredIncluded)) {
            const between = band.lo === covered ? `at ${describe(band.loQuantity)}`
                : `between ${describe(coveredQuantity)} and ${describe(band.loQuantity)}`;
            report(accept, 'warning', IssueCodes.TierGap,
                `Performance ${between} misses the target but earns no credit: no tier covers it. Extend this tier or add one.`,
                { node: band.tier, range: boundsRange(band.tier) });
        }
        if (band.hi > covered || (band.hi === covered && band.hiIncluded)) {
            covered = band.hi; coveredIncluded = band.hiIncluded; coveredQuantity = band.hiQuantity;
        }
    }
    if (covered < end) {
        const last = byBadness(bands).at(-1)!;
        report(accept, 'warning', IssueCodes.TierGap,
            `Performance worse than ${describe(coveredQuantity)} earns no credit: the worst misses are not covered. Leave the last tier open-ended (e.g. only '<').`,
            { node: last.tier, range: boundsRange(last.tier) });
    }
}

function describe(quantity: Quantity | undefined): string {
    return quantity ? formatQuantity(quantity) : 'the target';
}

function checkMonotone(bands: readonly Band[], accept: ValidationAcceptor): void {
    const ordered = byBadness(bands);
    const amounts = commonScale(ordered.map(b => b.tier.amount));
    if (!amounts) return;
    for (let i = 1; i < ordered.length; i++) {
        if (amounts[i] < amounts[i - 1]) {
            report(accept, 'error', IssueCodes.TierNotMonotone,
                `Worse performance earns a smaller credit here (${formatQuantity(ordered[i].tier.amount)}) than in the better tier on line ${lineOf(ordered[i - 1].tier)} (${formatQuantity(ordered[i - 1].tier.amount)}). Credits must grow as performance falls.`,
                { node: ordered[i].tier, property: 'amount' });
        }
    }
}

/** A tier can only be paid up to the cap for its level's window (a month unless the metric says otherwise). */
export function checkTiersWithinCaps(credits: Credits, accept: ValidationAcceptor): void {
    const remedies = credits.$container as RemediesSection | undefined;
    const period = credits.level?.ref?.target?.metric?.ref?.window?.period ?? 'month';
    // The caps are read from the agreement's few caps, not from the section's many remedies, once per schedule.
    const caps = remedies ? nodesOfType(AstUtils.findRootNode(remedies), 'Cap').filter(cap => cap.$container === remedies && cap.period === period && cap.amount) : [];
    for (const tier of credits.tiers) {
        for (const cap of caps) {
            const values = commonScale([tier.amount, cap.amount]);
            if (values && values[0] > values[1]) {
                report(accept, 'warning', IssueCodes.TierAboveCap,
                    `This credit of ${formatQuantity(tier.amount)} exceeds the cap of ${formatQuantity(cap.amount)} per ${cap.period}: it can never be paid in full. Lower the credit or raise the cap.`,
                    { node: tier, property: 'amount' });
            }
        }
    }
}

export function checkCreditAmount(node: CreditTier | Cap, accept: ValidationAcceptor): void {
    const amount = node.amount;
    if (amount && quantityDimension(amount) === 'percent' && amount.value > 100) {
        report(accept, 'warning', IssueCodes.CreditOver100,
            `${formatQuantity(amount)} of the charges pays back more than the customer paid. If that is meant, state it as a fixed amount; otherwise stay within 100 %.`,
            { node: amount });
    }
}

/**
 * One schedule per level and package: `credits for P1 of Essential` and `credits for P1 of Premium` are two
 * schedules a customer is credited by depending on what it buys; two for one package would both pay, and a
 * schedule without `of` applies whatever is bought, so it cannot sit beside another for the same level.
 */
export function checkDuplicateCredits(remedies: RemediesSection, accept: ValidationAcceptor): void {
    const seen = new Map<string, Array<string | undefined>>();
    for (const credits of remedies.remedies.filter((r): r is Credits => r.$type === 'Credits')) {
        const name = credits.level?.$refText;
        if (!name) continue;
        const basis = credits.basis?.$refText;
        const earlier = seen.get(name) ?? [];
        const samePackage = basis !== undefined && earlier.includes(basis);
        if (samePackage || (earlier.length && (basis === undefined || earlier.includes(undefined)))) {
            report(accept, 'error', IssueCodes.DuplicateCredits,
                samePackage
                    ? `'${name}' already has credit tiers for ${basis} above; two schedules for one level and package would both pay. Merge the tiers into one 'credits for ${name} of ${basis}' block.`
                    : `'${name}' already has credit tiers above; two schedules for one level would both pay. Merge the tiers into one 'credits for ${name}' block, or give each schedule its package with 'of'.`,
                { node: credits, property: 'level' });
        }
        seen.set(name, [...earlier, basis]);
    }
}

function boundsRange(tier: CreditTier): Range | undefined {
    const first = tier.first?.$cstNode?.range;
    const last = (tier.second ?? tier.first)?.$cstNode?.range;
    return first && last ? { start: first.start, end: last.end } : tier.$cstNode?.range;
}
