/**
 * Sales and marketing agreements. Follow-up depth is the average number of contact attempts on leads not yet
 * connected, over a period. Leads are "handed over" when a metric counts leads, is aggregated per lead, or targets
 * are split by a `lead` segment; then some level must set the minimum quality a lead needs first: a `>=` target on
 * a per-lead score. Without it, volume targets reward passing on poor leads.
 */
import type { AstNode, ValidationAcceptor } from 'langium';
import { isMetric, isSegment, type Agreement, type Metric } from '../generated/ast.js';
import { allLevels, ancestors, declarations } from '../sla-model.js';
import { unitInfo } from '../units.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';
import { direction } from './targets.js';

const FOLLOW_UP = /follow[\s_-]?up/i;

export function checkFollowUpMetric(metric: Metric, accept: ValidationAcceptor): void {
    const attempts = unitInfo(metric.unit?.name)?.canonical === 'attempts';
    if (!metric.name || !(attempts || FOLLOW_UP.test(metric.name) || FOLLOW_UP.test(metric.title ?? ''))) return;
    const problem = (message: string, where: { property: 'unit' | 'kind' | 'name' }) =>
        report(accept, 'warning', IssueCodes.FollowUpNotCount,
            `'${metric.name}' measures follow-up depth: the average number of contact attempts per unconnected lead over a period. ${message}`,
            { node: metric, ...where });
    if (!attempts) {
        problem("Measure it in attempts: 'unit attempts'.", { property: metric.unit ? 'unit' : 'name' });
    } else if (metric.kind && metric.kind !== 'average' && metric.kind !== 'count') {
        problem("It is a count of attempts: 'kind average' (or 'kind count').", { property: 'kind' });
    } else if (!metric.window) {
        problem("Say over which period attempts are counted, e.g. 'window calendar month'.", { property: 'name' });
    }
}

export function checkLeadQuality(agreement: Agreement, accept: ValidationAcceptor): void {
    const own = declarations(agreement);
    const handover = own.filter(isMetric).find(isLeadMetric);
    const isLeadSegment = (d: AstNode) => isSegment(d) && d.dimension === 'lead';
    const leadSegments = [agreement, ...ancestors(agreement)].some(a => declarations(a).some(isLeadSegment));
    if (!handover && !leadSegments) return;
    const gated = allLevels(agreement).some(level => {
        const metric = level.target?.metric?.ref;
        return metric?.kind === 'score' && metric.aggregation === 'per-lead' && direction(level.target.comparator) === 'up';
    });
    if (gated) return;
    const node = handover ?? own.find(isLeadSegment)!;
    report(accept, 'warning', IssueCodes.LeadQualityMissing,
        'Leads are handed over here, but no level sets the minimum quality a lead must reach first, so volume and speed targets reward passing on poor leads. '
        + "Add a per-lead score metric ('kind score', 'aggregation per-lead') and a level such as 'LeadScore >= 60 points'.",
        { node, property: 'name' });
}

function isLeadMetric(metric: Metric): boolean {
    return unitInfo(metric.unit?.name)?.canonical === 'leads'
        || metric.aggregation === 'per-lead' || metric.aggregation === 'average-per-lead';
}
