/** What is delivered and when: service hours, the services with their scope, and the packages with their prices. */
import {
    type Calendar, type CalendarsSection, type DayRange, type PackagesSection, type Service, type ServicesSection,
    isTimezoneField
} from '../../generated/ast.js';
import { headerField } from '../../sla-model.js';
import {
    type ClauseBuilder, type ClauseDraft, anchors, capitalize, inheritedBadge, inheritedRemark, lineOf, listText,
    partyText, refTitle, serviceLink, titleOf
} from '../clause-context.js';
import { type Fact, type Text, joinText, lineBreak, muted } from '../document-model.js';
import { formatDate, formatRate } from '../format.js';

export const calendarsClause: ClauseBuilder<CalendarsSection> = (sections, context) => {
    const calendars = [...sections.flatMap(section => section.calendars), ...context.inheritance.calendars];
    if (calendars.length === 0) return undefined;
    const agreementZone = headerField(context.agreement, isTimezoneField)?.zone;
    return {
        blocks: [
            { kind: 'paragraph', text: ['Business time (business hours, business days) is counted in the service hours of the service concerned.'] },
            {
                kind: 'table',
                columns: ['Calendar', 'Days', 'Hours', 'Time zone', 'Holidays'], widths: [23, 17, 13, 15, 32],
                rows: calendars.map(calendar => ({
                    line: lineOf(calendar),
                    cells: [
                        [titleOf(calendar), ...inheritedRemark(calendar, context)],
                        [daysText(calendar.days)],
                        [calendar.from && calendar.to ? `${calendar.from}–${calendar.to}` : ''],
                        calendar.zone ? [calendar.zone] : agreementZone ? [agreementZone, ' ', muted('(the agreement’s)')] : [],
                        holidaysText(calendar)
                    ]
                }))
            }
        ]
    };
};

function daysText(days: DayRange | undefined): string {
    if (!days?.first) return '';
    if (days.last) return `${capitalize(days.first)} to ${capitalize(days.last)}`;
    const all = [days.first, ...days.others].map(capitalize);
    return all.length === 1 ? all[0] : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

/** Holidays grouped by year: "2026: 25 May, 3 July; 2027: 1 January". */
function holidaysText(calendar: Calendar): Text {
    const byYear = new Map<string, string[]>();
    for (const date of calendar.holidays) {
        const [day, month, year] = formatDate(date).split(' ');
        const list = byYear.get(year ?? date) ?? [];
        list.push(year ? `${day} ${month}` : date);
        byYear.set(year ?? date, list);
    }
    return joinText([...byYear].map(([year, dates]) => [`${year}: ${dates.join(', ')}`]), lineBreak);
}

export const servicesClause: ClauseBuilder<ServicesSection> = (sections, context) => {
    const services = sections.flatMap(section => section.services);
    const inherited = context.inheritance.services;
    if (services.length === 0 && inherited.length === 0) return undefined;
    const subclauses: ClauseDraft[] = services.map(service => ({
        title: titleOf(service),
        anchor: anchors.service(service.name),
        line: lineOf(service),
        blocks: [
            ...(service.description ? [{ kind: 'paragraph' as const, text: [service.description] }] : []),
            { kind: 'facts', rows: serviceFacts(service) }
        ],
        subclauses: []
    }));
    const parent = inherited[0] && inheritedBadge(inherited[0], context);
    if (parent) {
        subclauses.push({
            title: 'Services of the higher-level agreement used here',
            anchor: anchors.clause('inherited-services'),
            badge: parent,
            blocks: [{
                kind: 'table',
                columns: ['Service', 'Description', 'Provided by'], widths: [26, 56, 18],
                rows: inherited.map(service => ({
                    line: lineOf(service),
                    anchor: anchors.service(service.name),
                    cells: [[titleOf(service)], [service.description ?? ''], listText(service.providers, partyText)]
                }))
            }],
            subclauses: []
        });
    }
    return { blocks: [], subclauses };
};

function serviceFacts(service: Service): Fact[] {
    const facts: Array<[string, Text]> = [
        ['In scope', joinText(service.scope.map(item => [item]), lineBreak)],
        ['Out of scope', joinText(service.outOfScope.map(item => [item]), lineBreak)],
        ['Service hours', service.hours ? [refTitle(service.hours)] : []],
        ['Maintenance window', service.maintenance ? [refTitle(service.maintenance)] : []],
        ['Provided by', listText(service.providers, partyText)],
        ['Depends on', listText(service.dependencies, serviceLink)]
    ];
    return facts.filter(([, value]) => value.length > 0).map(([label, value]) => ({ label, value }));
}

const CHARGE_KINDS: Record<string, string> = { charge: 'Per-unit charge', extra: 'Billed extra' };

export const packagesClause: ClauseBuilder<PackagesSection> = sections => {
    const packages = sections.flatMap(section => section.packages);
    if (packages.length === 0) return undefined;
    return {
        blocks: [],
        subclauses: packages.map(pkg => ({
            title: titleOf(pkg),
            anchor: anchors.package(pkg.name),
            line: lineOf(pkg),
            blocks: [
                {
                    kind: 'facts',
                    rows: [
                        ...(pkg.services.length ? [{ label: 'Includes', value: listText(pkg.services, serviceLink) }] : []),
                        ...(pkg.price ? [{ label: 'Price', value: [formatRate(pkg.price)] }] : [])
                    ]
                },
                ...(pkg.charges.length ? [{
                    kind: 'table' as const,
                    columns: ['Charge', 'Rate', 'Description'], widths: [18, 30, 52],
                    rows: pkg.charges.map(charge => ({
                        line: lineOf(charge),
                        cells: [[CHARGE_KINDS[charge.kind] ?? charge.kind ?? ''], [formatRate(charge.rate)], [charge.description ?? '']]
                    }))
                }] : [])
            ],
            subclauses: []
        }))
    };
};
