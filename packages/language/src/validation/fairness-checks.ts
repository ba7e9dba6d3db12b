/**
 * Fairness: bad conduct is not rewarded. A level that earns credits must be excusable when the customer caused
 * the miss, a customer duty should say which levels it excuses, and no party may excuse its own miss.
 */
import { MultiMap, type ValidationAcceptor } from 'langium';
import {
    isCredits, isExclusionsSection, isRemediesSection, isResponsibilitiesSection, type Agreement, type Level,
    type Party, type Responsibility
} from '../generated/ast.js';
import { ancestors, excusedLevels, obligedParty, section } from '../sla-model.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';

/**
 * Checked once per agreement, not per `credits` block: the duties and exclusions that excuse levels are collected
 * once, so a large agreement does not compare every credits block with every duty.
 */
export function checkCreditsAreExcusable(agreement: Agreement, accept: ValidationAcceptor): void {
    const chain = [agreement, ...ancestors(agreement)];
    const excusers = new MultiMap<Level, Party | undefined>();
    for (const duty of chain.flatMap(a => section(a, isResponsibilitiesSection)?.duties ?? [])) {
        if (!duty.effect) continue;
        for (const level of excusedLevels(duty)) excusers.add(level, duty.party?.ref);
    }
    const customerCaused = chain.flatMap(a => section(a, isExclusionsSection)?.exclusions ?? []).filter(e => e.kind === 'customer-caused');
    const excludedAll = customerCaused.some(e => e.levels.length === 0);
    const excluded = new Set(customerCaused.flatMap(e => e.levels.map(l => l.ref)));
    for (const credits of section(agreement, isRemediesSection)?.remedies.filter(isCredits) ?? []) {
        const level = credits.level?.ref;
        if (!level || excludedAll || excluded.has(level)) continue;
        const obliged = obligedParty(level);
        if (excusers.get(level).some(party => party !== obliged)) continue;
        report(accept, 'warning', IssueCodes.NoCustomerExcusal,
            `'${level.name}' earns service credits, but nothing excuses a miss the customer caused: no duty of another party excuses or pauses it, and no customer-caused exclusion applies to it. `
            + `Add a customer duty with 'excuses ${level.name}' or 'pauses ${level.name}', or a 'customer-caused' exclusion.`,
            { node: credits, property: 'level' });
    }
}

export function checkDutyEffect(duty: Responsibility, accept: ValidationAcceptor): void {
    const party = duty.party?.ref;
    if (party?.role === 'customer' && !duty.effect && duty.duty !== undefined) {
        report(accept, 'info', IssueCodes.DutyExcusesNothing,
            `This duty excuses no level: if ${party.name} does not do it, every level still counts in full. If a level depends on it, add 'excuses <level>' or 'pauses <level>'.`,
            { node: duty, property: 'duty' });
    }
    if (party && duty.everyLevel && excusedLevels(duty).length === 0) {
        report(accept, 'info', IssueCodes.DutyExcusesNothing,
            `This duty ${duty.effect} all levels, but there is no level that another party than ${party.name} must meet, so it ${duty.effect} none.`,
            { node: duty, property: 'everyLevel' });
    }
    duty.levels.forEach((ref, index) => {
        const level = ref.ref;
        if (party && level && obligedParty(level) === party) {
            report(accept, 'error', IssueCodes.SelfExcusingDuty,
                `${party.name} is obliged to meet '${level.name}': if its own duty could excuse the level, ${party.name} would profit from neglecting it. Only another party's duty can excuse a level.`,
                { node: duty, property: 'levels', index });
        }
    });
}
