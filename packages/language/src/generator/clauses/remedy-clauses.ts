/**
 * What a missed level costs: service-credit tiers with their bounds written out ("below 99.9 % down to 99.0 %"),
 * caps, minimum, claims and payment, corrective actions and escalation.
 */
import {
    type Bound, type CreditTier, type Credits, type Remedy, type RemediesSection, isCap, isClaimWindow,
    isCorrectiveAction, isCredits, isEscalation, isMinimumCredit, isPayment, isSoleRemedy
} from '../../generated/ast.js';
import { monthsPer } from '../../periods.js';
import { billsFor, billedLines } from '../../pricing/bills.js';
import { creditBasis } from '../../pricing/credit-basis.js';
import { agreementOf } from '../../sla-model.js';
import { unitInfo } from '../../units.js';
import { type ClauseBuilder, type ClauseDraft, lineOf, levelLink, titleOf } from '../clause-context.js';
import type { Block, Fact, Text } from '../document-model.js';
import { formatMoney, formatQuantity, formatTarget, formatWindow, periodAdjective } from '../format.js';

export const remediesClause: ClauseBuilder<RemediesSection> = sections => {
    const remedies = sections.flatMap(section => section.remedies);
    if (remedies.length === 0) return undefined;
    const schedules = remedies.filter(isCredits);
    const subclauses: ClauseDraft[] = schedules.map(credits => {
        const level = credits.level?.$refText ?? '';
        // A level with one schedule per package: each schedule's title and anchor name its package.
        const perPackage = credits.basis && schedules.some(other => other !== credits && other.level?.$refText === level);
        const pkg = credits.basis?.ref ? titleOf(credits.basis.ref) : credits.basis?.$refText;
        return {
            title: `Service credits for ${credits.level?.ref ? titleOf(credits.level.ref) : level || '?'}${perPackage ? `, ${pkg}` : ''}`,
            anchor: `credits-${level}${perPackage ? `-${credits.basis!.$refText}` : ''}`,
            line: lineOf(credits),
            blocks: creditBlocks(credits),
            subclauses: []
        };
    });
    const limits = limitFacts(remedies);
    if (limits.length) {
        subclauses.push({ title: 'Limits, claims and payment', anchor: 'credit-limits', line: limits[0].line, blocks: [{ kind: 'facts', rows: limits }], subclauses: [] });
    }
    const corrective = remedies.filter(isCorrectiveAction);
    if (corrective.length) {
        subclauses.push({
            title: 'Corrective action', anchor: 'corrective-action', line: lineOf(corrective[0]),
            blocks: [
                { kind: 'paragraph', text: ['After repeated misses of a service level, the party obliged to meet it owes the following corrective action.'] },
                {
                    kind: 'table', columns: ['Corrective action', 'Owed after'], widths: [78, 22],
                    rows: corrective.map(action => ({ line: lineOf(action), cells: [[action.action ?? ''], [action.after ? formatQuantity(action.after) : '']] }))
                }
            ],
            subclauses: []
        });
    }
    const steps = remedies.filter(isEscalation).flatMap(escalation => escalation.steps);
    if (steps.length) {
        subclauses.push({
            title: 'Escalation', anchor: 'escalation', line: lineOf(steps[0].$container),
            blocks: [
                { kind: 'paragraph', text: ['While a service level is at risk or missed, the matter is escalated to the following contacts, each after the time shown.'] },
                {
                    kind: 'table', columns: ['Step', 'Escalated to', 'After'], widths: [10, 66, 24],
                    rows: steps.map((step, index) => ({ line: lineOf(step), cells: [[String(index + 1)], [step.contact ?? ''], [step.after ? formatQuantity(step.after) : '']] }))
                }
            ],
            subclauses: []
        });
    }
    return { blocks: [], subclauses };
};

function creditBlocks(credits: Credits): Block[] {
    const level = credits.level?.ref;
    const window = level?.target?.metric?.ref?.window;
    const target = level?.target ? ` (${formatTarget(level.target)}${window ? `, per ${formatWindow(window)}` : ''})` : '';
    return [
        { kind: 'paragraph', text: ['When ', levelLink(credits.level), `${target} is missed, the service credit depends on the value measured:`] },
        {
            kind: 'table',
            columns: ['Measured value', 'Service credit'], widths: [42, 58],
            rows: credits.tiers.map(tier => ({ line: lineOf(tier), cells: [[band(tier)], creditText(tier, credits)] }))
        }
    ];
}

const UPPER = new Set(['<', '<=']);
const LOWER = new Set(['>', '>=']);

/** A tier's bounds in words: "below 99.9 % down to 99.0 %", "above 4 hours up to 8 hours", "below 95.0 %". */
export function band(tier: CreditTier): string {
    const bounds = [tier.first, tier.second].filter((bound): bound is Bound => !!bound);
    const [first, second] = bounds;
    if (!first) return '';
    const value = (bound: Bound) => formatQuantity(bound.value);
    if (second && UPPER.has(first.comparator) && LOWER.has(second.comparator)) {
        return `${alone(first)} down to ${second.comparator === '>=' ? value(second) : `but excluding ${value(second)}`}`;
    }
    if (second && LOWER.has(first.comparator) && UPPER.has(second.comparator)) {
        return `${alone(first)} up to ${second.comparator === '<=' ? value(second) : `but excluding ${value(second)}`}`;
    }
    return bounds.map(alone).join(' and ');
}

const ALONE: Record<string, string> = { '<': 'below', '<=': 'at or below', '>': 'above', '>=': 'at or above', '=': 'exactly' };

function alone(bound: Bound): string {
    return `${ALONE[bound.comparator] ?? bound.comparator ?? '?'} ${formatQuantity(bound.value)}`;
}

/**
 * "10 % of the monthly charges for the Essential package (USD 92.90)": the amount is shown when the price schedule
 * gives the package one bill in one currency, over the level's window.
 */
function creditText(tier: CreditTier, credits: Credits): Text {
    const amount = tier.amount;
    if (unitInfo(amount?.unit)?.dimension !== 'percent') return [formatQuantity(amount)];
    const basis = creditBasis(credits);
    if (basis.kind !== 'package') return [`${formatQuantity(amount)} of the affected charges`];
    const period = credits.level?.ref?.target?.metric?.ref?.window?.period;
    const adjective = periodAdjective(period);
    const charges = billedLines(basis.pkg).length > 1 ? 'charges' : 'charge';
    const text = `${formatQuantity(amount)} of the ${adjective ? `${adjective} ` : ''}${charges} for the ${titleOf(basis.pkg)}`;
    const agreement = agreementOf(credits);
    const bills = agreement ? billsFor(agreement, basis.pkg) : [];
    const months = monthsPer(period);
    const [bill] = bills;
    const monthly = bills.length === 1 && bill.unknown.length === 0 && bill.monthly.length === 1 ? bill.monthly[0] : undefined;
    return monthly && months && amount?.value !== undefined
        ? [`${text} (${formatMoney(monthly.amount * months * amount.value / 100, monthly.currency)})`]
        : [text];
}

function limitFacts(remedies: readonly Remedy[]): Fact[] {
    const caps = remedies.filter(isCap);
    const facts: Fact[] = [];
    if (caps.length) {
        facts.push({ label: 'Cap', line: lineOf(caps[0]), value: [caps.map(cap => `at most ${formatQuantity(cap.amount)} per ${cap.period ?? '?'}`).join('; ')] });
    }
    for (const minimum of remedies.filter(isMinimumCredit)) {
        facts.push({ label: 'Minimum credit', line: lineOf(minimum), value: [`${formatQuantity(minimum.amount)}; smaller credits are not paid`] });
    }
    for (const claim of remedies.filter(isClaimWindow)) {
        facts.push({ label: 'Claims', line: lineOf(claim), value: [`within ${formatQuantity(claim.window)} after the end of the measurement period`] });
    }
    for (const sole of remedies.filter(isSoleRemedy)) {
        facts.push({ label: 'Sole remedy', line: lineOf(sole), value: ['Service credits are the sole remedy for a missed service level.'] });
    }
    for (const payment of remedies.filter(isPayment)) {
        facts.push({ label: 'Paid as', line: lineOf(payment), value: [payment.method ?? ''] });
    }
    return facts;
}
