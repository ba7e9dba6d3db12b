/** What each party must do, and what does not count against the obliged party. */
import { AstUtils } from 'langium';
import {
    type ExclusionsSection, type Party, type Responsibility, type ResponsibilitiesSection, isAgreement, isPartiesSection
} from '../../generated/ast.js';
import { allLevels, obligedParty } from '../../sla-model.js';
import { type ClauseBuilder, type ClauseDraft, capitalize, lineOf, levelLink, listText, refName, refTitle } from '../clause-context.js';
import type { Text } from '../document-model.js';
import { partiesOf } from './party-clauses.js';
import { formatQuantity } from '../format.js';

export const responsibilitiesClause: ClauseBuilder<ResponsibilitiesSection> = (sections, context) => {
    const duties = sections.flatMap(section => section.duties);
    if (duties.length === 0) return undefined;
    const parties = partiesOf(context.agreement.sections.filter(isPartiesSection), context);
    const rank = (party: Party | undefined) => party && parties.includes(party) ? parties.indexOf(party) : parties.length;
    return {
        blocks: [{
            kind: 'paragraph',
            text: ['Each party has the responsibilities below. Where a responsibility is not met, the service levels it names do not count as missed (“excuses”), or their clock stops until it is met (“pauses”).']
        }],
        subclauses: groupByParty(duties).sort((a, b) => rank(a.party) - rank(b.party)).map(({ party, name, duties: partyDuties }): ClauseDraft => ({
            title: party?.legalName ? `${party.legalName} (“${name}”)` : name,
            anchor: `duties-${name}`,
            line: lineOf(partyDuties[0]),
            blocks: [{
                kind: 'table',
                columns: ['Responsibility', 'Deadline', 'If not met'], widths: [52, 20, 28],
                rows: partyDuties.map(duty => ({
                    line: lineOf(duty),
                    cells: [[capitalize(duty.duty ?? '')], [duty.deadline ? `within ${formatQuantity(duty.deadline)}` : ''], consequence(duty)]
                }))
            }],
            subclauses: []
        }))
    };
};

/** The duties of each party, in the order the parties first appear among them. */
export function groupByParty(duties: readonly Responsibility[]): Array<{ party?: Party, name: string, duties: Responsibility[] }> {
    const groups = new Map<string, { party?: Party, name: string, duties: Responsibility[] }>();
    for (const duty of duties) {
        const name = refName(duty.party) || '?';
        const group = groups.get(name) ?? { party: duty.party?.ref, name, duties: [] };
        group.duties.push(duty);
        groups.set(name, group);
    }
    return [...groups.values()];
}

/** The words of a duty's effect, in one place until they move into the locale bundles. */
const EFFECT_WORDS = {
    pauses: 'Pauses the clock of ',
    excuses: 'Excuses misses of ',
    /** `excuses all`: the levels are not listed; with the party's own levels left out, when it has any. */
    everyLevel: 'every service level',
    everyOtherLevel: (party: string) => `every service level that ${party} is not itself obliged to meet`
};

function consequence(duty: Responsibility): Text {
    if (!duty.effect || (!duty.everyLevel && duty.levels.length === 0)) return [];
    const effect = duty.effect === 'pauses' ? EFFECT_WORDS.pauses : EFFECT_WORDS.excuses;
    if (!duty.everyLevel) return [effect, ...listText(duty.levels, levelLink)];
    const party = duty.party?.ref;
    const agreement = AstUtils.getContainerOfType(duty, isAgreement);
    const ownLevels = party && agreement && allLevels(agreement).some(level => obligedParty(level) === party);
    return [effect, ownLevels ? EFFECT_WORDS.everyOtherLevel(party.name) : EFFECT_WORDS.everyLevel];
}

const EXCLUSION_KINDS: Record<string, string> = {
    'maintenance': 'Scheduled maintenance',
    'customer-caused': 'Caused by the customer',
    'force-majeure': 'Force majeure',
    'free-tier': 'Free and preview tiers',
    'other': 'Other'
};

export const exclusionsClause: ClauseBuilder<ExclusionsSection> = sections => {
    const exclusions = sections.flatMap(section => section.exclusions);
    if (exclusions.length === 0) return undefined;
    return {
        blocks: [
            { kind: 'paragraph', text: ['Time and events of the following kinds do not count against the obliged party when service levels are measured.'] },
            {
                kind: 'table',
                columns: ['Exclusion', 'Description', 'Window', 'Notice', 'Applies to'], widths: [16, 36, 17, 12, 19],
                rows: exclusions.map(exclusion => ({
                    line: lineOf(exclusion),
                    cells: [
                        [EXCLUSION_KINDS[exclusion.kind] ?? exclusion.kind ?? ''],
                        [exclusion.text ?? ''],
                        [exclusion.window ? refTitle(exclusion.window) : ''],
                        [exclusion.notice ? `${formatQuantity(exclusion.notice)} in advance` : ''],
                        exclusion.levels.length ? listText(exclusion.levels, levelLink) : ['All service levels']
                    ]
                }))
            }
        ]
    };
};
