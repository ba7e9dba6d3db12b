/**
 * The catalogue of agreement sections: the one place that says which sections an agreement has, in which order
 * they are rendered, which are required, why each matters and what a fresh one looks like. The validator's
 * missing-section checks, the quick fixes, completion snippets, `sla new` templates and the renderer's clause
 * order all read this list. Adding a section is one entry here (plus its grammar rule).
 */
import type { Section } from '../generated/ast.js';
import { CLAUSE_LIBRARY, clausesSectionText } from './clause-library.js';

export type SectionPresence = 'required' | 'recommended' | 'optional';

/** Names a skeleton may refer to, so that an inserted section links to what the agreement already declares. */
export interface SkeletonNames {
    provider: string;
    customer: string;
    service: string;
    metric: string;
    /** Absent when the agreement has no level yet: skeletons then leave out what would point at one. */
    level?: string;
    /**
     * The package a purchase names and percentage credits are taken of: the one bought, else the first declared.
     * Absent before the agreement has one: purchases then name the packages skeleton's `Standard`, credits no package.
     */
    package?: string;
}

export interface SectionSpec {
    /** Stable id, also the suffix of the section's missing-section diagnostic code. */
    readonly id: string;
    /** The keyword that opens the section's block. */
    readonly keyword: string;
    /** The AST type of the section's block. */
    readonly astType: Section['$type'];
    /** Clause title in the rendered agreement. */
    readonly title: string;
    readonly presence: SectionPresence;
    /** True for contract terms that departments of one organisation do not agree between them (all parties `internal`). */
    readonly externalOnly?: boolean;
    /** One sentence a contract manager understands. */
    readonly why: string;
    /** The block's text, unindented, with `${n:...}` snippet tab stops; see `skeletonText`. */
    readonly skeleton: (names: SkeletonNames) => string;
}

/** The sections in canonical order: the order of clauses in the rendered agreement and of inserted sections. */
export const SECTIONS: readonly SectionSpec[] = [
    {
        id: 'parties', keyword: 'parties', astType: 'PartiesSection', title: 'Parties', presence: 'required',
        why: 'An agreement binds only the parties it names: without a provider and a customer nobody owes anything.',
        skeleton: n => `parties {
    provider ${n.provider} "\${1:TODO: provider's legal name}"
    customer ${n.customer} "\${2:TODO: customer's legal name}"
}`
    },
    {
        id: 'goals', keyword: 'goals', astType: 'GoalsSection', title: 'Goals and objectives', presence: 'required',
        why: 'Stated goals tell both parties, and anyone resolving a dispute, what the service levels are for.',
        skeleton: () => `goals {
    goal "\${1:TODO: the business outcome this agreement protects}"
}`
    },
    {
        id: 'definitions', keyword: 'definitions', astType: 'DefinitionsSection', title: 'Definitions',
        presence: 'recommended',
        why: 'Terms such as "business day" or "incident" decide whether a target was met; define them once.',
        skeleton: () => `definitions {
    term "\${1:Business day}" means "\${2:TODO: what the term means in this agreement}"
}`
    },
    {
        id: 'calendars', keyword: 'calendars', astType: 'CalendarsSection', title: 'Service hours',
        presence: 'recommended',
        why: 'Business hours and maintenance windows only mean something against a calendar with days, hours and holidays.',
        skeleton: () => `calendars {
    calendar \${1:BusinessHours} "\${2:Business hours}" {
        days monday to friday
        hours \${3:08:00?} to \${4:18:00?}
    }
}`
    },
    {
        id: 'services', keyword: 'services', astType: 'ServicesSection', title: 'Services', presence: 'required',
        why: 'Targets apply to services: the agreement must say what is delivered and what is out of scope.',
        skeleton: n => `services {
    service ${n.service} "\${1:TODO: service name}" {
        description "\${2:TODO: what the service delivers}"
        scope "\${3:TODO: what is included}"
        out of scope "\${4:TODO: what is billed or handled elsewhere}"
    }
}`
    },
    {
        id: 'packages', keyword: 'packages', astType: 'PackagesSection', title: 'Packages and charges',
        presence: 'recommended',
        why: 'A package gives the customer a predictable budget; its fine print shows what is billed extra.',
        skeleton: n => `packages {
    package \${1:${DEFAULT_PACKAGE}} "\${2:${DEFAULT_PACKAGE}}" {
        includes ${n.service}
        price \${3:1000?} \${4:EUR} per month
    }
}`
    },
    {
        id: 'purchases', keyword: 'purchases', astType: 'PurchasesSection', title: 'Price schedule',
        presence: 'recommended',
        why: 'Which package the customer takes, from when and how many units it is billed for decide what it pays, and what a percentage credit is worth.',
        skeleton: n => `purchases {
    ${n.customer} takes \${1:${n.package ?? DEFAULT_PACKAGE}}
}`
    },
    {
        id: 'segments', keyword: 'segments', astType: 'SegmentsSection', title: 'Segments', presence: 'optional',
        why: 'Segments such as ticket priorities or lead types let one metric carry a different target per segment.',
        skeleton: () => `segments {
    \${1:priority} \${2:P1} "\${3:TODO: what belongs in this segment}"
}`
    },
    {
        id: 'metrics', keyword: 'metrics', astType: 'MetricsSection', title: 'Metrics', presence: 'required',
        why: 'A target is only enforceable when both parties measure it the same way: unit, aggregation and window.',
        skeleton: n => `metrics {
    metric ${n.metric} "\${1:Availability}" {
        kind ratio
        unit %
        aggregation percent-of-intervals
        interval 1? minutes
        window calendar month
        source "\${2:TODO: where the measurements come from}"
    }
}`
    },
    {
        id: 'levels', keyword: 'levels', astType: 'LevelsSection', title: 'Service levels', presence: 'required',
        why: 'The service levels are the promises themselves: a metric, a threshold and the party obliged to meet it.',
        skeleton: n => `levels {
    level ${n.level ?? DEFAULT_LEVEL} "\${1:TODO: level title}" for ${n.service} {
        ${n.metric} >= \${2:99.5?} %
        obliged ${n.provider}
    }
}`
    },
    {
        id: 'responsibilities', keyword: 'responsibilities', astType: 'ResponsibilitiesSection',
        title: 'Responsibilities', presence: 'required',
        why: 'The customer has duties too; a duty not met excuses the targets it affects, so bad conduct is not rewarded.',
        skeleton: n => `responsibilities {
    ${n.provider} must "\${1:TODO: the provider's duty}"
    ${n.customer} must "\${2:TODO: the customer's duty}" within \${3:1?} business days${n.level ? ` excuses ${n.level}` : ''}
}`
    },
    {
        id: 'exclusions', keyword: 'exclusions', astType: 'ExclusionsSection', title: 'Exclusions',
        presence: 'required',
        why: 'Exclusions keep misses the provider did not cause, such as announced maintenance, from counting against it.',
        skeleton: () => `exclusions {
    maintenance "\${1:Scheduled maintenance announced in advance}" notice \${2:5?} days
    customer-caused "\${3:Failures caused by the customer's equipment, staff or instructions}"
    force-majeure "\${4:Events beyond either party's reasonable control}"
}`
    },
    {
        id: 'remedies', keyword: 'remedies', astType: 'RemediesSection', title: 'Remedies and service credits',
        presence: 'required',
        why: 'Without a remedy a missed target costs the provider nothing; credits, caps and claim windows settle what is owed.',
        skeleton: n => `remedies {${n.level ? `
    credits for ${n.level}${n.package ? ` of ${n.package}` : ''} {
        when < \${1:99.5?} % and >= \${2:99.0?} % credit \${3:10?} %
        when < \${2:99.0?} % credit \${4:25?} %
    }` : ''}
    cap \${5:50?} % per month
    claim within \${6:30?} days
}`
    },
    {
        id: 'reporting', keyword: 'reporting', astType: 'ReportingSection', title: 'Reporting', presence: 'recommended',
        why: 'Regular reports let the customer see performance without having to measure it themselves.',
        skeleton: n => `reporting {
    report \${1:ServiceReport} "\${2:Monthly service report}" {
        every month
        due within \${3:5?} business days
        from ${n.provider}
        to ${n.customer}
    }
}`
    },
    {
        id: 'changes', keyword: 'changes', astType: 'ChangesSection', title: 'Change protocol', presence: 'required',
        why: 'Services change over a contract\'s life; the protocol says how measures are added or removed and who agrees.',
        skeleton: n => `changes {
    proposed by ${n.provider}, ${n.customer}
    approved by ${n.provider}, ${n.customer}
    notice \${1:30?} days
    procedure "\${2:TODO: how a measure is proposed, agreed, added or removed}"
}`
    },
    {
        id: 'review', keyword: 'review', astType: 'ReviewSection', title: 'Review', presence: 'required',
        why: 'An SLA is not static: a review on a cadence, and on triggers such as repeated breaches, keeps it true.',
        skeleton: n => `review {
    every \${1:6?} months
    participants ${n.provider}, ${n.customer}
    trigger "\${2:Two consecutive months with a missed service level}"
}`
    },
    {
        // Last, as in a contract: the general terms follow the schedule of services, levels and remedies.
        id: 'clauses', keyword: 'clauses', astType: 'ClausesSection', title: 'General terms', presence: 'recommended', externalOnly: true,
        why: 'An SLA sits inside a contract: payment, liability, term and termination, confidentiality and governing law decide what a missed level finally costs.',
        skeleton: () => clausesSectionText(CLAUSE_LIBRARY)
    }
];

/** The name the packages skeleton declares, and the purchases skeleton takes when the agreement has no package. */
export const DEFAULT_PACKAGE = 'Standard';

/** The name the levels skeleton declares when the agreement has no level yet. */
export const DEFAULT_LEVEL = 'AvailabilityTarget';

const byType = new Map(SECTIONS.map(spec => [spec.astType, spec]));
const byKeyword = new Map(SECTIONS.map(spec => [spec.keyword, spec]));

export function sectionForType(type: string): SectionSpec | undefined {
    return byType.get(type as Section['$type']);
}

export function sectionForKeyword(keyword: string): SectionSpec | undefined {
    return byKeyword.get(keyword);
}

/** The canonical position of a section: its index in the catalogue. */
export function sectionRank(spec: SectionSpec): number {
    return SECTIONS.indexOf(spec);
}

/** Skeleton text without snippet syntax: tab stops become their default text. */
export function skeletonText(spec: SectionSpec, names: SkeletonNames): string {
    return stripTabStops(spec.skeleton(names));
}

/** `${1:default}` -> `default`, `$1` -> ``; used wherever the skeleton is inserted as plain text. */
export function stripTabStops(snippet: string): string {
    return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}
