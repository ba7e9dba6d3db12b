/**
 * Time: dates and clock times that exist, a term that ends after it starts, and review, notice and reporting
 * periods that fit the term and the windows the levels are measured in.
 */
import type { AstNode, Properties, ValidationAcceptor } from 'langium';
import {
    isEffectiveField, type Agreement, type Amendment, type Calendar, type ChangesSection, type EffectiveField,
    type MasterAgreementField, type Purchase, type Report, type ReviewSection
} from '../generated/ast.js';
import {
    addSpan, cadenceSpan, cadenceText, dayAfter, holdsWhole, isClockTime, parseDate, quantitySpan, spanMinutes,
    windowText
} from '../periods.js';
import { agreementOf, headerField, levelsOf } from '../sla-model.js';
import { formatQuantity } from '../units.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';
import { coverage, levelWindow } from './reporting.js';

/** The DATE terminal accepts any digits; `2026-02-30` must not silently become 2 March. */
function checkDate<N extends AstNode>(accept: ValidationAcceptor, node: N, property: Properties<N>, text: string | undefined,
    index?: number): void {
    if (text !== undefined && !parseDate(text)) {
        report(accept, 'error', IssueCodes.InvalidDate,
            `${text} is not a date in the calendar. Write an existing date as YYYY-MM-DD.`, { node, property, index });
    }
}

export function checkTermDates(field: EffectiveField, accept: ValidationAcceptor): void {
    checkDate(accept, field, 'start', field.start);
    checkDate(accept, field, 'end', field.end);
}

export function checkHolidays(calendar: Calendar, accept: ValidationAcceptor): void {
    calendar.holidays.forEach((holiday, index) => checkDate(accept, calendar, 'holidays', holiday, index));
}

export function checkReviewDate(review: ReviewSection, accept: ValidationAcceptor): void {
    checkDate(accept, review, 'next', review.next);
}

export function checkMasterAgreementDate(field: MasterAgreementField, accept: ValidationAcceptor): void {
    checkDate(accept, field, 'date', field.date);
}

export function checkAmendmentDate(amendment: Amendment, accept: ValidationAcceptor): void {
    checkDate(accept, amendment, 'date', amendment.date);
}

export function checkClockTimes(calendar: Calendar, accept: ValidationAcceptor): void {
    for (const property of ['from', 'to'] as const) {
        const text = calendar[property];
        if (text !== undefined && !isClockTime(text)) {
            report(accept, 'error', IssueCodes.InvalidTime,
                `${text} is not a time of day. Write hours 00-23 and minutes 00-59, e.g. 08:00; 24:00 ends a day.`,
                { node: calendar, property });
        }
    }
}

/** The term as dates: `until` is the last day of the term. */
function term(agreement: Agreement | undefined): { start: Date, end?: Date, field: EffectiveField } | undefined {
    const field = agreement && headerField(agreement, isEffectiveField);
    const start = parseDate(field?.start);
    return field && start ? { start, end: parseDate(field.end), field } : undefined;
}

export function checkTerm(field: EffectiveField, accept: ValidationAcceptor): void {
    const start = parseDate(field.start);
    const end = parseDate(field.end);
    if (start && end && end < start) {
        report(accept, 'error', IssueCodes.TermEndsBeforeStart,
            `The term ends on ${field.end}, before it starts on ${field.start}. Swap the dates or correct one of them.`,
            { node: field, property: 'end' });
    }
}

export function checkReviewFitsTerm(review: ReviewSection, accept: ValidationAcceptor): void {
    const agreementTerm = term(agreementOf(review));
    if (!agreementTerm) return;
    const { start, end, field } = agreementTerm;
    const cadence = cadenceSpan(review.cadence);
    if (cadence && end && end >= start && addSpan(start, cadence) > dayAfter(end)) {
        report(accept, 'warning', IssueCodes.ReviewLongerThanTerm,
            `A review ${cadenceText(review.cadence!)} never comes round within the term (${field.start} until ${field.end}). Review more often, e.g. every 6 months.`,
            { node: review.cadence! });
    }
    const next = parseDate(review.next);
    if (next && (next < start || (end && next > end))) {
        report(accept, 'warning', IssueCodes.ReviewOutsideTerm,
            `The next review on ${review.next} falls outside the term (${field.start}${field.end ? ` until ${field.end}` : ' onwards'}). Choose a date within it.`,
            { node: review, property: 'next' });
    }
}

/** A purchase starts on a date in the calendar, within the term: it is billed from that day. */
export function checkPurchaseStart(purchase: Purchase, accept: ValidationAcceptor): void {
    checkDate(accept, purchase, 'start', purchase.start);
    const start = parseDate(purchase.start);
    const agreementTerm = term(agreementOf(purchase));
    if (!start || !agreementTerm) return;
    const { field } = agreementTerm;
    if (start < agreementTerm.start || (agreementTerm.end && start > agreementTerm.end)) {
        report(accept, 'warning', IssueCodes.PurchaseOutsideTerm,
            `This purchase starts on ${purchase.start}, outside the term (${field.start}${field.end ? ` until ${field.end}` : ' onwards'}), so it is ${start < agreementTerm.start ? 'billed before the agreement begins' : 'never billed under it'}. Choose a date within the term, or leave out 'from' to start with the term.`,
            { node: purchase, property: 'start' });
    }
}

export function checkNoticeFitsTerm(changes: ChangesSection, accept: ValidationAcceptor): void {
    const agreementTerm = term(agreementOf(changes));
    const notice = quantitySpan(changes.notice);
    if (!agreementTerm?.end || !notice || agreementTerm.end < agreementTerm.start) return;
    if (addSpan(agreementTerm.start, notice) > dayAfter(agreementTerm.end)) {
        report(accept, 'warning', IssueCodes.NoticeLongerThanTerm,
            `A notice period of ${formatQuantity(changes.notice!)} is longer than the whole term (${agreementTerm.field.start} until ${agreementTerm.field.end}): no change could ever take effect. Shorten the notice.`,
            { node: changes.notice! });
    }
}

/**
 * A report that covers whole windows must cover a whole number of them (every 6 weeks cuts calendar months in
 * two), and a review must not come before one full window has been measured, nor cut calendar windows in two.
 * Rolling windows have no boundaries to cut.
 */
export function checkPeriodsFitWindows(agreement: Agreement, accept: ValidationAcceptor): void {
    const misfits = new Set<Report>();
    for (const [level, covers] of coverage(agreement)) {
        const window = levelWindow(level);
        const metricWindow = level.target?.metric?.ref?.window;
        if (!window || !metricWindow?.period) continue;
        for (const { report: covering, cadence } of covers) {
            if (!misfits.has(covering) && spanMinutes(cadence) >= spanMinutes(window) && !holdsWhole(cadence, window)) {
                misfits.add(covering);
                report(accept, 'warning', IssueCodes.PeriodMisfit,
                    `A report ${cadenceText(covering.cadence!)} does not cover whole ${windowText(metricWindow)}s of '${level.name}'. Report every ${metricWindow.period} or a whole number of them.`,
                    { node: covering.cadence! });
            }
        }
    }
}

export function checkReviewFitsWindows(review: ReviewSection, accept: ValidationAcceptor): void {
    const cadence = cadenceSpan(review.cadence);
    const agreement = agreementOf(review);
    if (!cadence || !agreement) return;
    for (const level of levelsOf(agreement)) {
        const window = levelWindow(level);
        const metricWindow = level.target?.metric?.ref?.window;
        if (!window || !metricWindow) continue;
        const tooShort = spanMinutes(cadence) < spanMinutes(window);
        if (tooShort || (metricWindow.period && !holdsWhole(cadence, window))) {
            report(accept, 'warning', IssueCodes.PeriodMisfit, tooShort
                ? `A review ${cadenceText(review.cadence!)} comes before one full ${windowText(metricWindow)} of '${level.name}' has been measured. Review less often.`
                : `A review ${cadenceText(review.cadence!)} cuts the ${windowText(metricWindow)} of '${level.name}' in two. Review every whole number of ${metricWindow.period}s.`,
                { node: review.cadence! });
            return;
        }
    }
}
