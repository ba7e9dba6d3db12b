/** How the agreement is run over its life: reporting, the change protocol and the review schedule. */
import {
    type ChangesSection, type ReportingSection, type ReviewSection, isEffectiveField
} from '../../generated/ast.js';
import { headerField } from '../../sla-model.js';
import { type ClauseBuilder, capitalize, lineOf, levelLink, listText, partyText } from '../clause-context.js';
import type { Block, Fact, Text } from '../document-model.js';
import { reviewSchedule } from '../review-schedule.js';

/** Facts whose value is empty are left out: a half-written block shows what it has. */
function facts(rows: Array<[string, Text, number?]>): Fact[] {
    return rows.filter(([, value]) => value.length > 0 && value.some(inline => inline !== ''))
        .map(([label, value, line]) => ({ label, value, line }));
}

export const reportingClause: ClauseBuilder<ReportingSection> = (sections, context) => {
    const reports = sections.flatMap(section => section.reports);
    if (reports.length === 0) return undefined;
    const { format, words: { governance: words } } = context;
    const labels = words.reportFacts;
    return {
        blocks: [],
        subclauses: reports.map(report => ({
            title: report.title ?? report.name ?? '?',
            anchor: `report-${report.name ?? ''}`,
            line: lineOf(report),
            blocks: [{
                kind: 'facts',
                rows: facts([
                    [labels.from, report.from ? [partyText(report.from)] : []],
                    [labels.to, listText(report.recipients, partyText, context)],
                    [labels.frequency, report.cadence ? [capitalize(format.cadence(report.cadence))] : []],
                    [labels.due, report.due ? [words.dueAfterPeriod(format.quantity(report.due))] : []],
                    [labels.covers, listText(report.levels, levelLink, context)],
                    [labels.missing, [report.missing ?? '']]
                ])
            }],
            subclauses: []
        }))
    };
};

export const changesClause: ClauseBuilder<ChangesSection> = (sections, context) => {
    if (sections.length === 0) return undefined;
    const { format, words: { governance: words } } = context;
    const labels = words.changeFacts;
    const all = <T>(pick: (section: ChangesSection) => readonly T[]) => sections.flatMap(pick);
    const notice = sections.find(section => section.notice)?.notice;
    const procedure = sections.find(section => section.procedure)?.procedure;
    const amendments = all(section => section.amendments);
    const blocks: Block[] = [{
        kind: 'facts',
        rows: facts([
            [labels.proposedBy, listText(all(section => section.proposers), partyText, context)],
            [labels.approvedBy, listText(all(section => section.approvers), partyText, context)],
            [labels.notice, notice ? [words.noticeBefore(format.quantity(notice))] : []],
            [labels.procedure, [procedure ?? '']]
        ])
    }];
    if (amendments.length) {
        blocks.push({
            kind: 'table',
            caption: words.amendmentsCaption,
            columns: words.amendmentColumns, widths: [12, 22, 66],
            rows: amendments.map(amendment => ({
                line: lineOf(amendment),
                cells: [[String(amendment.version ?? '')], [format.date(amendment.date)], [amendment.description ?? '']]
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
    const { format, words: { governance: words } } = context;
    const labels = words.reviewFacts;
    const blocks: Block[] = [{
        kind: 'facts',
        rows: facts([
            [labels.cadence, cadence ? [capitalize(format.cadence(cadence))] : [], lineOf(cadence)],
            [labels.next, next ? [format.date(next)] : []],
            [labels.participants, listText(sections.flatMap(section => section.participants), partyText, context)]
        ])
    }];
    if (schedule.dates.length) {
        const after = cadence ? words.continuing(format.cadence(cadence), !!effective?.end) : '';
        blocks.push(
            { kind: 'paragraph', text: [effective?.end ? words.scheduledWithinTerm : words.scheduled] },
            {
                kind: 'list', numbering: 'bullets',
                items: schedule.dates.map((date, index) => ({
                    text: [format.date(date), index === schedule.dates.length - 1 && schedule.continues ? after : '']
                }))
            }
        );
    } else if (cadence && effective?.end) {
        blocks.push({ kind: 'paragraph', text: [words.noReviewInTerm] });
    }
    if (triggers.length) {
        blocks.push(
            { kind: 'paragraph', text: [words.triggersIntro] },
            { kind: 'list', numbering: 'bullets', items: triggers.map(trigger => ({ line: lineOf(trigger), text: [trigger.text ?? ''] })) }
        );
    }
    return { blocks };
};
