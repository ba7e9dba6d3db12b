/**
 * Everyday mistakes a contract manager makes, one at a time, on a clean agreement (examples/managed-it-helpdesk.sla).
 * Each mistake replaces `from` with `to`; the edited lines are where its error must be reported.
 */
export interface Mistake {
    /** The section the mistake is in, or `header` for the agreement's title block. */
    readonly section: string;
    /** What the user did, as the table of error counts names it. */
    readonly what: string;
    /** The code of the error it must get. */
    readonly code: string;
    /** A text that occurs once, or a global pattern for a name written the same wrong way wherever it is used. */
    readonly from: string | RegExp;
    readonly to: string;
}

/** The agreement with the mistake made; a `from` text must occur exactly once, so a changed example breaks loudly. */
export function withMistake(base: string, mistake: Mistake): string {
    if (typeof mistake.from !== 'string') return base.replace(mistake.from, mistake.to);
    if (base.split(mistake.from).length !== 2) throw new Error(`'${mistake.from}' must occur exactly once`);
    return base.replace(mistake.from, mistake.to);
}

export const MISTAKES: readonly Mistake[] = [
    // Title block
    { section: 'header', what: 'hyphen in the agreement name', code: 'sla-name-format', from: 'ManagedIT', to: 'Managed-IT' },
    { section: 'header', what: 'version with a letter', code: 'sla-syntax-error', from: 'version 2.1', to: 'version v2.1' },
    { section: 'header', what: 'US date', code: 'sla-date-format', from: 'effective 2026-01-01', to: 'effective 01/01/2026' },
    { section: 'header', what: 'European date', code: 'sla-date-format', from: 'effective 2026-01-01', to: 'effective 01.01.2026' },
    { section: 'header', what: '`to` instead of `until`', code: 'sla-unknown-word', from: '2026-01-01 until 2027-12-31', to: '2026-01-01 to 2027-12-31' },
    { section: 'header', what: 'misspelled status', code: 'sla-unknown-word', from: 'status active', to: 'status activ' },
    { section: 'header', what: 'time zone without quotes', code: 'sla-text-without-quotes', from: 'timezone "Europe/Berlin"\n    master', to: 'timezone Europe/Berlin\n    master' },
    { section: 'header', what: 'misspelled header keyword', code: 'sla-unknown-word', from: 'effective 2026-01-01', to: 'efective 2026-01-01' },

    // Parties
    { section: 'parties', what: 'signatory without quotes', code: 'sla-text-without-quotes', from: 'signatory "Dana Fischer"', to: 'signatory Dana Fischer' },
    { section: 'parties', what: 'inner quotes in a legal name', code: 'sla-inner-quotes', from: '"Globex Logistics AG"', to: '"Globex "Logistics" AG"' },
    { section: 'parties', what: 'contact address without quotes', code: 'sla-text-without-quotes', from: '"it-coordination@globex.example"', to: 'it-coordination@globex.example' },
    { section: 'parties', what: 'unknown role word', code: 'sla-unknown-word', from: 'provider Acme "Acme', to: 'supplier Acme "Acme' },
    { section: 'parties', what: 'missing opening brace', code: 'sla-unknown-word', from: 'customer Globex "Globex Logistics AG" {', to: 'customer Globex "Globex Logistics AG"' },

    // Goals
    { section: 'goals', what: 'doubled opening brace', code: 'sla-syntax-error', from: '    goals {\n', to: '    goals {{\n' },
    { section: 'goals', what: '# comment', code: 'sla-hash-comment', from: '    goals {\n', to: '    goals {\n        # What the agreement is for\n' },
    { section: 'goals', what: 'goal without quotes', code: 'sla-text-without-quotes', from: 'goal "Make every ticket\'s handling measurable, so both parties argue about facts, not impressions."', to: 'goal Make every ticket handling measurable' },
    { section: 'goals', what: 'inner quotes in a goal', code: 'sla-inner-quotes', from: 'a predictable monthly IT budget', to: 'a "predictable" monthly IT budget' },
    { section: 'goals', what: 'misspelled keyword', code: 'sla-unknown-word', from: 'goal "Give Globex', to: 'gaol "Give Globex' },

    // Definitions
    { section: 'definitions', what: '`=` instead of `means`', code: 'sla-syntax-error', from: 'term "Incident" means', to: 'term "Incident" =' },
    { section: 'definitions', what: 'term without quotes', code: 'sla-text-without-quotes', from: 'term "Incident" means', to: 'term Incident means' },
    { section: 'definitions', what: 'colon after the term', code: 'sla-syntax-error', from: 'term "Response" means', to: 'term "Response":' },

    // Calendars
    { section: 'calendars', what: 'hours 24/7', code: 'sla-time-format', from: 'hours 08:00 to 18:00', to: 'hours 24/7' },
    { section: 'calendars', what: 'holidays as a text', code: 'sla-date-format', from: 'holidays 2026-01-01, 2026-04-03, 2026-04-06, 2026-05-01, 2026-05-14, 2026-05-25, 2026-10-03, 2026-12-25, 2026-12-26', to: 'holidays "US federal holidays"' },
    { section: 'calendars', what: 'hours with a dash', code: 'sla-syntax-error', from: 'hours 08:00 to 18:00', to: 'hours 08:00 - 18:00' },
    { section: 'calendars', what: 'days with a dash', code: 'sla-unknown-word', from: 'days monday to friday', to: 'days monday-friday' },
    { section: 'calendars', what: 'capitalised weekdays', code: 'sla-unknown-word', from: 'days monday to friday', to: 'days Monday to Friday' },
    { section: 'calendars', what: 'hours in am/pm', code: 'sla-time-format', from: 'hours 08:00 to 18:00', to: 'hours 8am to 6pm' },
    { section: 'calendars', what: 'US date among holidays', code: 'sla-date-format', from: 'holidays 2026-01-01,', to: 'holidays 01/01/2026,' },
    { section: 'calendars', what: 'missing closing brace', code: 'sla-missing-brace', from: '2026-12-25, 2026-12-26\n        }\n', to: '2026-12-25, 2026-12-26\n' },
    { section: 'calendars', what: 'space in a name', code: 'sla-name-format', from: 'calendar PatchWindow', to: 'calendar Patch Window' },

    // Services
    { section: 'services', what: 'hyphen in a name', code: 'sla-name-format', from: /\bEndpoints\b/g, to: 'End-points' },
    { section: 'services', what: 'scope without quotes', code: 'sla-text-without-quotes', from: 'scope "Incident handling", "Service requests from the catalogue", "Password resets", "Software installation from the approved list"', to: 'scope Incident handling' },
    { section: 'services', what: 'hours as a time range', code: 'sla-syntax-error', from: '            hours OfficeHours\n            provided by Acme\n            depends', to: '            hours 08:00 to 18:00\n            provided by Acme\n            depends' },
    { section: 'services', what: 'misspelled keyword', code: 'sla-unknown-word', from: 'provided by Acme\n            depends on', to: 'provide by Acme\n            depends on' },
    { section: 'services', what: 'missing closing brace', code: 'sla-missing-brace', from: 'depends on Endpoints\n        }\n', to: 'depends on Endpoints\n' },

    // Packages
    { section: 'packages', what: '$ before the amount', code: 'sla-currency-symbol', from: 'price 4800 EUR per month', to: 'price $4800 per month' },
    { section: 'packages', what: '`monthly` instead of `per month`', code: 'sla-period-word', from: 'price 4800 EUR per month', to: 'price 4800 EUR monthly' },
    { section: 'packages', what: 'thousands separator', code: 'sla-number-format', from: 'price 4800 EUR per month', to: 'price 4,800 EUR per month' },
    { section: 'packages', what: 'currency before the amount', code: 'sla-currency-symbol', from: 'price 4800 EUR per month', to: 'price EUR 4800 per month' },
    { section: 'packages', what: '`€` sign', code: 'sla-currency-symbol', from: 'extra 115 EUR per hour', to: 'extra 115 € per hour' },

    // Purchases
    { section: 'purchases', what: 'US date for the start', code: 'sla-date-format', from: 'takes Business with 20', to: 'takes Business from 01/01/2026 with 20' },
    { section: 'purchases', what: '`buys` instead of `takes`', code: 'sla-unknown-word', from: 'Globex takes Business', to: 'Globex buys Business' },
    { section: 'purchases', what: 'thousands separator in a quantity', code: 'sla-number-format', from: 'with 20 workstations', to: 'with 1,200 workstations' },

    // Segments
    { section: 'segments', what: 'hyphen in a segment name', code: 'sla-name-format', from: /\bP4\b/g, to: 'P-4' },
    { section: 'segments', what: 'colon after the name', code: 'sla-syntax-error', from: 'priority P4 "Low:', to: 'priority P4: "Low:' },
    { section: 'segments', what: 'misspelled dimension keyword in a level', code: 'sla-unknown-word', from: '            segment P3\n            obliged Acme\n        }\n        level P4Response', to: '            segement P3\n            obliged Acme\n        }\n        level P4Response' },

    // Metrics
    { section: 'metrics', what: 'misspelled kind', code: 'sla-unknown-word', from: 'kind duration\n            unit business minutes', to: 'kind durations\n            unit business minutes' },
    { section: 'metrics', what: 'unit missing', code: 'sla-missing-unit', from: 'unit business minutes', to: 'unit business' },
    { section: 'metrics', what: 'window without `calendar`', code: 'sla-period-word', from: 'window calendar quarter', to: 'window quarterly' },
    { section: 'metrics', what: 'aggregation spelled with a space', code: 'sla-unknown-word', from: 'aggregation per-ticket\n            window calendar month\n            source "Acme ServiceNow ticket timestamps, exported monthly"\n        }\n        metric ResolutionTime', to: 'aggregation per ticket\n            window calendar month\n            source "Acme ServiceNow ticket timestamps, exported monthly"\n        }\n        metric ResolutionTime' },
    { section: 'metrics', what: 'missing closing brace', code: 'sla-missing-brace', from: 'exported monthly"\n        }\n        metric ResolutionTime', to: 'exported monthly"\n        metric ResolutionTime' },

    // Levels
    { section: 'levels', what: 'empty level', code: 'sla-target-format', from: '            Satisfaction >= 4.2 points\n', to: '' },
    { section: 'levels', what: '`within` instead of a comparator', code: 'sla-target-format', from: 'ResponseTime <= 15 business minutes', to: 'ResponseTime within 15 business minutes' },
    { section: 'levels', what: 'natural-language target', code: 'sla-target-format', from: 'ResponseTime <= 30 business minutes in 95 % of tickets', to: 'respond within 30 business minutes' },
    { section: 'levels', what: 'unit missing in a target', code: 'sla-missing-unit', from: 'Satisfaction >= 4.2 points', to: 'Satisfaction >= 4.2' },
    { section: 'levels', what: '`=>` instead of `>=`', code: 'sla-target-format', from: 'Satisfaction >= 4.2 points', to: 'Satisfaction => 4.2 points' },
    { section: 'levels', what: '% of without a population', code: 'sla-target-format', from: 'ResponseTime <= 4 business hours in 90 % of tickets', to: 'ResponseTime <= 4 business hours in 90 %' },
    { section: 'levels', what: 'missing opening brace', code: 'sla-missing-brace', from: 'level P3Resolution "P3 resolution" for Helpdesk {', to: 'level P3Resolution "P3 resolution" for Helpdesk' },
    { section: 'levels', what: 'missing closing brace', code: 'sla-missing-brace', from: '            segment P2\n            obliged Acme\n        }\n        level P3Response', to: '            segment P2\n            obliged Acme\n        level P3Response' },
    { section: 'levels', what: 'condition without quotes', code: 'sla-text-without-quotes', from: 'when "At least 30 survey answers in the quarter"', to: 'when at least 30 survey answers' },

    // Responsibilities
    { section: 'responsibilities', what: 'duty without quotes', code: 'sla-text-without-quotes', from: 'Acme must "keep the ticket portal and phone line staffed during office hours"', to: 'Acme must keep the ticket portal staffed' },
    { section: 'responsibilities', what: 'unit missing in a deadline', code: 'sla-missing-unit', from: 'by phone" within 30 minutes', to: 'by phone" within 30' },
    { section: 'responsibilities', what: '`shall` instead of `must`', code: 'sla-unknown-word', from: 'Globex must "keep the inventory', to: 'Globex shall "keep the inventory' },
    { section: 'responsibilities', what: 'inner quotes in a duty', code: 'sla-inner-quotes', from: '"name a reachable contact for every P1 and P2 ticket"', to: '"name a "reachable" contact for every P1 and P2 ticket"' },

    // Exclusions
    { section: 'exclusions', what: 'misspelled kind', code: 'sla-unknown-word', from: 'force-majeure "Events', to: 'force majeure "Events' },
    { section: 'exclusions', what: 'notice without a unit', code: 'sla-missing-unit', from: 'notice 5 business days', to: 'notice 5' },
    { section: 'exclusions', what: 'text without quotes', code: 'sla-text-without-quotes', from: 'customer-caused "Tickets waiting on information or access only Globex can give"', to: 'customer-caused Tickets waiting on Globex' },

    // Remedies
    { section: 'remedies', what: 'cap without a period', code: 'sla-missing-period', from: 'cap 20 % per month', to: 'cap 20 %' },
    { section: 'remedies', what: '`monthly` after a cap', code: 'sla-period-word', from: 'cap 20 % per month', to: 'cap 20 % monthly' },
    { section: 'remedies', what: 'credit without `credit`', code: 'sla-syntax-error', from: 'when < 70 % credit 15 %', to: 'when < 70 % 15 %' },
    { section: 'remedies', what: '`$` in a minimum', code: 'sla-currency-symbol', from: 'minimum 50 EUR', to: 'minimum $50' },
    { section: 'remedies', what: 'range written with a dash', code: 'sla-target-format', from: 'when < 90 % and >= 80 % credit 5 %', to: 'when 80-90 % credit 5 %' },
    { section: 'remedies', what: 'missing closing brace', code: 'sla-missing-brace', from: 'credit 15 %\n        }\n', to: 'credit 15 %\n' },
    { section: 'remedies', what: 'percent sign missing in a credit', code: 'sla-missing-unit', from: 'when < 85 % credit 6 %', to: 'when < 85 % credit 6' },

    // Reporting
    { section: 'reporting', what: '`every monthly`', code: 'sla-period-word', from: 'every month\n            due', to: 'every monthly\n            due' },
    { section: 'reporting', what: '`monthly` alone', code: 'sla-period-word', from: 'every month\n            due', to: 'monthly\n            due' },
    { section: 'reporting', what: '`every quarterly`', code: 'sla-period-word', from: 'every month\n            due', to: 'every quarterly\n            due' },
    { section: 'reporting', what: 'due without a unit', code: 'sla-missing-unit', from: 'due within 5 business days', to: 'due within 5' },

    // Changes
    { section: 'changes', what: 'US date in an amendment', code: 'sla-date-format', from: 'amendment 2.1 2026-06-15', to: 'amendment 2.1 06/15/2026' },
    { section: 'changes', what: 'European date in an amendment', code: 'sla-date-format', from: 'amendment 2.1 2026-06-15', to: 'amendment 2.1 15.06.2026' },
    { section: 'changes', what: 'notice without a unit', code: 'sla-missing-unit', from: 'notice 30 days\n        procedure', to: 'notice 30\n        procedure' },

    // Review
    { section: 'review', what: '`every quarterly`', code: 'sla-period-word', from: 'every 6 months\n        next', to: 'every quarterly\n        next' },
    { section: 'review', what: '`quarterly` alone', code: 'sla-period-word', from: 'every 6 months\n        next', to: 'quarterly\n        next' },
    { section: 'review', what: 'US date', code: 'sla-date-format', from: 'next 2026-07-01', to: 'next 07/01/2026' },
    { section: 'review', what: 'trigger without quotes', code: 'sla-text-without-quotes', from: 'trigger "A new service is added to the package"', to: 'trigger a new service is added' },

    // Clauses (the last section, so the agreement's own closing brace comes after them)
    { section: 'clauses', what: 'paragraph without quotes', code: 'sla-text-without-quotes', from: 'paragraph "Globex may also end', to: 'paragraph Globex may also end' },
    { section: 'clauses', what: 'misspelled `paragraph`', code: 'sla-unknown-word', from: '            paragraph "Acme tells Globex', to: '            paragrap "Acme tells Globex' },
    { section: 'clauses', what: 'hyphen in a clause name', code: 'sla-name-format', from: 'clause GoverningLaw', to: 'clause Governing-Law' },
    { section: 'clauses', what: 'closing brace of the agreement twice', code: 'sla-syntax-after-end', code: 'sla-syntax-after-end', from: 'on the next business day."\n        }\n    }\n}', to: 'on the next business day."\n        }\n    }\n}\n}' },
    { section: 'clauses', what: 'missing closing brace of the agreement', code: 'sla-missing-brace', from: 'on the next business day."\n        }\n    }\n}', to: 'on the next business day."\n        }\n    }\n' }
];
