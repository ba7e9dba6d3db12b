/** Leads: segments, the quality threshold between marketing and sales, first touch and follow-up depth. */
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach } from '../helpers.js';
import { agreement, report, result } from './evaluation-fixtures.js';

clearDocumentsAfterEach();

const leadAgreement = agreement({
    timezone: 'Europe/Amsterdam',
    calendars: '        calendar SalesHours "Sales hours" {\n            days monday to friday\n            hours 08:30 to 18:00\n        }',
    services: [
        '        service Supply "Lead supply" {\n            hours SalesHours\n            provided by Acme\n        }',
        '        service FollowUp "Lead follow-up" {\n            hours SalesHours\n            provided by Globex\n        }'
    ].join('\n'),
    segments: '        lead DecisionMaker "Budget holder"\n        lead Individual "Individual contributor"',
    metrics: `        metric LeadScore "Lead score" {
            kind score
            unit points
            aggregation per-lead
            window calendar month
        }
        metric FirstTouch "Time to first touch" {
            kind duration
            unit business hours
            aggregation per-lead
            window calendar month
            scope per lead
        }
        metric FollowUpDepth "Attempts on unconnected leads" {
            kind average
            unit attempts
            aggregation average-per-lead
            window calendar month
            scope per lead
        }
        metric Volume "Leads handed over" {
            kind count
            unit leads
            aggregation sum
            window calendar month
            scope per lead
        }`,
    levels: `        level Quality "Lead quality" for Supply {
            LeadScore >= 60 points in 100 % of leads
            obliged Acme
        }
        level DecisionMakerVolume "Decision makers handed over" for Supply {
            Volume >= 3 leads
            segment DecisionMaker
            obliged Acme
        }
        level DecisionMakerTouch "Decision maker first touch" for FollowUp {
            FirstTouch <= 1 business hour in 50 % of leads
            segment DecisionMaker
            obliged Globex
        }
        level DecisionMakerFollowUp "Decision maker follow-up" for FollowUp {
            FollowUpDepth >= 5 attempts
            segment DecisionMaker
            obliged Globex
        }`
});

// L-2 is below the quality threshold; L-4 was connected; L-5 is another segment.
const leads = [
    'id,handed_over,lead,LeadScore,FirstTouch,FollowUpDepth,connected',
    'L-1,2026-10-05 10:00,DecisionMaker,70,2026-10-05 10:30,6,no',
    'L-2,2026-10-05 11:00,DecisionMaker,50,2026-10-05 14:00,1,no',
    'L-3,2026-10-06 17:30,DecisionMaker,80,2026-10-07 10:30,4,no',
    'L-4,2026-10-07 09:00,DecisionMaker,90,2026-10-07 09:20,9,yes',
    'L-5,2026-10-07 09:00,Individual,65,2026-10-09 09:00,2,no'
].join('\n');

describe('the quality threshold', () => {
    test('a lead below it is counted against the party that hands it over', async () => {
        const quality = result(await report(leadAgreement, { 'leads.csv': leads }), 'Quality');
        expect(quality).toMatchObject({ status: 'breached', items: { met: 4, missed: 1 }, measured: { value: 80 } });
        expect(quality.missed).toMatchObject([{ id: 'L-2', measured: '50 points', end: undefined }]);
    });

    test('and removed from the figures of the party that receives it', async () => {
        const touch = result(await report(leadAgreement, { 'leads.csv': leads }), 'DecisionMakerTouch');
        expect(touch.removed).toEqual([{
            kind: 'quality', text: 'below Quality (at least 60 points in 100 % of leads), which Acme must meet', count: 1, ids: ['L-2']
        }]);
    });

    test('but still counts for the handing-over party\'s own volume', async () => {
        expect(result(await report(leadAgreement, { 'leads.csv': leads }), 'DecisionMakerVolume')).toMatchObject({ status: 'met', measured: { value: 4 } });
    });
});

describe('per segment', () => {
    test('first touch in sales hours: L-1 in 30 minutes, L-3 (17:30, one evening) in 2.5 business hours, L-4 in 20 minutes', async () => {
        const touch = result(await report(leadAgreement, { 'leads.csv': leads }), 'DecisionMakerTouch');
        expect(touch).toMatchObject({ status: 'met', items: { met: 2, missed: 1 } });
        expect(touch.missed).toMatchObject([{ id: 'L-3', measured: '2.5 business hours', deadline: '2026-10-07T09:00+02:00' }]);
    });

    test('follow-up depth averages the attempts on leads not connected: (6 + 4) / 2', async () => {
        const followUp = result(await report(leadAgreement, { 'leads.csv': leads }), 'DecisionMakerFollowUp');
        expect(followUp).toMatchObject({ status: 'met', counted: 2, countedAs: 'leads', measured: { value: 5, text: '5 attempts' } });
        expect(followUp.removed.map(r => [r.kind, r.count])).toEqual([['quality', 1], ['connected', 1]]);
    });
});
