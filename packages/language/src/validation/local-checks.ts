/**
 * Which checks are local: what they report on a node depends only on that node, the nodes and tokens under it,
 * and the types of the nodes it sits in, never on a name it refers to, another item, the agreement as a whole,
 * the settings or where the node is (no line number in the message). After an edit that re-parsed one item
 * (incremental/splice-record.ts), every node outside that item is the very node of the previous tree, so its local
 * checks would report exactly what they reported before; incremental/node-checks.ts replays those reports instead
 * of running the checks again. Every other check runs on every node at every validation: those that read names
 * (a level's metric, a schedule's level, a service's provider), containers' other children, the agreement or its
 * refined agreements.
 *
 * A check listed here must stay local: a check that starts reading a reference or the agreement is taken off the
 * list, or the differential test (test/incremental) shows a diagnostic that a full build no longer gives.
 */
import type { AstNode } from 'langium';
import { isQuantity } from '../generated/ast.js';
import { hasFixedPlace } from '../quantity-places.js';
import { checkClauseHasText } from './clause-checks.js';
import { checkLocale } from './locale-checks.js';
import { checkPartyRole } from './party-checks.js';
import { checkFollowUpMetric } from './sales-checks.js';
import { checkDuplicateFields } from './section-checks.js';
import { checkPerfectTarget } from './target-checks.js';
import { checkCreditAmount } from './tier-checks.js';
import { checkAmendmentDate, checkClockTimes, checkHolidays, checkMasterAgreementDate, checkReviewDate, checkTerm, checkTermDates } from './time-checks.js';
import { checkCurrenciesField, checkMetricCoverage, checkMetricUnit, checkQuantity, checkRateUnits } from './unit-checks.js';

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
