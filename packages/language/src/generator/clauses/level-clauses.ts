/** What is promised and how it is measured: segments, metrics and the service levels per service. */
import {
    type Level, type LevelsSection, type Metric, type MetricsSection, type MissingData, type SegmentsSection, type Service, isServicesSection
} from '../../generated/ast.js';
import {
    type ClauseBuilder, type ClauseDraft, anchors, capitalize, inheritedBadge, inheritedRemark,
    lineOf, metricLink, refName, titleOf
} from '../clause-context.js';
import { obligedParty } from '../../sla-model.js';
import { floorsOf } from '../../floors.js';
import { DEFAULT_MISSING, isQualityGate } from '../../measurement-rules.js';
import { type Block, type Fact, type Table, type Text, lineBreak, muted, strong } from '../document-model.js';
import { formatList, formatQuantity, formatTarget, formatWindow } from '../format.js';

export const segmentsClause: ClauseBuilder<SegmentsSection> = (sections, context) => {
    const segments = [...sections.flatMap(section => section.segments), ...context.inheritance.segments];
    if (segments.length === 0) return undefined;
    return {
        blocks: [
            { kind: 'paragraph', text: ['Service levels may set a different target for each of the following segments.'] },
            {
                kind: 'table',
                columns: ['Dimension', 'Segment', 'Meaning'], widths: [16, 16, 68],
                rows: segments.map(segment => ({
                    line: lineOf(segment),
                    cells: [[capitalize(segment.dimension ?? '')], [segment.name ?? '?', ...inheritedRemark(segment, context)], [segment.description ?? '']]
                }))
            }
        ]
    };
};

const KINDS: Record<string, string> = {
    ratio: 'A ratio of good to total', duration: 'A duration', count: 'A count', average: 'An average', score: 'A score'
};

const AGGREGATIONS: Record<string, string> = {
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
};

export const metricsClause: ClauseBuilder<MetricsSection> = (sections, context) => {
    const metrics = [...sections.flatMap(section => section.metrics), ...context.inheritance.metrics];
    if (metrics.length === 0) return undefined;
    return {
        blocks: [{ kind: 'paragraph', text: ['Each service level is measured by one of the following metrics, the same way by both parties.'] }],
        subclauses: metrics.map(metric => ({
            title: titleOf(metric),
            anchor: anchors.metric(metric.name),
            badge: inheritedBadge(metric, context),
            line: lineOf(metric),
            blocks: [
                ...(metric.description ? [{ kind: 'paragraph' as const, text: [metric.description] }] : []),
                { kind: 'facts', rows: metricFacts(metric) }
            ],
            subclauses: []
        }))
    };
};

function metricFacts(metric: Metric): Fact[] {
    const facts: Array<[string, string | undefined]> = [
        ['Measures', KINDS[metric.kind ?? '']],
        ['Unit', metric.unit && (metric.unit.name === '%' ? 'Percent (%)' : [metric.unit.business ? 'business' : '', metric.unit.name].filter(Boolean).join(' '))],
        ['Aggregation', metric.aggregation && (AGGREGATIONS[metric.aggregation] ?? metric.aggregation)],
        ['Measurement interval', metric.interval && formatQuantity(metric.interval)],
        ['Window', metric.window && capitalize(formatWindow(metric.window))],
        ['Measured per', metric.scope.length ? metric.scope.join(', ') : undefined],
        ['Data source', metric.source],
        ['Missing data', missingDataText(metric)],
        ['Minimum coverage', metric.coverage && `${formatQuantity(metric.coverage)} of the intervals of each window must have data; below it, a level on this metric is "insufficient data": neither met nor breached, and no credit is due`]
    ];
    return facts.filter((fact): fact is [string, string] => !!fact[1]).map(([label, value]) => ({ label, value: [value] }));
}

/** What an interval without data counts as, for the metrics measured in intervals; stated even when left to the default. */
const MISSING_DATA: Record<MissingData, string> = {
    down: 'An interval without data counts as down',
    up: 'An interval without data counts as up',
    excluded: 'Intervals without data are left out of the figure'
};

function missingDataText(metric: Metric): string | undefined {
    if (metric.aggregation === 'mean-of-intervals') return 'Intervals without data are left out of the mean';
    if (metric.aggregation !== 'percent-of-intervals') return undefined;
    return metric.missing ? MISSING_DATA[metric.missing] : `${MISSING_DATA[DEFAULT_MISSING]} (the default when the agreement does not say otherwise)`;
}

const LEVEL_COLUMNS = ['Service level', 'Metric', 'Target', 'Window', 'Segment', 'Obliged party'];
const LEVEL_WIDTHS = [18, 17, 25, 13, 11, 16];

export const levelsClause: ClauseBuilder<LevelsSection> = (sections, context) => {
    const levels = sections.flatMap(section => section.levels);
    const floors = context.inheritance.floors;
    if (levels.length === 0 && floors.length === 0) return undefined;
    const anchored = new Set<Level>();
    const services = [...context.agreement.sections.filter(isServicesSection).flatMap(s => s.services), ...context.inheritance.services];
    const subclauses: ClauseDraft[] = groupByService(levels, services).map(group => ({
        title: group.service ? titleOf(group.service) : group.name ?? 'Every service',
        anchor: `levels-${group.service?.name ?? group.name ?? 'every-service'}`,
        line: lineOf(group.levels[0]),
        blocks: [
            ...(group.name === undefined && !group.service ? [{ kind: 'paragraph' as const, text: ['These levels apply to every service of this agreement.'] }] : []),
            levelTable(group.levels, anchored)
        ],
        subclauses: []
    }));
    subclauses.push(...qualityGates(levels));
    const badge = floors[0] && inheritedBadge(floors[0], context);
    if (badge) {
        subclauses.push({
            title: 'Floors of the higher-level agreement',
            anchor: anchors.clause('inherited-levels'),
            badge,
            blocks: [
                { kind: 'note', text: [FLOOR_WORDS.note] },
                levelTable(floors, anchored, true),
                ...floorComparison(levels)
            ],
            subclauses: []
        });
    }
    return { blocks: [], subclauses };
};

/** The rule the evaluation applies to leads below a quality level, written into the contract where it applies. */
function qualityGates(levels: readonly Level[]): ClauseDraft[] {
    const gates = levels.filter(isQualityGate);
    const others = (gate: Level) => levels.filter(level => !isQualityGate(level) && level.target?.metric?.ref?.aggregation?.includes('lead')
        && obligedParty(level) !== obligedParty(gate));
    const sentences = gates.filter(gate => others(gate).length).map(gate => {
        const party = obligedParty(gate)?.name ?? refName(gate.obliged);
        return `A lead below ${titleOf(gate)} (${formatTarget(gate.target)}) counts against ${party}, and is left out of the figures of ${formatList(others(gate).map(titleOf))}: a party is not held to leads that did not meet the quality another party owes.`;
    });
    if (sentences.length === 0) return [];
    return [{ title: 'Leads below the quality level', anchor: 'levels-lead-quality', line: lineOf(gates[0]), blocks: sentences.map(text => ({ kind: 'paragraph' as const, text: [text] })), subclauses: [] }];
}

/** The rendered wording of floors, in one place until it moves into the locale bundles. */
const FLOOR_WORDS = {
    note: 'These levels of the agreements this one refines apply to this agreement: a level without a service applies to every service, a level for a service to that service wherever this agreement uses it. The levels above may tighten them, never weaken them.',
    comparison: 'Each level of this agreement on the same metric, services and segment as a floor is compared with it:',
    columns: ['Level here', 'Its target', 'Floor', 'Set by', 'Floor target', 'Meets the floor'],
    meets: 'Yes',
    weaker: { threshold: 'No: its threshold is weaker', share: 'No: it covers a smaller share' }
} as const;

/** Each level that refines a floor, the floor (which agreement, which level, which value) and whether it meets it. */
function floorComparison(levels: readonly Level[]): Block[] {
    const rows = levels.flatMap(level => floorsOf(level).map(({ floor, agreement, weaker }) => ({
        line: lineOf(level),
        cells: [
            [titleOf(level)], [formatTarget(level.target)], [floor.name], [agreement.name], [formatTarget(floor.target)],
            weaker ? [strong(FLOOR_WORDS.weaker[weaker])] : [FLOOR_WORDS.meets]
        ] as Text[]
    })));
    if (rows.length === 0) return [];
    return [
        { kind: 'paragraph', text: [FLOOR_WORDS.comparison] },
        { kind: 'table', columns: [...FLOOR_WORDS.columns], widths: [17, 20, 15, 14, 20, 14], rows }
    ];
}

interface LevelGroup {
    readonly service?: Service;
    /** The written name of an unresolved service; undefined for levels without `for`. */
    readonly name?: string;
    readonly levels: Level[];
}

/** Levels per service in the order services are declared; levels without `for` first, as "Every service". */
function groupByService(levels: readonly Level[], services: readonly Service[]): LevelGroup[] {
    const groups = new Map<unknown, LevelGroup>();
    const add = (key: unknown, group: Omit<LevelGroup, 'levels'>, level: Level) => {
        const existing = groups.get(key) ?? { ...group, levels: [] };
        existing.levels.push(level);
        groups.set(key, existing);
    };
    for (const level of levels) {
        if (level.services.length === 0) add(undefined, {}, level);
        for (const reference of level.services) {
            add(reference.ref ?? reference.$refText, reference.ref ? { service: reference.ref } : { name: refName(reference) }, level);
        }
    }
    const order = (group: LevelGroup) => group.service && services.includes(group.service)
        ? services.indexOf(group.service) : group.service || group.name !== undefined ? services.length : -1;
    return [...groups.values()].sort((a, b) => order(a) - order(b));
}

/** `withServices`: name the services a level is for, in a table that mixes levels of several services (floors). */
function levelTable(levels: readonly Level[], anchored: Set<Level>, withServices = false): Table {
    return {
        kind: 'table',
        columns: LEVEL_COLUMNS,
        widths: LEVEL_WIDTHS,
        rows: levels.map(level => {
            const first = !anchored.has(level);
            anchored.add(level);
            return {
                line: lineOf(level),
                anchor: first ? anchors.level(level.name) : undefined,
                cells: levelCells(level, withServices)
            };
        })
    };
}

function levelCells(level: Level, withServices: boolean): Text[] {
    const metric = level.target?.metric?.ref;
    const services = withServices && level.services.length ? ` (for ${level.services.map(refName).join(', ')})` : '';
    const target: Text = level.condition
        ? [formatTarget(level.target), lineBreak, muted(`Condition: ${level.condition}`)]
        : [formatTarget(level.target)];
    return [
        [`${titleOf(level)}${services}`],
        [metricLink(level.target?.metric)],
        target,
        [metric?.window ? formatWindow(metric.window) : ''],
        [level.segment ? refName(level.segment) : 'All'],
        // Without `obliged`, the agreement's only provider is obliged.
        [obligedParty(level)?.name ?? refName(level.obliged)]
    ];
}
