/**
 * Sales and marketing: marketing (the provider) hands over leads above a minimum score and commits to a volume;
 * sales (the customer) commits to first-touch times per lead segment, follow-up depth and a weekly pipeline report.
 */
import { governanceSections, type TemplateContext } from './template-context.js';

export function salesMarketingLeads(context: TemplateContext): string {
    const { provider: p, customer: c, start, date } = context;
    return `agreement LeadHandover "Marketing and Sales Lead Handover Agreement" {
    version 1.0
    status draft
    kind service-based
    effective ${start} until ${date(12, true)}
    timezone "${context.timeZone}"
    locale ${context.locale}

    parties {
        provider ${p.name} ${p.legal} internal {
            signatory "TODO: name" "TODO: position, e.g. VP Marketing"
            contact "Lead operations" "TODO: e-mail address"
        }
        customer ${c.name} ${c.legal} internal {
            signatory "TODO: name" "TODO: position, e.g. VP Sales"
            contact "Sales operations" "TODO: e-mail address"
        }
    }

    goals {
        goal "Turn marketing-generated demand into pipeline: no qualified lead goes untouched or is dropped after one call."
        goal "Spend ${c.name}'s time on leads worth it, by agreeing a minimum lead quality before hand-over."
        goal "Give ${p.name} the pipeline feedback it needs to move budget to the campaigns that produce revenue."
    }

    definitions {
        term "Marketing qualified lead (MQL)" means "A lead whose lead score has reached 60 points and that ${p.name} has assigned to the sales queue; the hand-over time is the time of assignment."
        term "First touch" means "The first personal call, e-mail or message from a sales representative to the lead; automated sequences do not count."
        term "Contact attempt" means "A logged call, voicemail, personal e-mail or social message to the lead on a different business day or through a different channel than the previous attempt."
        term "Unconnected lead" means "An MQL that has not replied or spoken to a sales representative 14 days after hand-over."
    }

    calendars {
        calendar SalesHours "Sales business hours" {
            days monday to friday
            hours 08:30 to 18:00
        }
    }

    services {
        service LeadSupply "Qualified lead supply" {
            description "${p.name} generates, scores and de-duplicates leads and hands marketing qualified leads to the sales queue in the CRM."
            scope "Inbound leads from web forms, webinars and events", "Lead scoring and routing by segment"
            out of scope "Leads from partners and resellers", "Purchased contact lists"
            hours SalesHours
            provided by ${p.name}
        }
        service LeadFollowUp "Lead follow-up" {
            description "${c.name} contacts every marketing qualified lead, keeps working unconnected leads and records the outcome in the CRM."
            scope "First touch and follow-up on every MQL", "Acceptance or rejection of each MQL with a reason code"
            out of scope "Leads older than 90 days after hand-over"
            hours SalesHours
            provided by ${c.name}
            depends on LeadSupply
        }
    }

    packages {
        package Budget "Program budget" {
            includes LeadSupply
            price 15000 ${context.currency} per month
        }
    }

    purchases {
        ${c.name} takes Budget from ${start}
    }

    segments {
        lead DecisionMaker "C-level, VP or director with budget authority"
        lead Manager "Head of or manager of a team that would use the product"
        lead Individual "Individual contributor, or job title unknown"
    }

    metrics {
        metric LeadScore "Lead score at hand-over" {
            description "Score from the CRM scoring model (0 to 100) at the moment the lead is assigned to the sales queue."
            kind score
            unit points
            aggregation per-lead
            window calendar month
            source "TODO: the CRM scoring model"
        }
        metric LeadVolume "MQLs handed over" {
            kind count
            unit leads
            aggregation sum
            window calendar month
            source "CRM hand-over log"
            scope per lead
        }
        metric FirstTouchTime "Time to first touch" {
            description "From hand-over to the first touch, counted in sales business hours."
            kind duration
            unit business hours
            aggregation per-lead
            window calendar month
            source "CRM activity timestamps"
            scope per lead
        }
        metric FollowUpDepth "Contact attempts on unconnected leads" {
            description "For the leads that became unconnected leads in the month, the contact attempts logged in the 14 days after hand-over, averaged over those leads."
            kind average
            unit attempts
            aggregation average-per-lead
            window calendar month
            source "CRM activity log"
            scope per lead
        }
    }

    levels {
        level HandoverQuality "Minimum lead quality at hand-over" for LeadSupply {
            LeadScore >= 60 points in 100 % of leads
            obliged ${p.name}
        }
        level TotalVolume "Monthly MQL volume" for LeadSupply {
            LeadVolume >= 300 leads
            obliged ${p.name}
            when "TODO: the program budget this volume assumes"
        }
        level DecisionMakerFirstTouch "Decision maker first touch" for LeadFollowUp {
            FirstTouchTime <= 1 business hours in 95 % of leads
            segment DecisionMaker
            obliged ${c.name}
        }
        level ManagerFirstTouch "Manager first touch" for LeadFollowUp {
            FirstTouchTime <= 4 business hours in 90 % of leads
            segment Manager
            obliged ${c.name}
        }
        level IndividualFirstTouch "Individual first touch" for LeadFollowUp {
            FirstTouchTime <= 2 business days in 85 % of leads
            segment Individual
            obliged ${c.name}
        }
        level DecisionMakerFollowUp "Decision maker follow-up depth" for LeadFollowUp {
            FollowUpDepth >= 7 attempts over 14 days
            segment DecisionMaker
            obliged ${c.name}
        }
        level ManagerFollowUp "Manager follow-up depth" for LeadFollowUp {
            FollowUpDepth >= 5 attempts over 14 days
            segment Manager
            obliged ${c.name}
        }
        level IndividualFollowUp "Individual follow-up depth" for LeadFollowUp {
            FollowUpDepth >= 3 attempts over 14 days
            segment Individual
            obliged ${c.name}
        }
    }

    responsibilities {
        ${p.name} must "hand over only leads with a verified e-mail address or phone number, a company and a segment" excuses DecisionMakerFirstTouch, ManagerFirstTouch, IndividualFirstTouch
        ${p.name} must "announce campaigns expected to produce more than 100 MQLs in one week to the sales managers" within 10 business days pauses DecisionMakerFirstTouch, ManagerFirstTouch, IndividualFirstTouch
        ${c.name} must "accept or reject every MQL in the CRM, with a reason code for every rejection" within 2 business days excuses HandoverQuality
    }

    exclusions {
        customer-caused "MQLs ${c.name} rejected without a reason code do not count against the lead quality level" applies to HandoverQuality
        other "Leads with a bouncing e-mail address and no phone number, as flagged by the sales representative" applies to DecisionMakerFollowUp, ManagerFollowUp, IndividualFollowUp
        force-majeure "Outages of the CRM or telephony platform lasting more than 4 business hours"
    }

    remedies {
        corrective "The department that missed the level presents the cause and a 30-day improvement plan at the next pipeline meeting" after 1 breach
        corrective "Joint root-cause review; the lead score threshold, routing or follow-up cadence is adjusted by amendment" after 2 breaches
        escalation {
            step "TODO: the team leads of both departments" after 1 business days
            step "TODO: the heads of both departments" after 5 business days
        }
    }

    reporting {
        report PipelineStatus "Weekly pipeline status report" {
            every week
            due within 1 business days
            from ${c.name}
            to ${p.name}
            covers DecisionMakerFirstTouch, ManagerFirstTouch, IndividualFirstTouch
            if missing "${p.name} escalates; a month with 2 or more missing weekly reports counts as a breach of every ${c.name} level."
        }
        report LeadReport "Monthly lead quality, volume and follow-up report" {
            every month
            due within 3 business days
            from ${p.name}
            to ${c.name}
            covers HandoverQuality, TotalVolume, DecisionMakerFirstTouch, ManagerFirstTouch, IndividualFirstTouch, DecisionMakerFollowUp, ManagerFollowUp, IndividualFollowUp
            if missing "The levels are assessed at the next review from CRM data."
        }
    }

${governanceSections(context, {
        notice: '2 weeks',
        procedure: 'A change to a threshold, segment or report is proposed in writing to both department heads and adopted by amendment at the start of the next month.',
        every: 'quarter',
        firstReviewAfter: 3,
        triggers: [
            'A level missed in 2 consecutive months',
            'A change to the CRM lead scoring model'
        ]
    })}
}
`;
}
