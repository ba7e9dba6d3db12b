/**
 * English, in British (en-GB) and American (en-US) spelling and punctuation. The two differ in a handful of words
 * ("authorised"/"authorized") and the percent sign ("99.9 %"/"99.9%"); `spelled` picks them, everything else is
 * shared. Dates and numbers differ too, but those come from Intl (formatter.ts), not from here.
 */
import type { Locale } from './locale.js';
import type { Messages } from './messages.js';

export type EnglishVariant = 'GB' | 'US';

export const ENGLISH_LOCALES: readonly Locale[] = [
    { tag: 'en-GB', name: 'English (United Kingdom)', messages: english('GB'), paper: 'A4', currency: 'GBP', timeZone: 'Europe/London' },
    { tag: 'en-US', name: 'English (United States)', messages: english('US'), paper: 'Letter', currency: 'USD', timeZone: 'America/New_York' }
];

export function english(variant: EnglishVariant): Messages {
    /** The British and the American spelling of one word or phrase. */
    const spelled = (gb: string, us: string) => variant === 'GB' ? gb : us;
    return {
        format: {
            percent: number => spelled(`${number} %`, `${number}%`),
            money: (number, currency) => `${currency} ${number}`,
            durations: {
                ms: ['ms', 'ms'], seconds: ['second', 'seconds'], minutes: ['minute', 'minutes'], hours: ['hour', 'hours'],
                days: ['day', 'days'], weeks: ['week', 'weeks'], months: ['month', 'months'], quarters: ['quarter', 'quarters'],
                years: ['year', 'years']
            },
            businessTime: unit => `business ${unit}`,
            // Counted things are English words already (units.ts).
            countWord: () => undefined,
            quantity: (number, unit) => unit ? `${number} ${unit}` : number,
            per: unit => `per ${unit}`,
            comparators: { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'less than', '=': 'exactly' },
            over: (target, length) => `${target} over ${length}`,
            shareOf: (target, share, population) => `${target} in ${share} of ${population}`,
            calendarWindow: period => `calendar ${period}`,
            rollingWindow: length => `rolling ${length}`,
            every: what => `every ${what}`,
            periods: { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' },
            periodAdjectives: { day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'annual' },
            termUntil: (start, end) => `${start} to ${end}`,
            termOpen: start => `from ${start} until terminated`,
            and: 'and'
        },
        document: {
            kind: 'Service Level Agreement',
            untitled: 'Untitled agreement',
            between: parties => `between ${parties}`,
            facts: {
                reference: 'Reference', version: 'Version', status: 'Status', term: 'Term', timeZone: 'Time zone',
                kind: 'Kind', level: 'Level', refines: 'Refines', supersedes: 'Supersedes', currencies: 'Currencies',
                masterAgreement: 'Master agreement'
            },
            masterAgreement: (title, date) => date ? `${title}, dated ${date}` : title,
            draft: {
                mark: n => `DRAFT · ${count(n, 'placeholder', 'placeholders')} to resolve`,
                text: n => `Draft, not ready to sign: ${count(n, 'placeholder', 'placeholders')} ${n === 1 ? 'remains' : 'remain'}. `
                    + 'Texts marked TODO must be written, and values marked as suggested must be confirmed by the parties.',
                item: (where, text, suggested) => `${where}: ${text}${suggested ? ' (suggested, not agreed)' : ''}`,
                title: 'Title'
            },
            statuses: { draft: 'Draft', active: 'Active', superseded: 'Superseded' },
            kinds: { 'service-based': 'Service-based', 'customer-based': 'Customer-based', 'multi-level': 'Multi-level' },
            tiers: { corporate: 'Corporate', customer: 'Customer', service: 'Service' },
            refinedAgreement: (title, name, version) => `${title} (${name})${version ? `, version ${version}` : ''}`,
            whichRefines: ', which refines ',
            problems: (errors, warnings) => {
                const counts = [errors && count(errors, 'error', 'errors'), warnings && count(warnings, 'warning', 'warnings')]
                    .filter(Boolean).join(' and ');
                return `This agreement has ${counts}. The document shows what could be read; resolve the problems before it is signed.`;
            },
            errorsLabel: 'Errors',
            warningsLabel: 'Warnings',
            noteLabel: 'Note',
            summary: {
                title: 'Agreement summary',
                columns: ['Party', 'Role', 'Provides', 'Service levels owed', 'Responsibilities'],
                duties: n => count(n, 'duty', 'duties'),
                excusing: (duties, excusing) => excusing === 0 ? ''
                    : duties === 1 ? ', which excuses or pauses levels'
                    : `, ${excusing} of which ${excusing === 1 ? 'excuses or pauses' : 'excuse or pause'} levels`
            },
            signatures: {
                title: 'Signatures',
                intro: `Signed by the ${spelled('authorised', 'authorized')} representatives of the parties.`,
                onBehalfOf: 'For and on behalf of',
                signature: 'Signature',
                name: 'Name',
                position: 'Position',
                date: 'Date'
            },
            footer: (title, version) => `${title}${version ? `, version ${version}` : ''}`,
            page: ['Page ', ' of '],
            sections: {
                PartiesSection: 'Parties',
                GoalsSection: 'Goals and objectives',
                DefinitionsSection: 'Definitions',
                CalendarsSection: 'Service hours',
                ServicesSection: 'Services',
                PackagesSection: 'Packages and charges',
                PurchasesSection: 'Price schedule',
                SegmentsSection: 'Segments',
                MetricsSection: 'Metrics',
                LevelsSection: 'Service levels',
                ResponsibilitiesSection: 'Responsibilities',
                ExclusionsSection: 'Exclusions',
                RemediesSection: 'Remedies and service credits',
                ReportingSection: 'Reporting',
                ChangesSection: 'Change protocol',
                ReviewSection: 'Review',
                ClausesSection: 'General terms'
            },
            inheritedBadge: agreement => `Inherited from ${agreement}`,
            inheritedRemark: agreement => `(inherited from ${agreement})`,
            quoted: text => `“${text}”`
        },
        parties: {
            intro: 'This agreement is made between the parties below. Each is referred to in this agreement by its short name.',
            columns: ['Party', 'Role', 'Signatory', 'Contacts'],
            roles: { provider: 'Provider', customer: 'Customer', subcontractor: 'Subcontractor', monitor: 'Independent monitor' },
            noRole: 'Party',
            internal: role => `${role} (internal department)`,
            definitionsIntro: 'In this agreement the following terms have the meaning given here.'
        },
        services: {
            calendarsIntro: 'Business time (business hours, business days) is counted in the service hours of the service concerned.',
            calendarColumns: ['Calendar', 'Days', 'Hours', 'Time zone', 'Holidays'],
            weekdays: {
                monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday',
                saturday: 'Saturday', sunday: 'Sunday'
            },
            dayRange: (first, last) => `${first} to ${last}`,
            agreementZone: '(the agreement’s)',
            facts: {
                inScope: 'In scope', outOfScope: 'Out of scope', hours: 'Service hours', maintenance: 'Maintenance window',
                providedBy: 'Provided by', dependsOn: 'Depends on', includes: 'Includes', price: 'Price'
            },
            inheritedTitle: 'Services of the higher-level agreement used here',
            inheritedColumns: ['Service', 'Description', 'Provided by'],
            chargeColumns: ['Charge', 'Rate', 'Description'],
            chargeKinds: { charge: 'Per-unit charge', extra: 'Billed extra' }
        },
        levels: {
            segmentsIntro: 'Service levels may set a different target for each of the following segments.',
            segmentColumns: ['Dimension', 'Segment', 'Meaning'],
            metricsIntro: 'Each service level is measured by one of the following metrics, the same way by both parties.',
            metricKinds: {
                ratio: 'A ratio of good to total', duration: 'A duration', count: 'A count', average: 'An average', score: 'A score'
            },
            aggregations: {
                'percent-of-intervals': 'Percentage of measurement intervals that count as good',
                'mean-of-intervals': 'Mean of the per-interval values',
                'per-ticket': 'Measured per ticket',
                'per-lead': 'Measured per lead',
                'mean': 'Mean',
                'median': 'Median',
                'sum': 'Sum',
                'maximum': 'Maximum',
                'minimum': 'Minimum',
                'average-per-lead': 'Average per lead'
            },
            metricFacts: {
                measures: 'Measures', unit: 'Unit', aggregation: 'Aggregation', interval: 'Measurement interval',
                window: 'Window', measuredPer: 'Measured per', source: 'Data source',
                missingData: 'Missing data', minimumCoverage: 'Minimum coverage'
            },
            missingData: {
                down: 'An interval without data counts as down',
                up: 'An interval without data counts as up',
                excluded: 'Intervals without data are left out of the figure'
            },
            missingInMean: 'Intervals without data are left out of the mean',
            missingByDefault: rule => `${rule} (the default when the agreement does not say otherwise)`,
            minimumCoverage: share => `${share} of the intervals of each window must have data; below it, a level on this metric is "insufficient data": neither met nor breached, and no credit is due`,
            forServices: services => ` (for ${services})`,
            floorComparison: 'Each level of this agreement on the same metric, services and segment as a floor is compared with it:',
            floorColumns: ['Level here', 'Its target', 'Floor', 'Set by', 'Floor target', 'Meets the floor'],
            floorMeets: 'Yes',
            floorWeaker: { threshold: 'No: its threshold is weaker', share: 'No: it covers a smaller share' },
            leadQualityTitle: 'Leads below the quality level',
            leadQuality: (gate, target, party, others) => `A lead below ${gate} (${target}) counts against ${party}, and is left out of the figures of ${others}: a party is not held to leads that did not meet the quality another party owes.`,
            percentUnit: 'Percent (%)',
            columns: ['Service level', 'Metric', 'Target', 'Window', 'Segment', 'Obliged party'],
            everyService: 'Every service',
            everyServiceIntro: 'These levels apply to every service of this agreement.',
            floorsTitle: 'Floors of the higher-level agreement',
            floorsNote: 'These levels of the agreements this one refines apply to this agreement: a level without a service applies to every service, a level for a service to that service wherever this agreement uses it. The levels above may tighten them, never weaken them.',
            condition: text => `Condition: ${text}`,
            allSegments: 'All'
        },
        duties: {
            intro: 'Each party has the responsibilities below. Where a responsibility is not met, the service levels it names do not count as missed (“excuses”), or their clock stops until it is met (“pauses”).',
            columns: ['Responsibility', 'Deadline', 'If not met'],
            within: duration => `within ${duration}`,
            effects: { pauses: 'Pauses the clock of ', excuses: 'Excuses misses of ' },
            everyLevel: 'every service level',
            everyOtherLevel: party => `every service level that ${party} is not itself obliged to meet`,
            exclusionsIntro: 'Time and events of the following kinds do not count against the obliged party when service levels are measured.',
            exclusionColumns: ['Exclusion', 'Description', 'Window', 'Notice', 'Applies to'],
            exclusionKinds: {
                'maintenance': 'Scheduled maintenance',
                'customer-caused': 'Caused by the customer',
                'force-majeure': 'Force majeure',
                'free-tier': 'Free and preview tiers',
                'other': 'Other'
            },
            inAdvance: duration => `${duration} in advance`,
            allLevels: 'All service levels'
        },
        remedies: {
            creditsTitle: (level, pkg) => `Service credits for ${level}${pkg ? `, ${pkg}` : ''}`,
            creditsIntro: (target, window) => [
                'When ',
                `${target ? ` (${target}${window ? `, per ${window}` : ''})` : ''} is missed, the service credit depends on the value measured:`
            ],
            creditColumns: ['Measured value', 'Service credit'],
            shareIntro: (target, window, many) => [
                'When ',
                `${target ? ` (${target}${window ? `, per ${window}` : ''})` : ''} is missed, the service credit depends on the share of ${many} in the window that met the target:`
            ],
            shareColumn: many => `Share of ${many} on target`,
            perItemIntro: (target, window, one, many) => [
                `For each ${one} of `,
                `${target ? ` (${target}${window ? `, per ${window}` : ''})` : ''} that misses its target, a service credit is due by the time or value measured for that ${one}; the credits of all late ${many} in a window are added up:`
            ],
            perItemColumn: one => `Measured for the late ${one}`,
            perLate: (credit, one) => `${credit} per late ${one}`,
            bounds: { '<': 'below', '<=': 'at or below', '>': 'above', '>=': 'at or above', '=': 'exactly' },
            downTo: (upper, lower, excluding) => `${upper} down to ${excluding ? `but excluding ${lower}` : lower}`,
            upTo: (lower, upper, excluding) => `${lower} up to ${excluding ? `but excluding ${upper}` : upper}`,
            both: (first, second) => `${first} and ${second}`,
            ofAffectedCharges: percent => `${percent} of the affected charges`,
            ofCharge: (percent, adjective, pkg, plural) => `${percent} of the ${adjective ? `${adjective} ` : ''}${plural ? 'charges' : 'charge'} for the ${pkg}`,
            limitsTitle: 'Limits, claims and payment',
            limits: { cap: 'Cap', minimum: 'Minimum credit', claims: 'Claims', sole: 'Sole remedy', paidAs: 'Paid as' },
            capPer: (amount, period) => `at most ${amount} per ${period}`,
            minimumCredit: amount => `${amount}; smaller credits are not paid`,
            claimWithin: window => `within ${window} after the end of the measurement period`,
            soleRemedy: 'Service credits are the sole remedy for a missed service level.',
            correctiveTitle: 'Corrective action',
            correctiveIntro: 'After repeated misses of a service level, the party obliged to meet it owes the following corrective action.',
            correctiveColumns: ['Corrective action', 'Owed after'],
            escalationTitle: 'Escalation',
            escalationIntro: 'While a service level is at risk or missed, the matter is escalated to the following contacts, each after the time shown.',
            escalationColumns: ['Step', 'Escalated to', 'After']
        },
        governance: {
            reportFacts: { from: 'From', to: 'To', frequency: 'Frequency', due: 'Due', covers: 'Covers', missing: 'If missing' },
            dueAfterPeriod: duration => `within ${duration} after the end of each period`,
            changeFacts: { proposedBy: 'Proposed by', approvedBy: 'Approved by', notice: 'Notice', procedure: 'Procedure' },
            noticeBefore: duration => `${duration} before a change takes effect`,
            amendmentsCaption: 'Amendments',
            amendmentColumns: ['Version', 'Date', 'Change'],
            reviewFacts: { cadence: 'Cadence', next: 'Next review', participants: 'Participants' },
            scheduledWithinTerm: 'Scheduled reviews within the term:',
            scheduled: 'Scheduled reviews:',
            continuing: (cadence, untilEndOfTerm) => `, and ${cadence} after that${untilEndOfTerm ? ' until the end of the term' : ''}`,
            noReviewInTerm: 'No scheduled review falls within the term.',
            triggersIntro: 'The parties also review the agreement, before the next scheduled review, when:'
        },
        purchases: {
            columns: ['Item', 'Quantity', 'Rate', 'Per month'],
            takes: start => [start ? `From ${start}, ` : 'From the start of the term, ', ' takes the ', '.'],
            basePrice: 'Package price',
            perUnit: 'Per-unit charge',
            monthlyTotal: 'Monthly total',
            yearlyTotal: 'Yearly total',
            billing: { asUsed: 'billed as used', once: 'billed once', unknown: 'not known: state the quantity' },
            incomplete: 'The totals leave out the lines marked "not known" until the purchase states their quantities.',
            extras: 'Billed extra, on top of the monthly total:',
            unknownPackage: 'unknown package',
            unknownQuantity: unit => `? ${unit}`
        }
    };
}

/** "1 error", "2 errors". */
function count(n: number, singular: string, plural: string): string {
    return `${n} ${n === 1 ? singular : plural}`;
}
