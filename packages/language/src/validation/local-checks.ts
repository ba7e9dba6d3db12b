/**
 * Which checks are local: what they report on a node depends only on that node, the nodes and tokens under it,
 * and the types of the nodes it sits in, never on a name it refers to, another item, the agreement as a whole,
 * the settings or where the node is (no line number in the message). After an edit that re-parsed one item
 * (incremental/splice-record.ts), every node outside that item is the very node of the previous tree, so its local
 * checks would report exactly what they reported before; incremental/node-checks.ts replays those reports instead
 * of running the checks again. The checks that read names (a level's metric, a schedule's level, a service's
 * provider) are listed below with what else they read, and keep their reports while none of it changed; every
 * other check (containers' other children, the agreement or its refined agreements) runs at every validation.
 *
 * A check listed here must stay local: a check that starts reading a reference or the agreement is taken off the
 * list, or the differential test (test/incremental) shows a diagnostic that a full build no longer gives.
 */
import type { AstNode } from 'langium';
import { isQuantity } from '../generated/ast.js';
import { hasFixedPlace } from '../quantity-places.js';
import { checkClauseHasText } from './clause-checks.js';
import { checkDutyEffect } from './fairness-checks.js';
import { checkLocale } from './locale-checks.js';
import { checkObligedParty, checkPartyRole, checkServiceProviders } from './party-checks.js';
import { checkCreditBasis, checkPurchase } from './purchase-checks.js';
import { checkFollowUpMetric } from './sales-checks.js';
import { checkDuplicateFields } from './section-checks.js';
import { checkPerfectTarget, checkTargetResolution } from './target-checks.js';
import { checkCreditAmount, checkCreditTiers, checkTiersWithinCaps } from './tier-checks.js';
import {
    checkAmendmentDate, checkClockTimes, checkHolidays, checkMasterAgreementDate, checkPurchaseStart, checkReviewDate, checkTerm, checkTermDates
} from './time-checks.js';
import {
    checkCurrenciesField, checkItemWindow, checkMetricCoverage, checkMetricUnit, checkQuantity, checkRateUnits, checkTargetClock
} from './unit-checks.js';

const always = () => true;

/** The local checks, each with the nodes it is local for. */
const LOCAL: ReadonlyMap<unknown, (node: AstNode) => boolean> = new Map<unknown, (node: AstNode) => boolean>([
    // The fields written in the node's own block (its CST children).
    [checkDuplicateFields, always],
    // Dates, clock times, locale and currency codes as written.
    [checkTermDates, always], [checkTerm, always], [checkMasterAgreementDate, always], [checkAmendmentDate, always],
    [checkReviewDate, always], [checkHolidays, always], [checkClockTimes, always], [checkLocale, always],
    [checkCurrenciesField, always],
    // A block's own fields: a clause's texts, a party's role, a metric's unit, kind and aggregation, a rate's units,
    // a target's threshold and comparator, a tier's or cap's amount.
    [checkClauseHasText, always], [checkPartyRole, always], [checkMetricUnit, always], [checkMetricCoverage, always],
    [checkFollowUpMetric, always], [checkRateUnits, always], [checkPerfectTarget, always], [checkCreditAmount, always],
    // A quantity's unit and value against its place (the type of the node it is in, and that node's container),
    // except a threshold or a credit tier's bound, whose units are its metric's.
    [checkQuantity, node => isQuantity(node) && hasFixedPlace(node)]
]);

/** For a local check (the function registered, not Langium's wrapper), which nodes it is local for. */
export function localityOf(check: unknown): ((node: AstNode) => boolean) | undefined {
    return LOCAL.get(check);
}

/**
 * Checks that read names: what they report on a node depends on the node's item (the level, schedule, duty,
 * service or purchase it is in, as a local check's does), on the declarations the references in that item resolve
 * to, and on theirs in turn (a threshold's unit is its level's metric's), and on the header (whose edit is a full
 * parse). Some also read the agreement's items of a few kinds whatever their names: those kinds are listed, with
 * the kinds their references resolve to (a duty for every level compares each level's obliged party).
 *
 * incremental/node-checks.ts replays their reports on a node outside the re-parsed item when nothing they read
 * changed (incremental/edit-impact.ts): no reference of the item or of a declaration reached from it uses a name
 * the edit declared or removed, each resolves to a declaration of this agreement outside the edit, the edit
 * re-parsed no item of a listed kind, and the agreement refines none (inherited declarations live in other files).
 * A check that starts reading something else (another item not through a reference, the settings) adds its kind
 * here or leaves the list; the differential test (test/incremental) finds a forgotten one as a stale diagnostic.
 */
const NAME_READING: ReadonlyMap<unknown, readonly string[]> = new Map<unknown, readonly string[]>([
    // Only through the item's references (a level's metric, a schedule's level and its metric, a purchase's package).
    [checkServiceProviders, []], [checkTargetResolution, []], [checkTargetClock, []], [checkItemWindow, []],
    [checkCreditTiers, []], [checkPurchase, []], [checkPurchaseStart, []], [checkQuantity, []],
    // Without `obliged`, a level is met by the agreement's only provider: every party's role.
    [checkObligedParty, ['Party']],
    // The parties' roles, and with `all` every level and the party each obliges.
    [checkDutyEffect, ['Party', 'Level']],
    // The caps of the schedule's section.
    [checkTiersWithinCaps, ['Cap']],
    // The packages and purchases (what the customer pays for), and the other schedules for the same level.
    [checkCreditBasis, ['Package', 'Purchase', 'Credits', 'Level']]
]);

/**
 * For a check that reads names (the function registered), the kinds of items it reads besides its item's
 * references; undefined for any other check.
 */
export function extraReadsOf(check: unknown): readonly string[] | undefined {
    return NAME_READING.get(check);
}
