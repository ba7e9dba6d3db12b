/**
 * Fairness: bad conduct is not rewarded. A level that earns credits must be excusable when the customer caused
 * the miss, a customer duty should say which levels it excuses, and no party may excuse its own miss.
 */
import type { ValidationAcceptor } from 'langium';
import {
    isExclusionsSection, isResponsibilitiesSection, type Agreement, type Credits, type Exclusion, type Responsibility
} from '../generated/ast.js';
import { agreementOf, ancestors, obligedParty, section } from '../sla-model.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';

function duties(agreement: Agreement): Responsibility[] {
    return [agreement, ...ancestors(agreement)].flatMap(a => section(a, isResponsibilitiesSection)?.duties ?? []);
}

function exclusions(agreement: Agreement): Exclusion[] {
    return [agreement, ...ancestors(agreement)].flatMap(a => section(a, isExclusionsSection)?.exclusions ?? []);
}

export function checkCreditsAreExcusable(credits: Credits, accept: ValidationAcceptor): void {
    const level = credits.level?.ref;
    const agreement = agreementOf(credits);
    if (!level || !agreement) return;
    const obliged = obligedParty(level);
    const names = (refs: ReadonlyArray<{ ref?: unknown }>) => refs.some(l => l.ref === level);
    const excused = duties(agreement).some(duty => duty.effect && duty.party?.ref !== obliged && names(duty.levels));
    const excluded = exclusions(agreement).some(e => e.kind === 'customer-caused' && (e.levels.length === 0 || names(e.levels)));
    if (!excused && !excluded) {
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
    duty.levels.forEach((ref, index) => {
        const level = ref.ref;
        if (party && level && obligedParty(level) === party) {
            report(accept, 'error', IssueCodes.SelfExcusingDuty,
                `${party.name} is obliged to meet '${level.name}': if its own duty could excuse the level, ${party.name} would profit from neglecting it. Only another party's duty can excuse a level.`,
                { node: duty, property: 'levels', index });
        }
    });
}
