/**
 * What a missed level costs: service-credit tiers with their bounds written out ("below 99.9 % down to 99.0 %"),
 * caps, minimum, claims and payment, corrective actions and escalation.
 */
import {
    type CreditTier, type Credits, type Remedy, type RemediesSection, isCap, isClaimWindow, isCorrectiveAction,
    isCredits, isEscalation, isMinimumCredit, isPayment, isSoleRemedy
} from '../../generated/ast.js';
import { band, itemNoun, tierShape } from '../../credit-tiers.js';
import { monthsPer } from '../../periods.js';
import { billsFor, billedLines } from '../../pricing/bills.js';
import { creditBasis } from '../../pricing/credit-basis.js';
import { agreementOf } from '../../sla-model.js';
import { unitInfo } from '../../units.js';
import { type ClauseBuilder, type ClauseContext, type ClauseDraft, lineOf, levelLink, titleOf } from '../clause-context.js';
import type { Block, Fact, Text } from '../document-model.js';

export const remediesClause: ClauseBuilder<RemediesSection> = (sections, context) => {
    const remedies = sections.flatMap(section => section.remedies);
    if (remedies.length === 0) return undefined;
    const { format, words: { remedies: words } } = context;
    const schedules = remedies.filter(isCredits);
    const subclauses: ClauseDraft[] = schedules.map(credits => {
        const level = credits.level?.$refText ?? '';
        // A level with one schedule per package: each schedule's title and anchor name its package.
        const perPackage = credits.basis && schedules.some(other => other !== credits && other.level?.$refText === level);
        const pkg = credits.basis?.ref ? titleOf(credits.basis.ref) : credits.basis?.$refText;
        return {
            title: words.creditsTitle(credits.level?.ref ? titleOf(credits.level.ref) : level || '?', perPackage ? pkg : undefined),
            anchor: `credits-${level}${perPackage ? `-${credits.basis!.$refText}` : ''}`,
            line: lineOf(credits),
            blocks: creditBlocks(credits, context),
            subclauses: []
        };
    });
    const limits = limitFacts(remedies, context);
    if (limits.length) {
        subclauses.push({ title: words.limitsTitle, anchor: 'credit-limits', line: limits[0].line, blocks: [{ kind: 'facts', rows: limits }], subclauses: [] });
    }
    const corrective = remedies.filter(isCorrectiveAction);
    if (corrective.length) {
        subclauses.push({
            title: words.correctiveTitle, anchor: 'corrective-action', line: lineOf(corrective[0]),
            blocks: [
                { kind: 'paragraph', text: [words.correctiveIntro] },
                {
                    kind: 'table', columns: words.correctiveColumns, widths: [78, 22],
                    rows: corrective.map(action => ({ line: lineOf(action), cells: [[action.action ?? ''], [action.after ? format.quantity(action.after) : '']] }))
                }
            ],
            subclauses: []
        });
    }
    const steps = remedies.filter(isEscalation).flatMap(escalation => escalation.steps);
    if (steps.length) {
        subclauses.push({
            title: words.escalationTitle, anchor: 'escalation', line: lineOf(steps[0].$container),
            blocks: [
                { kind: 'paragraph', text: [words.escalationIntro] },
                {
                    kind: 'table', columns: words.escalationColumns, widths: [10, 66, 24],
                    rows: steps.map((step, index) => ({ line: lineOf(step), cells: [[String(index + 1)], [step.contact ?? ''], [step.after ? format.quantity(step.after) : '']] }))
                }
            ],
            subclauses: []
        });
    }
    return { blocks: [], subclauses };
};

function creditBlocks(credits: Credits, context: ClauseContext): Block[] {
    const { format, words: { remedies: words } } = context;
    const level = credits.level?.ref;
    const window = level?.target?.metric?.ref?.window;
    const targetText = level?.target && format.target(level.target);
    const windowText = window && format.window(window);
    const shape = tierShape(credits);
    const noun = itemNoun(level);
    const counted = unitInfo(noun)?.dimension === 'count';
    const one = counted ? format.unitWord(noun, true) : noun.replace(/s$/, '');
    const many = counted ? format.unitWord(noun, false) : noun;
    const [before, after] = shape === 'per-item' ? words.perItemIntro(targetText, windowText, one, many)
        : shape === 'share' ? words.shareIntro(targetText, windowText, many)
            : words.creditsIntro(targetText, windowText);
    const column = shape === 'per-item' ? words.perItemColumn(one) : shape === 'share' ? words.shareColumn(many) : words.creditColumns[0];
    const credit = (tier: CreditTier): Text => {
        const text = creditText(tier, credits, context);
        return [shape === 'per-item' ? words.perLate(text, one) : text];
    };
    return [
        { kind: 'paragraph', text: [before, levelLink(credits.level), after] },
        {
            kind: 'table',
            columns: [column, words.creditColumns[1]], widths: [42, 58],
            rows: credits.tiers.map(tier => ({ line: lineOf(tier), cells: [[band(tier, format)], credit(tier)] }))
        }
    ];
}

/**
 * "10 % of the monthly charges for the Essential package (USD 92.90)": the amount is shown when the price schedule
 * gives the package one bill in one currency, over the level's window.
 */
function creditText(tier: CreditTier, credits: Credits, { format, words: { remedies: words } }: ClauseContext): string {
    const amount = tier.amount;
    if (unitInfo(amount?.unit)?.dimension !== 'percent') return format.quantity(amount);
    const basis = creditBasis(credits);
    if (basis.kind !== 'package') return words.ofAffectedCharges(format.quantity(amount));
    const period = credits.level?.ref?.target?.metric?.ref?.window?.period;
    const plural = billedLines(basis.pkg).length > 1;
    const text = words.ofCharge(format.quantity(amount), format.periodAdjective(period), titleOf(basis.pkg), plural);
    const agreement = agreementOf(credits);
    const bills = agreement ? billsFor(agreement, basis.pkg) : [];
    const months = monthsPer(period);
    const [bill] = bills;
    const monthly = bills.length === 1 && bill.unknown.length === 0 && bill.monthly.length === 1 ? bill.monthly[0] : undefined;
    return monthly && months && amount?.value !== undefined
        ? `${text} (${format.money(monthly.amount * months * amount.value / 100, monthly.currency)})`
        : text;
}

function limitFacts(remedies: readonly Remedy[], { format, words: { remedies: words } }: ClauseContext): Fact[] {
    const caps = remedies.filter(isCap);
    const labels = words.limits;
    const facts: Fact[] = [];
    if (caps.length) {
        facts.push({ label: labels.cap, line: lineOf(caps[0]), value: [caps.map(cap => words.capPer(format.quantity(cap.amount), format.period(cap.period))).join('; ')] });
    }
    for (const minimum of remedies.filter(isMinimumCredit)) {
        facts.push({ label: labels.minimum, line: lineOf(minimum), value: [words.minimumCredit(format.quantity(minimum.amount))] });
    }
    for (const claim of remedies.filter(isClaimWindow)) {
        facts.push({ label: labels.claims, line: lineOf(claim), value: [words.claimWithin(format.quantity(claim.window))] });
    }
    for (const sole of remedies.filter(isSoleRemedy)) {
        facts.push({ label: labels.sole, line: lineOf(sole), value: [words.soleRemedy] });
    }
    for (const payment of remedies.filter(isPayment)) {
        facts.push({ label: labels.paidAs, line: lineOf(payment), value: [payment.method ?? ''] });
    }
    return facts;
}
