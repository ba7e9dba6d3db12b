/**
 * What a missed level costs: service-credit tiers with their bounds written out ("below 99.9 % down to 99.0 %"),
 * caps, minimum, claims and payment, corrective actions and escalation.
 */
import {
    type CreditTier, type Credits, type Package, type Remedy, type RemediesSection, isCap, isClaimWindow,
    isCorrectiveAction, isCredits, isEscalation, isMinimumCredit, isPayment, isSoleRemedy
} from '../../generated/ast.js';
import { band, itemNoun, tierShape, type TierShape } from '../../credit-tiers.js';
import { unitInfo } from '../../units.js';
import { type ClauseBuilder, type ClauseDraft, lineOf, levelLink, titleOf } from '../clause-context.js';
import type { Block, Fact, Text } from '../document-model.js';
import { formatMoney, formatQuantity, formatTarget, formatWindow, periodAdjective } from '../format.js';

export const remediesClause: ClauseBuilder<RemediesSection> = sections => {
    const remedies = sections.flatMap(section => section.remedies);
    if (remedies.length === 0) return undefined;
    const subclauses: ClauseDraft[] = remedies.filter(isCredits).map(credits => ({
        title: `Service credits for ${credits.level?.ref ? titleOf(credits.level.ref) : credits.level?.$refText ?? '?'}`,
        anchor: `credits-${credits.level?.$refText ?? ''}`,
        line: lineOf(credits),
        blocks: creditBlocks(credits),
        subclauses: []
    }));
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
    const shape = TIER_SHAPE_WORDS[tierShape(credits)];
    const noun = itemNoun(level);
    return [
        { kind: 'paragraph', text: [shape.lead(noun), levelLink(credits.level), `${target}${shape.rest(noun)}`] },
        {
            kind: 'table',
            columns: [shape.column(noun), 'Service credit'], widths: [42, 58],
            rows: credits.tiers.map(tier => ({ line: lineOf(tier), cells: [[band(tier)], shape.credit(creditText(tier, credits.basis?.ref), noun)] }))
        }
    ];
}

/** How the contract words each shape of tiers: what the tiers compare and how the credit adds up. */
const TIER_SHAPE_WORDS: Record<TierShape, {
    lead(noun: string): string;
    rest(noun: string): string;
    column(noun: string): string;
    credit(text: Text, noun: string): Text;
}> = {
    figure: {
        lead: () => 'When ',
        rest: () => ' is missed, the service credit depends on the value measured:',
        column: () => 'Measured value',
        credit: text => text
    },
    share: {
        lead: () => 'When ',
        rest: noun => ` is missed, the service credit depends on the share of ${noun} in the window that met the target:`,
        column: noun => `Share of ${noun} on target`,
        credit: text => text
    },
    'per-item': {
        lead: noun => `For each ${singular(noun)} of `,
        rest: noun => ` that misses its target, a service credit is due by the time or value measured for that ${singular(noun)}; the credits of all late ${noun} in a window are added up:`,
        column: noun => `Measured for the late ${singular(noun)}`,
        credit: (text, noun) => [...text, ` per late ${singular(noun)}`]
    }
};

function singular(noun: string): string {
    return noun.replace(/s$/, '');
}

/** "10 % of the monthly charge for the Production plan", with the amount when the package has a plain price. */
function creditText(tier: CreditTier, basis: Package | undefined): Text {
    const amount = tier.amount;
    if (unitInfo(amount?.unit)?.dimension !== 'percent') return [formatQuantity(amount)];
    if (!basis) return [`${formatQuantity(amount)} of the affected charges`];
    const price = basis.price;
    const period = price?.per.length === 1 ? unitInfo(price.per[0])?.canonical.replace(/s$/, '') : undefined;
    const adjective = periodAdjective(period);
    const text = `${formatQuantity(amount)} of the ${adjective ? `${adjective} ` : ''}charge for the ${titleOf(basis)}`;
    const currency = price?.amount?.unit;
    const computable = basis.charges.length === 0 && adjective && unitInfo(currency)?.dimension === 'money'
        && amount?.value !== undefined && price?.amount?.value !== undefined;
    return computable ? [`${text} (${formatMoney(amount!.value * price!.amount.value / 100, currency!)})`] : [text];
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
