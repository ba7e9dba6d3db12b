/** How the agreement is run over its life: reporting, the change protocol and the review schedule. */
import {
    type ChangesSection, type ReportingSection, type ReviewSection, isEffectiveField
} from '../../generated/ast.js';
import { headerField } from '../../sla-model.js';
import { type ClauseBuilder, capitalize, lineOf, levelLink, listText, partyText } from '../clause-context.js';
import type { Block, Fact, Text } from '../document-model.js';
import { formatCadence, formatDate, formatQuantity } from '../format.js';
import { reviewSchedule } from '../review-schedule.js';

/** Facts whose value is empty are left out: a half-written block shows what it has. */
function facts(rows: Array<[string, Text, number?]>): Fact[] {
    return rows.filter(([, value]) => value.length > 0 && value.some(inline => inline !== ''))
        .map(([label, value, line]) => ({ label, value, line }));
}

export const reportingClause: ClauseBuilder<ReportingSection> = sections => {
    const reports = sections.flatMap(section => section.reports);
    if (reports.length === 0) return undefined;
    return {
        blocks: [],
        subclauses: reports.map(report => ({
            title: report.title ?? report.name ?? '?',
            anchor: `report-${report.name ?? ''}`,
            line: lineOf(report),
            blocks: [{
                kind: 'facts',
                rows: facts([
                    ['From', report.from ? [partyText(report.from)] : []],
                    ['To', listText(report.recipients, partyText)],
                    ['Frequency', report.cadence ? [capitalize(formatCadence(report.cadence))] : []],
                    ['Due', report.due ? [`within ${formatQuantity(report.due)} after the end of each period`] : []],
                    ['Covers', listText(report.levels, levelLink)],
                    ['If missing', [report.missing ?? '']]
                ])
            }],
            subclauses: []
        }))
    };
};

export const changesClause: ClauseBuilder<ChangesSection> = sections => {
    if (sections.length === 0) return undefined;
    const all = <T>(pick: (section: ChangesSection) => readonly T[]) => sections.flatMap(pick);
    const notice = sections.find(section => section.notice)?.notice;
    const procedure = sections.find(section => section.procedure)?.procedure;
    const amendments = all(section => section.amendments);
    const blocks: Block[] = [{
        kind: 'facts',
        rows: facts([
            ['Proposed by', listText(all(section => section.proposers), partyText)],
            ['Approved by', listText(all(section => section.approvers), partyText)],
            ['Notice', notice ? [`${formatQuantity(notice)} before a change takes effect`] : []],
            ['Procedure', [procedure ?? '']]
        ])
    }];
    if (amendments.length) {
        blocks.push({
            kind: 'table',
            caption: 'Amendments',
            columns: ['Version', 'Date', 'Change'], widths: [12, 22, 66],
            rows: amendments.map(amendment => ({
                line: lineOf(amendment),
                cells: [[String(amendment.version ?? '')], [formatDate(amendment.date)], [amendment.description ?? '']]
            }))
        });
    }
    return { blocks };
};

export const reviewClause: ClauseBuilder<ReviewSection> = (sections, context) => {
    if (sections.length === 0) return undefined;
    const cadence = sections.find(section => section.cadence)?.cadence;
    const next = sections.find(section => section.next)?.next;
    const effective = headerField(context.agreement, isEffectiveField);
    const schedule = reviewSchedule(cadence, next, { start: effective?.start, end: effective?.end });
    const triggers = sections.flatMap(section => section.triggers);
    const blocks: Block[] = [{
        kind: 'facts',
        rows: facts([
            ['Cadence', cadence ? [capitalize(formatCadence(cadence))] : [], lineOf(cadence)],
            ['Next review', next ? [formatDate(next)] : []],
            ['Participants', listText(sections.flatMap(section => section.participants), partyText)]
        ])
    }];
    if (schedule.dates.length) {
        const after = cadence ? `, and ${formatCadence(cadence)} after that${effective?.end ? ' until the end of the term' : ''}` : '';
        blocks.push(
            { kind: 'paragraph', text: [effective?.end ? 'Scheduled reviews within the term:' : 'Scheduled reviews:'] },
            {
                kind: 'list', numbering: 'bullets',
                items: schedule.dates.map((date, index) => ({
                    text: [formatDate(date), index === schedule.dates.length - 1 && schedule.continues ? after : '']
                }))
            }
        );
    } else if (cadence && effective?.end) {
        blocks.push({ kind: 'paragraph', text: ['No scheduled review falls within the term.'] });
    }
    if (triggers.length) {
        blocks.push(
            { kind: 'paragraph', text: ['The parties also review the agreement, before the next scheduled review, when:'] },
            { kind: 'list', numbering: 'bullets', items: triggers.map(trigger => ({ line: lineOf(trigger), text: [trigger.text ?? ''] })) }
        );
    }
    return { blocks };
};
