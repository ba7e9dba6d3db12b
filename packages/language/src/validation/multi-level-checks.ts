/**
 * Multi-level agreements and dependencies. These checks are `slow`: they run when a file is opened or saved and in
 * the CLI, not while typing. They combine targets from several levels, often from other files (the agreements this
 * one refines), and a half-typed number in one of them would flash verdicts on lines the user is not editing.
 */
import type { ValidationAcceptor } from 'langium';
import type { Level, Quantity, Service } from '../generated/ast.js';
import { floorsOf } from '../floors.js';
import { agreementOf, allLevels, allServices, appliesTo } from '../sla-model.js';
import { formatQuantity, quantityDimension } from '../units.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';
import { direction, targetText } from './targets.js';

/**
 * A lower-level agreement may tighten a higher level's floor, never weaken it. A floor applies where its services
 * (all of them without `for`) and segment (all without `segment`) meet the level's (floors.ts).
 */
export function checkFloors(level: Level, accept: ValidationAcceptor): void {
    const broken = floorsOf(level).find(floor => floor.weaker);
    if (!broken) return;
    const { floor, agreement: ancestor, weaker } = broken;
    const target = level.target;
    const floorShare = floor.target.share;
    const fix = weaker === 'threshold' ? `${floor.target.comparator} ${formatQuantity(floor.target.threshold)}`
        : floorShare ? `the threshold in at least ${formatQuantity(floorShare)} of ${floor.target.population ?? 'cases'}`
            : 'the threshold in every case';
    report(accept, 'error', IssueCodes.WeakerThanFloor,
        `'${level.name}' promises ${targetText(level)}, weaker than the floor '${floor.name}' of '${ancestor.name}' (${targetText(floor)}), which this agreement refines. `
        + `A lower-level agreement may tighten a floor, never weaken it: promise ${fix}.`,
        { node: weaker === 'threshold' ? target.threshold : target.share! },
        { floor: floor.name, agreement: ancestor.name });
}

/**
 * Serial availability multiplies: a service that needs all of its dependencies is available at most as often as
 * the product of their availability targets on the same metric. A dependency without such a target is left out
 * (it can only lower the product further).
 */
export function checkDependencies(level: Level, accept: ValidationAcceptor): void {
    const agreement = agreementOf(level);
    const target = level.target;
    const threshold = target?.threshold;
    if (!agreement || !threshold || target.share || !isAvailabilityTarget(level)) return;
    const levels = allLevels(agreement);
    const services = level.services.length ? level.services.map(s => s.ref).filter(s => s !== undefined) : allServices(agreement);
    for (const service of services) {
        const parts = service.dependencies.map(d => d.ref).filter((d): d is Service => d !== undefined)
            .map(dependency => ({ dependency, best: bestAvailability(levels, level, dependency) }))
            .filter((p): p is { dependency: Service, best: Quantity } => p.best !== undefined);
        if (!parts.length) continue;
        const product = parts.reduce((p, part) => p * part.best.value / 100, 1) * 100;
        if (product >= threshold.value) continue;
        const reachable = Math.floor(product * 1000) / 1000;
        report(accept, 'warning', IssueCodes.DependenciesCannotReach,
            `'${service.name}' cannot reach ${targetText(level)} through its dependencies: ${parts.map(p => `'${p.dependency.name}' (${formatQuantity(p.best)})`).join(' × ')} ${parts.length === 1 ? 'gives' : 'give'} at most ${reachable} %. `
            + `Raise the dependencies' targets or promise at most ${reachable} % here.`,
            { node: threshold }, { service: service.name, reachable });
        return;
    }
}

/** The strictest `>=` percentage target on the level's metric that applies to a service. */
function bestAvailability(levels: readonly Level[], like: Level, service: Service): Quantity | undefined {
    return levels
        .filter(l => l.target?.metric?.ref === like.target.metric?.ref && isAvailabilityTarget(l) && appliesTo(l, service))
        .map(l => l.target.threshold)
        .reduce<Quantity | undefined>((best, q) => !best || q.value > best.value ? q : best, undefined);
}

/** `Uptime >= 99.9 %`: a percentage the service must at least reach, for every case (no `in ... of`). */
function isAvailabilityTarget(level: Level): boolean {
    const target = level.target;
    return direction(target?.comparator) === 'up' && !target.share && quantityDimension(target.threshold) === 'percent';
}
