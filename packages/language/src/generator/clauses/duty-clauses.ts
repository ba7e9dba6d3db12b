/** What each party must do, and what does not count against the obliged party. */
import { AstUtils } from 'langium';
import {
    type ExclusionKind, type ExclusionsSection, type Party, type Responsibility, type ResponsibilitiesSection, isAgreement,
    isPartiesSection
} from '../../generated/ast.js';
import { allLevels, obligedParty } from '../../sla-model.js';
import {
    type ClauseBuilder, type ClauseContext, type ClauseDraft, capitalize, lineOf, levelLink, listText, refName, refTitle
} from '../clause-context.js';
import type { Text } from '../document-model.js';
import { partiesOf } from './party-clauses.js';

export const responsibilitiesClause: ClauseBuilder<ResponsibilitiesSection> = (sections, context) => {
    const duties = sections.flatMap(section => section.duties);
    if (duties.length === 0) return undefined;
    const parties = partiesOf(context.agreement.sections.filter(isPartiesSection), context);
    const rank = (party: Party | undefined) => party && parties.includes(party) ? parties.indexOf(party) : parties.length;
    const words = context.words.duties;
    return {
        blocks: [{ kind: 'paragraph', text: [words.intro] }],
        subclauses: groupByParty(duties).sort((a, b) => rank(a.party) - rank(b.party)).map(({ party, name, duties: partyDuties }): ClauseDraft => ({
            title: party?.legalName ? `${party.legalName} (${context.words.document.quoted(name)})` : name,
            anchor: `duties-${name}`,
            line: lineOf(partyDuties[0]),
            blocks: [{
                kind: 'table',
                columns: words.columns, widths: [52, 20, 28],
                rows: partyDuties.map(duty => ({
                    line: lineOf(duty),
                    cells: [[capitalize(duty.duty ?? '')], [duty.deadline ? words.within(context.format.quantity(duty.deadline)) : ''], consequence(duty, context)]
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

function consequence(duty: Responsibility, context: ClauseContext): Text {
    if (!duty.effect || (!duty.everyLevel && duty.levels.length === 0)) return [];
    const words = context.words.duties;
    const effect = words.effects[duty.effect];
    if (!duty.everyLevel) return [effect, ...listText(duty.levels, levelLink, context)];
    // `excuses all`: the levels are not listed; the party's own levels are left out, when it has any.
    const party = duty.party?.ref;
    const agreement = AstUtils.getContainerOfType(duty, isAgreement);
    const ownLevels = party && agreement && allLevels(agreement).some(level => obligedParty(level) === party);
    return [effect, ownLevels ? words.everyOtherLevel(party.name) : words.everyLevel];
}

export const exclusionsClause: ClauseBuilder<ExclusionsSection> = (sections, context) => {
    const exclusions = sections.flatMap(section => section.exclusions);
    if (exclusions.length === 0) return undefined;
    const words = context.words.duties;
    return {
        blocks: [
            { kind: 'paragraph', text: [words.exclusionsIntro] },
            {
                kind: 'table',
                columns: words.exclusionColumns, widths: [16, 36, 17, 12, 19],
                rows: exclusions.map(exclusion => ({
                    line: lineOf(exclusion),
                    cells: [
                        [words.exclusionKinds[exclusion.kind as ExclusionKind] ?? exclusion.kind ?? ''],
                        [exclusion.text ?? ''],
                        [exclusion.window ? refTitle(exclusion.window) : ''],
                        [exclusion.notice ? words.inAdvance(context.format.quantity(exclusion.notice)) : ''],
                        exclusion.levels.length ? listText(exclusion.levels, levelLink, context) : [words.allLevels]
                    ]
                }))
            }
        ]
    };
};
