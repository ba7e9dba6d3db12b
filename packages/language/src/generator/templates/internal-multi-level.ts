/**
 * The corporate level of an internal multi-level set: an IT department's floor for every service it runs for the
 * business, which customer- and service-level agreements may tighten (`refines`) but never weaken.
 */
import { governanceSections, type TemplateContext } from './template-context.js';

export function internalMultiLevel(context: TemplateContext): string {
    const { provider: p, customer: c, start, date } = context;
    return `agreement CorporateIT "Corporate IT Service Level Agreement" {
    version 1.0
    status draft
    kind multi-level
    tier corporate
    effective ${start} until ${date(24, true)}
    timezone "${context.timeZone}"
    locale ${context.locale}

    parties {
        provider ${p.name} ${p.legal} internal {
            signatory "TODO: name" "TODO: position, e.g. Chief Information Officer"
            contact "Service desk" "TODO: e-mail and phone number"
        }
        customer ${c.name} ${c.legal} internal {
            signatory "TODO: name" "TODO: position, e.g. Chief Financial Officer"
            contact "IT business partners" "TODO: e-mail address"
        }
    }

    goals {
        goal "Guarantee every employee and department a minimum, comparable level of IT service."
        goal "Make the cost of IT transparent through a per-user chargeback that funds the floor stated here."
        goal "Give departments with special needs a clear path: an agreement that refines this one and tightens its floors."
    }

    definitions {
        term "Covered service" means "Every IT service ${p.name} operates for the business, whether listed here or in an agreement that refines this one."
        term "Availability" means "The share of minutes within a service's service hours in which users can use it for its main purpose, as measured by synthetic transactions."
        term "Business day" means "TODO: the days of the office hours calendar, and the public holidays that are not business days"
    }

    calendars {
        calendar OfficeHours "Office hours" {
            days monday to friday
            hours 07:00 to 18:00
        }
        calendar AlwaysOn "Around the clock" {
            days monday to sunday
            hours 00:00 to 23:59
        }
        calendar ChangeWindow "Change window" {
            days sunday
            hours 01:00 to 05:00
        }
    }

    services {
        service Workplace "Digital workplace" {
            description "Laptops, desktop software, printing and mobile devices for all employees."
            scope "Provisioning and replacement of standard devices", "Standard software catalogue", "Patching and endpoint protection"
            out of scope "Non-standard hardware, charged to the department"
            hours OfficeHours
            maintenance ChangeWindow
            provided by ${p.name}
        }
        service Collaboration "E-mail and collaboration" {
            description "E-mail, calendar, chat, video meetings and file sharing."
            scope "Mailboxes", "Team sites and chat", "Video meetings"
            out of scope "Archiving beyond the retention period"
            hours AlwaysOn
            maintenance ChangeWindow
            provided by ${p.name}
        }
        service ServiceDesk "IT service desk" {
            description "First-line support by phone and portal."
            scope "Incidents and service requests for every covered service", "Password resets"
            out of scope "Training on business applications"
            hours OfficeHours
            provided by ${p.name}
        }
    }

    packages {
        package Chargeback "Per-user chargeback" {
            includes Workplace, Collaboration, ServiceDesk
            price 100 ${context.currency} per user per month
            extra 90 ${context.currency} per hour "Project work and non-standard requests, on an approved order from the department"
        }
    }

    purchases {
        ${c.name} takes Chargeback from ${start} with 100 users
    }

    segments {
        priority P1 "Critical: a covered service is down for a site, a department or a business-critical process"
        priority P2 "High: a covered service is degraded for many users, or down for one team"
        priority P3 "Normal: one user is affected and a workaround exists"
    }

    metrics {
        metric Availability "Service availability" {
            description "Minutes within the service's service hours in which its synthetic transactions succeed, as a share of all minutes in those hours, excluding announced changes."
            kind ratio
            unit %
            aggregation percent-of-intervals
            interval 1 minute
            window calendar month
            source "TODO: the monitoring the measurements come from"
            scope per service
        }
        metric IncidentResolution "Time to resolve incidents" {
            description "From the incident's registration to its resolution, counted in the service hours of the affected service."
            kind duration
            unit business hours
            aggregation per-ticket
            window calendar month
            source "TODO: the ticket system the timestamps come from"
            scope per priority, service
        }
    }

    levels {
        level AvailabilityFloor "Availability floor for every service" {
            Availability >= 99.5 %
            obliged ${p.name}
        }
        level P1Resolution "P1 resolution floor" {
            IncidentResolution <= 8 business hours in 90 % of tickets
            segment P1
            obliged ${p.name}
        }
        level P2Resolution "P2 resolution floor" {
            IncidentResolution <= 16 business hours in 90 % of tickets
            segment P2
            obliged ${p.name}
        }
        level P3Resolution "P3 resolution floor" {
            IncidentResolution <= 5 business days in 85 % of tickets
            segment P3
            obliged ${p.name}
        }
    }

    responsibilities {
        ${p.name} must "announce every change in the change window to the affected departments" within 5 business days
        ${c.name} must "raise incidents through the service desk, not directly with individual staff" excuses P1Resolution, P2Resolution, P3Resolution
    }

    exclusions {
        maintenance "Announced changes in the change window" during ChangeWindow notice 5 business days applies to AvailabilityFloor
        customer-caused "Failures caused by hardware or software a department bought or installed without ${p.name}"
        force-majeure "Events beyond ${p.name}'s reasonable control"
    }

    remedies {
        corrective "Problem review with a written action plan sent to the department head" after 1 breach
        corrective "Review of the service's architecture and funding at the next budget round" after 3 breaches
        escalation {
            step "TODO: the service owner" after 2 hours
            step "TODO: the head of IT operations" after 1 business days
        }
    }

    reporting {
        report ServiceReport "Monthly service level report" {
            every month
            due within 5 business days
            from ${p.name}
            to ${c.name}
            covers AvailabilityFloor, P1Resolution, P2Resolution, P3Resolution
            if missing "The next IT steering committee treats every level of the month as missed."
        }
    }

${governanceSections(context, {
        notice: '30 days',
        procedure: 'A change is agreed in the IT steering committee and recorded as an amendment; agreements that refine this one are reviewed against the new floors.',
        every: '12 months',
        firstReviewAfter: 11,
        triggers: [
            'A floor missed for any service in 3 months of a year',
            'A reorganisation, an acquisition or a new site'
        ]
    })}
}
`;
}
