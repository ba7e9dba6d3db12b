/** A managed service provider's helpdesk: response and resolution per priority in business hours, a package price. */
import { clausesSection, governanceSections, type TemplateContext } from './template-context.js';

export function managedItHelpdesk(context: TemplateContext): string {
    const { provider: p, customer: c, start, date } = context;
    return `agreement ManagedIT "Managed IT Services Agreement" {
    version 1.0
    status draft
    kind service-based
    effective ${start} until ${date(24, true)}
    timezone "${context.timeZone}"
    locale ${context.locale}
    master agreement "TODO: title of the master services agreement this SLA is a schedule to"

    parties {
        provider ${p.name} ${p.legal} {
            signatory "TODO: name" "TODO: position"
            contact "Service desk" "TODO: e-mail and phone number of the service desk"
        }
        customer ${c.name} ${c.legal} {
            signatory "TODO: name" "TODO: position"
            contact "IT coordinator" "TODO: e-mail address"
        }
    }

    goals {
        goal "Keep ${c.name}'s staff productive by restoring IT service quickly when something breaks."
        goal "Give ${c.name} a predictable monthly IT budget, with out-of-scope work priced in advance."
        goal "TODO: the business outcome this agreement protects"
    }

    definitions {
        term "Incident" means "An unplanned interruption or degradation of a covered IT service."
        term "Response" means "The first contact by a qualified technician who has started work on the ticket; automated acknowledgements do not count."
        term "Resolution" means "The service is restored, by a permanent fix or an agreed workaround, and the reporter confirms it or does not reply within 2 business days."
        term "Business day" means "TODO: the days of the office hours calendar, and the public holidays that are not business days"
    }

    calendars {
        calendar OfficeHours "Office hours" {
            days monday to friday
            hours 08:00 to 18:00
        }
        calendar PatchWindow "Monthly patch window" {
            days saturday
            hours 20:00 to 23:59
        }
    }

    services {
        service Helpdesk "Service desk" {
            description "First- and second-line support by phone, e-mail and portal for all of ${c.name}'s staff."
            scope "Incident handling", "Service requests from the catalogue", "Password resets"
            out of scope "Hardware repair beyond swap-out", "Training", "Projects and new installations"
            hours OfficeHours
            provided by ${p.name}
            depends on Endpoints
        }
        service Endpoints "Managed workstations" {
            description "Patching, endpoint protection, backup and monitoring of ${c.name}'s managed workstations."
            scope "Operating system and application patching", "Endpoint protection", "Nightly backup of user profiles"
            out of scope "Personal devices", "Printers and scanners"
            hours OfficeHours
            maintenance PatchWindow
            provided by ${p.name}
        }
    }

    packages {
        package Standard "Standard package" {
            includes Helpdesk, Endpoints
            price 3000 ${context.currency} per month
            charge 35 ${context.currency} per workstation per month "TODO: per managed workstation above the number included"
            extra 110 ${context.currency} per hour "Out-of-scope work, after written approval"
        }
    }

    purchases {
        ${c.name} takes Standard from ${start} with 25 workstations
    }

    segments {
        priority P1 "Critical: a business-critical service is down for many users, no workaround"
        priority P2 "High: a business-critical service is degraded, or one team cannot work"
        priority P3 "Normal: one user cannot work normally; a workaround exists"
        priority P4 "Low: a question, a change request or a cosmetic fault"
    }

    metrics {
        metric ResponseTime "Time to first response" {
            description "From ticket creation to the first technician contact, counted in office hours."
            kind duration
            unit business minutes
            aggregation per-ticket
            window calendar month
            source "TODO: the ticket system the timestamps come from"
        }
        metric ResolutionTime "Time to resolution" {
            description "From ticket creation to resolution, counted in office hours."
            kind duration
            unit business hours
            aggregation per-ticket
            window calendar month
            source "TODO: the ticket system the timestamps come from"
        }
    }

    levels {
        level P1Response "P1 response" for Helpdesk {
            ResponseTime <= 15 business minutes in 95 % of tickets
            segment P1
            obliged ${p.name}
        }
        level P2Response "P2 response" for Helpdesk {
            ResponseTime <= 30 business minutes in 95 % of tickets
            segment P2
            obliged ${p.name}
        }
        level P3Response "P3 response" for Helpdesk {
            ResponseTime <= 4 business hours in 90 % of tickets
            segment P3
            obliged ${p.name}
        }
        level P4Response "P4 response" for Helpdesk {
            ResponseTime <= 1 business days in 90 % of tickets
            segment P4
            obliged ${p.name}
        }
        level P1Resolution "P1 resolution" for Helpdesk {
            ResolutionTime <= 4 business hours in 90 % of tickets
            segment P1
            obliged ${p.name}
        }
        level P2Resolution "P2 resolution" for Helpdesk {
            ResolutionTime <= 8 business hours in 90 % of tickets
            segment P2
            obliged ${p.name}
        }
        level P3Resolution "P3 resolution" for Helpdesk {
            ResolutionTime <= 3 business days in 85 % of tickets
            segment P3
            obliged ${p.name}
        }
        level P4Resolution "P4 resolution" for Helpdesk {
            ResolutionTime <= 10 business days in 85 % of tickets
            segment P4
            obliged ${p.name}
        }
    }

    responsibilities {
        ${p.name} must "keep the ticket portal and phone line staffed during office hours"
        ${p.name} must "notify ${c.name} of any P1 incident by phone" within 30 minutes
        ${c.name} must "grant remote access to affected devices on request" within 1 business days pauses P1Resolution, P2Resolution, P3Resolution, P4Resolution
        ${c.name} must "name a reachable contact for every P1 and P2 ticket" within 30 minutes excuses P1Response, P2Response
    }

    exclusions {
        maintenance "Patching and updates in the monthly patch window" during PatchWindow notice 5 business days
        customer-caused "Faults caused by software or hardware ${c.name} installed without ${p.name}'s approval"
        customer-caused "Tickets waiting on information or access only ${c.name} can give"
        force-majeure "Events beyond either party's reasonable control"
    }

    remedies {
        credits for P1Resolution of Standard {
            when < 90 % and >= 80 % credit 5 %
            when < 80 % and >= 70 % credit 10 %
            when < 70 % credit 15 %
        }
        credits for P1Response of Standard {
            when < 95 % and >= 85 % credit 3 %
            when < 85 % credit 6 %
        }
        cap 20 % per month
        claim within 30 days
        paid as "credit note on the next monthly invoice"
        corrective "Root-cause analysis and improvement plan presented at the next service review" after 2 breaches
        escalation {
            step "TODO: ${p.name}'s service delivery manager" after 1 hours
            step "TODO: ${p.name}'s head of operations" after 4 hours
        }
    }

    reporting {
        report ServiceReport "Monthly service report" {
            every month
            due within 5 business days
            from ${p.name}
            to ${c.name}
            covers P1Response, P2Response, P3Response, P4Response, P1Resolution, P2Resolution, P3Resolution, P4Resolution
            if missing "Every level of the month counts as missed until the report arrives."
        }
    }

${governanceSections(context, {
        notice: '30 days',
        procedure: 'A measure is added or removed by a written amendment signed by both parties; it takes effect at the start of the next calendar month.',
        every: '6 months',
        firstReviewAfter: 6,
        triggers: [
            'Two consecutive months with a missed P1 level',
            `TODO: a change in ${c.name}'s business that calls for a review, e.g. headcount changing by more than 20 %`
        ]
    })}

${clausesSection(['Precedence', 'Payment', 'Liability', 'Termination', 'Confidentiality', 'DataProtection', 'GoverningLaw', 'Notices'])}
}
`;
}
