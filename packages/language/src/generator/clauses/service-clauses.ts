/** What is delivered and when: service hours, the services with their scope, and the packages with their prices. */
import {
    type Calendar, type CalendarsSection, type ChargeKind, type DayRange, type PackagesSection, type Service,
    type ServicesSection, type Weekday, isTimezoneField
} from '../../generated/ast.js';
import type { Formatter } from '../../locale/formatter.js';
import type { ServiceWords } from '../../locale/messages.js';
import { headerField } from '../../sla-model.js';
import {
    type ClauseBuilder, type ClauseContext, type ClauseDraft, anchors, inheritedBadge, inheritedRemark, lineOf, listText,
    partyText, refTitle, serviceLink, titleOf
} from '../clause-context.js';
import { type Fact, type Text, joinText, lineBreak, muted } from '../document-model.js';

export const calendarsClause: ClauseBuilder<CalendarsSection> = (sections, context) => {
    const calendars = [...sections.flatMap(section => section.calendars), ...context.inheritance.calendars];
    if (calendars.length === 0) return undefined;
    const agreementZone = headerField(context.agreement, isTimezoneField)?.zone;
    const words = context.words.services;
    return {
        blocks: [
            { kind: 'paragraph', text: [words.calendarsIntro] },
            {
                kind: 'table',
                columns: words.calendarColumns, widths: [23, 17, 13, 15, 32],
                rows: calendars.map(calendar => ({
                    line: lineOf(calendar),
                    cells: [
                        [titleOf(calendar), ...inheritedRemark(calendar, context)],
                        [daysText(calendar.days, context)],
                        [calendar.from && calendar.to ? `${calendar.from}–${calendar.to}` : ''],
                        calendar.zone ? [calendar.zone] : agreementZone ? [agreementZone, ' ', muted(words.agreementZone)] : [],
                        holidaysText(calendar, context.format)
                    ]
                }))
            }
        ]
    };
};

function daysText(days: DayRange | undefined, { format, words: { services: words } }: ClauseContext): string {
    if (!days?.first) return '';
    const day = (weekday: string) => weekdayName(weekday, words);
    if (days.last) return words.dayRange(day(days.first), day(days.last));
    return format.list([days.first, ...days.others].map(day));
}

function weekdayName(weekday: string, words: ServiceWords): string {
    return words.weekdays[weekday as Weekday] ?? weekday;
}

/** Holidays grouped by year: "2026: 25 May, 3 July; 2027: 1 January". */
function holidaysText(calendar: Calendar, format: Formatter): Text {
    const byYear = new Map<string, string[]>();
    for (const date of calendar.holidays) {
        const year = /^(\d{4})-\d{2}-\d{2}$/.exec(date)?.[1] ?? date;
        const list = byYear.get(year) ?? [];
        list.push(format.dayOfYear(date));
        byYear.set(year, list);
    }
    return joinText([...byYear].map(([year, dates]) => [`${year}: ${dates.join(', ')}`]), lineBreak);
}

export const servicesClause: ClauseBuilder<ServicesSection> = (sections, context) => {
    const services = sections.flatMap(section => section.services);
    const inherited = context.inheritance.services;
    if (services.length === 0 && inherited.length === 0) return undefined;
    const words = context.words.services;
    const subclauses: ClauseDraft[] = services.map(service => ({
        title: titleOf(service),
        anchor: anchors.service(service.name),
        line: lineOf(service),
        blocks: [
            ...(service.description ? [{ kind: 'paragraph' as const, text: [service.description] }] : []),
            { kind: 'facts', rows: serviceFacts(service, context) }
        ],
        subclauses: []
    }));
    const parent = inherited[0] && inheritedBadge(inherited[0], context);
    if (parent) {
        subclauses.push({
            title: words.inheritedTitle,
            anchor: anchors.clause('inherited-services'),
            badge: parent,
            blocks: [{
                kind: 'table',
                columns: words.inheritedColumns, widths: [26, 56, 18],
                rows: inherited.map(service => ({
                    line: lineOf(service),
                    anchor: anchors.service(service.name),
                    cells: [[titleOf(service)], [service.description ?? ''], listText(service.providers, partyText, context)]
                }))
            }],
            subclauses: []
        });
    }
    return { blocks: [], subclauses };
};

function serviceFacts(service: Service, context: ClauseContext): Fact[] {
    const labels = context.words.services.facts;
    const facts: Array<[string, Text]> = [
        [labels.inScope, joinText(service.scope.map(item => [item]), lineBreak)],
        [labels.outOfScope, joinText(service.outOfScope.map(item => [item]), lineBreak)],
        [labels.hours, service.hours ? [refTitle(service.hours)] : []],
        [labels.maintenance, service.maintenance ? [refTitle(service.maintenance)] : []],
        [labels.providedBy, listText(service.providers, partyText, context)],
        [labels.dependsOn, listText(service.dependencies, serviceLink, context)]
    ];
    return facts.filter(([, value]) => value.length > 0).map(([label, value]) => ({ label, value }));
}

export const packagesClause: ClauseBuilder<PackagesSection> = (sections, context) => {
    const packages = sections.flatMap(section => section.packages);
    if (packages.length === 0) return undefined;
    const { format, words: { services: words } } = context;
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
                        ...(pkg.services.length ? [{ label: words.facts.includes, value: listText(pkg.services, serviceLink, context) }] : []),
                        ...(pkg.price ? [{ label: words.facts.price, value: [format.rate(pkg.price)] }] : [])
                    ]
                },
                ...(pkg.charges.length ? [{
                    kind: 'table' as const,
                    columns: words.chargeColumns, widths: [18, 30, 52],
                    rows: pkg.charges.map(charge => ({
                        line: lineOf(charge),
                        cells: [[words.chargeKinds[charge.kind as ChargeKind] ?? charge.kind ?? ''], [format.rate(charge.rate)], [charge.description ?? '']]
                    }))
                }] : [])
            ],
            subclauses: []
        }))
    };
};
