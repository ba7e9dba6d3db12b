/** The opening clauses: who the parties are, what the agreement is for, and the terms it defines. */
import {
    type DefinitionsSection, type GoalsSection, type Party, type PartyRole, type PartiesSection, isContact, isSignatory
} from '../../generated/ast.js';
import type { Messages } from '../../locale/messages.js';
import { type ClauseBuilder, type ClauseContext, anchors, inheritedRemark, lineOf } from '../clause-context.js';
import { type Text, joinText, lineBreak, muted, strong } from '../document-model.js';

/** "Provider", "Customer (internal department)". */
export function roleOf(party: Party, words: Messages): string {
    const role = words.parties.roles[party.role as PartyRole] ?? words.parties.noRole;
    return party.internal ? words.parties.internal(role) : role;
}

/** The parties of higher-level agreements this one names, then its own. */
export function partiesOf(sections: readonly PartiesSection[], context: ClauseContext): Party[] {
    return [...context.inheritance.parties, ...sections.flatMap(section => section.parties)];
}

export const partiesClause: ClauseBuilder<PartiesSection> = (sections, context) => {
    const parties = partiesOf(sections, context);
    if (parties.length === 0) return undefined;
    return {
        blocks: [
            { kind: 'paragraph', text: [context.words.parties.intro] },
            {
                kind: 'table',
                columns: context.words.parties.columns, widths: [25, 16, 21, 38],
                rows: parties.map(party => ({
                    line: lineOf(party),
                    anchor: anchors.party(party.name),
                    cells: [
                        [strong(party.legalName ?? party.name ?? '?'), lineBreak, muted(context.words.document.quoted(party.name ?? '?'))],
                        [roleOf(party, context.words), ...inheritedRemark(party, context)],
                        signatoryText(party),
                        joinText(party.details.filter(isContact).map(c => [`${c.purpose ?? '?'}: ${c.address ?? '?'}`]), lineBreak)
                    ]
                }))
            }
        ]
    };
};

function signatoryText(party: Party): Text {
    const signatory = party.details.find(isSignatory);
    if (!signatory) return [];
    return signatory.position ? [signatory.person ?? '?', lineBreak, muted(signatory.position)] : [signatory.person ?? '?'];
}

export const goalsClause: ClauseBuilder<GoalsSection> = sections => {
    const goals = sections.flatMap(section => section.goals);
    if (goals.length === 0) return undefined;
    return {
        blocks: [{
            kind: 'list', numbering: 'letters',
            items: goals.map(goal => ({ line: lineOf(goal), text: [goal.text ?? ''] }))
        }]
    };
};

export const definitionsClause: ClauseBuilder<DefinitionsSection> = (sections, context) => {
    const terms = sections.flatMap(section => section.terms);
    if (terms.length === 0) return undefined;
    return {
        blocks: [
            { kind: 'paragraph', text: [context.words.parties.definitionsIntro] },
            ...terms.map(term => ({
                kind: 'paragraph' as const, line: lineOf(term),
                text: [strong(context.words.document.quoted(term.term ?? '?')), `: ${term.meaning ?? ''}`]
            }))
        ]
    };
};
