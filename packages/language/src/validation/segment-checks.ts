/**
 * Segments: when a metric's targets for a service are split by segment (priority P1-P4, lead type), every
 * declared segment of that dimension needs a target, unless a level without a segment covers the rest.
 */
import { MultiMap, type ValidationAcceptor } from 'langium';
import { isSegment, type Agreement, type Level, type Metric, type Service } from '../generated/ast.js';
import { allLevels, ancestors, declarations, levelsOf } from '../sla-model.js';
import { quotedList } from './close-names.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';

/**
 * Levels inherited from a refined agreement count: a corporate P3 floor without `for` is the P3 target of every
 * service. Each gap is reported once, on the first level of this agreement that splits the metric.
 */
export function checkSegmentCoverage(agreement: Agreement, accept: ValidationAcceptor): void {
    const segments = [agreement, ...ancestors(agreement)].flatMap(a => declarations(a).filter(isSegment));
    // Grouped once by metric, into the levels for every service and those naming each service: comparing every
    // level with every other one was quadratic in large agreements.
    const general = new MultiMap<Metric, Level>();
    const named = new Map<Metric, MultiMap<Service, Level>>();
    for (const level of allLevels(agreement)) {
        const metric = level.target?.metric?.ref;
        if (!metric) continue;
        if (!level.services.length) {
            general.add(metric, level);
            continue;
        }
        let byService = named.get(metric);
        if (!byService) named.set(metric, byService = new MultiMap());
        for (const service of new Set(level.services.map(ref => ref.ref))) if (service) byService.add(service, level);
    }
    const reported = new Set<string>();
    // Many levels share a metric, a dimension and a service: what is missing for them is found once.
    const covered = new Set<string>();
    const ids = new Map<object, number>();
    const idOf = (node: object | undefined) => node ? ids.get(node) ?? ids.set(node, ids.size).size - 1 : -1;
    for (const level of levelsOf(agreement)) {
        const segment = level.segment?.ref;
        const metric = level.target?.metric?.ref;
        if (!segment || !metric) continue;
        // A level without `for` is checked against the levels that also apply to every service.
        const scopes: Array<Service | undefined> = level.services.length
            ? level.services.map(s => s.ref).filter(s => s !== undefined) : [undefined];
        for (const service of scopes) {
            const key = `${metric.name}/${segment.dimension}/${service?.name ?? '*'}`;
            const identity = `${idOf(metric)}/${segment.dimension}/${idOf(service)}`;
            if (reported.has(key) || covered.has(identity)) continue;
            const applicable = service ? [...general.get(metric), ...named.get(metric)?.get(service) ?? []] : general.get(metric);
            const targeted = new Set(applicable.map(l => l.segment?.ref));
            const missing = applicable.some(l => !l.segment) ? []
                : segments.filter(s => s.dimension === segment.dimension && !targeted.has(s)).map(s => s.name);
            if (!missing.length) {
                covered.add(identity);
                continue;
            }
            reported.add(key);
            report(accept, 'warning', IssueCodes.SegmentWithoutTarget,
                `Targets on '${metric.name}'${service ? ` for '${service.name}'` : ''} are split by ${segment.dimension}, but ${quotedList(missing, 'and')} ${missing.length === 1 ? 'has' : 'have'} none, and no level without a segment covers ${missing.length === 1 ? 'it' : 'them'}. `
                + `Add a level for ${quotedList(missing, 'and')}, or one without 'segment' as the default.`,
                { node: level, property: 'segment' }, { missing });
        }
    }
}
