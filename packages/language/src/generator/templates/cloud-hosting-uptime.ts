/** Cloud hosting: monthly uptime per service with three credit tiers, a cap, a claim window and maintenance. */
import { clausesSection, governanceSections, type TemplateContext } from './template-context.js';

export function cloudHostingUptime(context: TemplateContext): string {
    const { provider: p, customer: c, start, date } = context;
    return `agreement CloudHosting "Cloud Hosting Service Level Agreement" {
    version 1.0
    status draft
    kind service-based
    effective ${start} until ${date(12, true)}
    timezone "${context.timeZone}"
    locale ${context.locale}
    master agreement "TODO: title of the master services agreement this SLA is a schedule to"

    parties {
        provider ${p.name} ${p.legal} {
            signatory "TODO: name" "TODO: position"
            contact "24x7 support" "TODO: e-mail and phone number"
            contact "Service credit claims" "TODO: e-mail address"
        }
        customer ${c.name} ${c.legal} {
            signatory "TODO: name" "TODO: position"
            contact "Operations on-call" "TODO: e-mail and phone number"
        }
    }

    goals {
        goal "Keep ${c.name}'s production workloads reachable around the clock."
        goal "Measure uptime per minute, so that both parties read the same number from the same data."
        goal "Compensate ${c.name} in proportion to an outage through service credits."
    }

    definitions {
        term "Unavailable minute" means "TODO: when a minute counts as unavailable, e.g. the health endpoint fails from 2 of 3 probe locations"
        term "Monthly Uptime Percentage" means "The minutes of the calendar month that are not Unavailable minutes, minus excluded minutes, divided by all minutes of the month minus excluded minutes, times 100."
        term "Monthly charges" means "The fees ${c.name} paid for the Production plan in the month of the miss, before taxes and credits."
    }

    calendars {
        calendar AlwaysOn "Around the clock" {
            days monday to sunday
            hours 00:00 to 23:59
            timezone "UTC"
        }
        calendar MaintenanceWindow "Scheduled maintenance window" {
            days sunday
            hours 02:00 to 06:00
            timezone "UTC"
        }
    }

    services {
        service Compute "Virtual servers" {
            description "TODO: the servers, regions and availability zones covered"
            scope "Provisioning and running virtual servers", "Host hardware and hypervisor", "Zone-level networking"
            out of scope "The guest operating system and everything installed on it", "Customer application code and configuration"
            hours AlwaysOn
            maintenance MaintenanceWindow
            provided by ${p.name}
            depends on Storage
        }
        service Storage "Block storage" {
            description "TODO: the volumes, replication and snapshots covered"
            scope "Volume attach and read/write I/O", "Daily snapshots"
            out of scope "Application-consistent backups of databases"
            hours AlwaysOn
            maintenance MaintenanceWindow
            provided by ${p.name}
        }
    }

    packages {
        package Production "Production plan" {
            includes Compute, Storage
            price 2000 ${context.currency} per month
            charge 150 ${context.currency} per server per month "TODO: each server beyond those included"
            extra 200 ${context.currency} per hour "Professional services, on written order"
        }
    }

    purchases {
        ${c.name} takes Production from ${start} with 2 servers
    }

    metrics {
        metric Uptime "Monthly Uptime Percentage" {
            description "Share of minutes in the calendar month that are not Unavailable minutes, as defined above."
            kind ratio
            unit %
            aggregation percent-of-intervals
            interval 1 minute
            window calendar month
            source "TODO: the monitoring the measurements come from"
            scope per service
        }
    }

    levels {
        level ComputeUptime "Compute uptime" for Compute {
            Uptime >= 99.95 %
            obliged ${p.name}
        }
        level StorageUptime "Storage uptime" for Storage {
            Uptime >= 99.99 %
            obliged ${p.name}
        }
    }

    responsibilities {
        ${p.name} must "announce scheduled maintenance on the status page and by e-mail at least 7 days before the window"
        ${p.name} must "post an incident notice after detecting an outage of a covered service" within 15 minutes
        ${c.name} must "run production workloads on at least 2 servers in different availability zones" excuses ComputeUptime
        ${c.name} must "give ${p.name}'s engineers the access and information they request to diagnose an incident" within 2 hours pauses ComputeUptime, StorageUptime
    }

    exclusions {
        maintenance "Scheduled maintenance in the maintenance window, at most 4 hours per calendar month" during MaintenanceWindow notice 7 days applies to ComputeUptime, StorageUptime
        customer-caused "Unavailability caused by ${c.name}'s applications, guest operating systems or configuration changes"
        force-majeure "Events beyond ${p.name}'s reasonable control"
    }

    remedies {
        credits for ComputeUptime of Production {
            when < 99.95 % and >= 99.0 % credit 10 %
            when < 99.0 % and >= 95.0 % credit 25 %
            when < 95.0 % credit 100 %
        }
        credits for StorageUptime of Production {
            when < 99.99 % and >= 99.0 % credit 10 %
            when < 99.0 % and >= 95.0 % credit 25 %
            when < 95.0 % credit 100 %
        }
        cap 100 % per month
        claim within 30 days
        sole remedy
        paid as "credit on the next monthly invoice"
        corrective "Written root-cause analysis and remediation plan" after 2 breaches
    }

    reporting {
        report AvailabilityReport "Monthly availability and credit report" {
            every month
            due within 5 business days
            from ${p.name}
            to ${c.name}
            covers ComputeUptime, StorageUptime
            if missing "${c.name} may rely on its own monitoring for any claim in that month."
        }
    }

${governanceSections(context, {
        notice: '60 days',
        procedure: `Either party proposes a change in writing; a signed amendment takes effect on the first day of the month after the notice period. ${p.name} may not lower a level or a credit during the term.`,
        every: '12 months',
        firstReviewAfter: 11,
        triggers: [
            'A month with Monthly Uptime Percentage below 99.0 % for any service',
            `${c.name} moves workloads to a new region`
        ]
    })}

${clausesSection(['Precedence', 'Payment', 'Liability', 'Termination', 'Confidentiality', 'DataProtection', 'GoverningLaw', 'Notices'])}
}
`;
}
