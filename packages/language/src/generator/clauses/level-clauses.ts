/** What is promised and how it is measured: segments, metrics and the service levels per service. */
import {
    type Aggregation, type Level, type LevelsSection, type Metric, type MetricKind, type MetricsSection, type SegmentsSection,
    type Service, isServicesSection
} from '../../generated/ast.js';
import {
    type ClauseBuilder, type ClauseContext, type ClauseDraft, anchors, capitalize, inheritedBadge, inheritedRemark,
    lineOf, metricLink, refName, titleOf
} from '../clause-context.js';
import { obligedParty } from '../../sla-model.js';
import { floorsOf } from '../../floors.js';
import { DEFAULT_MISSING, isQualityGate } from '../../measurement-rules.js';
import { type Block, type Fact, type Table, type Text, lineBreak, muted, strong } from '../document-model.js';

export const segmentsClause: ClauseBuilder<SegmentsSection> = (sections, context) => {
    const segments = [...sections.flatMap(section => section.segments), ...context.inheritance.segments];
    if (segments.length === 0) return undefined;
    return {
        blocks: [
            { kind: 'paragraph', text: [context.words.levels.segmentsIntro] },
            {
                kind: 'table',
                columns: context.words.levels.segmentColumns, widths: [16, 16, 68],
                rows: segments.map(segment => ({
                    line: lineOf(segment),
                    cells: [[capitalize(segment.dimension ?? '')], [segment.name ?? '?', ...inheritedRemark(segment, context)], [segment.description ?? '']]
                }))
            }
        ]
    };
};

export const metricsClause: ClauseBuilder<MetricsSection> = (sections, context) => {
    const metrics = [...sections.flatMap(section => section.metrics), ...context.inheritance.metrics];
    if (metrics.length === 0) return undefined;
    return {
        blocks: [{ kind: 'paragraph', text: [context.words.levels.metricsIntro] }],
        subclauses: metrics.map(metric => ({
            title: titleOf(metric),
            anchor: anchors.metric(metric.name),
            badge: inheritedBadge(metric, context),
            line: lineOf(metric),
            blocks: [
                ...(metric.description ? [{ kind: 'paragraph' as const, text: [metric.description] }] : []),
                { kind: 'facts', rows: metricFacts(metric, context) }
            ],
            subclauses: []
        }))
    };
};

function metricFacts(metric: Metric, { format, words: { levels: words } }: ClauseContext): Fact[] {
    const labels = words.metricFacts;
    const unit = metric.unit && (metric.unit.name === '%' ? words.percentUnit : unitName(metric.unit, format));
    const facts: Array<[string, string | undefined]> = [
        [labels.measures, words.metricKinds[metric.kind as MetricKind]],
        [labels.unit, unit],
        [labels.aggregation, metric.aggregation && (words.aggregations[metric.aggregation as Aggregation] ?? metric.aggregation)],
        [labels.interval, metric.interval && format.quantity(metric.interval)],
        [labels.window, metric.window && capitalize(format.window(metric.window))],
        [labels.measuredPer, metric.scope.length ? metric.scope.join(', ') : undefined],
        [labels.source, metric.source],
        [labels.missingData, missingDataText(metric, words)],
        [labels.minimumCoverage, metric.coverage && words.minimumCoverage(format.quantity(metric.coverage))]
    ];
    return facts.filter((fact): fact is [string, string] => !!fact[1]).map(([label, value]) => ({ label, value: [value] }));
}

/** A metric's unit in words: "minutes", "business hours", "tickets". */
function unitName(unit: NonNullable<Metric['unit']>, format: ClauseContext['format']): string {
    const name = unit.name ? format.unitWord(unit.name, false) : '';
    return unit.business && name ? format.locale.messages.format.businessTime(name) : name;
}

/** What an interval without data counts as, for the metrics measured in intervals; stated even when left to the default. */
function missingDataText(metric: Metric, words: ClauseContext['words']['levels']): string | undefined {
    if (metric.aggregation === 'mean-of-intervals') return words.missingInMean;
    if (metric.aggregation !== 'percent-of-intervals') return undefined;
    return metric.missing ? words.missingData[metric.missing] : words.missingByDefault(words.missingData[DEFAULT_MISSING]);
}

const LEVEL_WIDTHS = [18, 17, 25, 13, 11, 16];

export const levelsClause: ClauseBuilder<LevelsSection> = (sections, context) => {
    const levels = sections.flatMap(section => section.levels);
    const floors = context.inheritance.floors;
    if (levels.length === 0 && floors.length === 0) return undefined;
    const anchored = new Set<Level>();
    const services = [...context.agreement.sections.filter(isServicesSection).flatMap(s => s.services), ...context.inheritance.services];
    const subclauses: ClauseDraft[] = groupByService(levels, services).map(group => ({
        title: group.service ? titleOf(group.service) : group.name ?? context.words.levels.everyService,
        anchor: `levels-${group.service?.name ?? group.name ?? 'every-service'}`,
        line: lineOf(group.levels[0]),
        blocks: [
            ...(group.name === undefined && !group.service ? [{ kind: 'paragraph' as const, text: [context.words.levels.everyServiceIntro] }] : []),
            levelTable(group.levels, anchored, context)
        ],
        subclauses: []
    }));
    subclauses.push(...qualityGates(levels, context));
    const badge = floors[0] && inheritedBadge(floors[0], context);
    if (badge) {
        subclauses.push({
            title: context.words.levels.floorsTitle,
            anchor: anchors.clause('inherited-levels'),
            badge,
            blocks: [
                { kind: 'note', text: [context.words.levels.floorsNote] },
                levelTable(floors, anchored, context, true),
                ...floorComparison(levels, context)
            ],
            subclauses: []
        });
    }
    return { blocks: [], subclauses };
};

/** The rule the evaluation applies to leads below a quality level, written into the contract where it applies. */
function qualityGates(levels: readonly Level[], { format, words: { levels: words } }: ClauseContext): ClauseDraft[] {
    const gates = levels.filter(isQualityGate);
    const others = (gate: Level) => levels.filter(level => !isQualityGate(level) && level.target?.metric?.ref?.aggregation?.includes('lead')
        && obligedParty(level) !== obligedParty(gate));
    const sentences = gates.filter(gate => others(gate).length).map(gate =>
        words.leadQuality(titleOf(gate), format.target(gate.target), obligedParty(gate)?.name ?? refName(gate.obliged), format.list(others(gate).map(titleOf))));
    if (sentences.length === 0) return [];
    return [{ title: words.leadQualityTitle, anchor: 'levels-lead-quality', line: lineOf(gates[0]), blocks: sentences.map(text => ({ kind: 'paragraph' as const, text: [text] })), subclauses: [] }];
}

/** Each level that refines a floor, the floor (which agreement, which level, which value) and whether it meets it. */
function floorComparison(levels: readonly Level[], { format, words: { levels: words } }: ClauseContext): Block[] {
    const rows = levels.flatMap(level => floorsOf(level).map(({ floor, agreement, weaker }) => ({
        line: lineOf(level),
        cells: [
            [titleOf(level)], [format.target(level.target)], [floor.name], [agreement.name], [format.target(floor.target)],
            weaker ? [strong(words.floorWeaker[weaker])] : [words.floorMeets]
        ] as Text[]
    })));
    if (rows.length === 0) return [];
    return [
        { kind: 'paragraph', text: [words.floorComparison] },
        { kind: 'table', columns: [...words.floorColumns], widths: [17, 20, 15, 14, 20, 14], rows }
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
function levelTable(levels: readonly Level[], anchored: Set<Level>, context: ClauseContext, withServices = false): Table {
    return {
        kind: 'table',
        columns: context.words.levels.columns,
        widths: LEVEL_WIDTHS,
        rows: levels.map(level => {
            const first = !anchored.has(level);
            anchored.add(level);
            return {
                line: lineOf(level),
                anchor: first ? anchors.level(level.name) : undefined,
                cells: levelCells(level, context, withServices)
            };
        })
    };
}

function levelCells(level: Level, { format, words: { levels: words } }: ClauseContext, withServices: boolean): Text[] {
    const metric = level.target?.metric?.ref;
    const services = withServices && level.services.length ? words.forServices(format.list(level.services.map(refName))) : '';
    const target: Text = level.condition
        ? [format.target(level.target), lineBreak, muted(words.condition(level.condition))]
        : [format.target(level.target)];
    return [
        [`${titleOf(level)}${services}`],
        [metricLink(level.target?.metric)],
        target,
        [metric?.window ? format.window(metric.window) : ''],
        [level.segment ? refName(level.segment) : words.allSegments],
        // Without `obliged`, the agreement's only provider is obliged.
        [obligedParty(level)?.name ?? refName(level.obliged)]
    ];
}
