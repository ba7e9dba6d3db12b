/**
 * Declarations for names an agreement refers to but does not declare. When a quick fix adds the `parties`,
 * `services`, `metrics` or `levels` section, or declares one missing name, what it writes is inferred from how the
 * agreement already uses the name (a party named in `obliged` is a provider, a metric compared with `15 minutes`
 * measures minutes, a level with credit tiers below 99.9 % targets 99.9 %), so the fix adds no new error.
 * Everything only a person can know is a `TODO:` inside a string; every number, date and time the stub chooses
 * is marked as suggested (`99.5?`) until the parties confirm it.
 */
import { AstUtils, type ReferenceInfo } from 'langium';
import {
    type Agreement, type Level, type Metric, isCredits, isExclusion, isLevel, isMetric, isReport, isResponsibility,
    isSegment, isService, isTarget, reflection
} from '../generated/ast.js';
import { markedAsSuggested } from '../parser/text-values.js';
import { ancestors, declarations } from '../sla-model.js';
import { commonScale, formatQuantity, unitInfo } from '../units.js';
import { closeNames } from '../validation/close-names.js';
import { direction } from '../validation/targets.js';

/** The kinds of declaration a quick fix can write a stub for: every kind a name can refer to, but agreements. */
export type StubKind = 'Party' | 'Calendar' | 'Service' | 'Package' | 'Segment' | 'Metric' | 'Level';
const STUB_KINDS: readonly string[] = ['Party', 'Calendar', 'Service', 'Package', 'Segment', 'Metric', 'Level'] satisfies StubKind[];

/** A name used in the agreement that resolves to nothing, with every place that uses it. */
export interface UndeclaredName {
    readonly name: string;
    readonly kind: StubKind;
    readonly uses: readonly ReferenceInfo[];
}

/** Undeclared names of the kinds a stub can be written for, in order of first use. */
export function undeclaredNames(agreement: Agreement, kind?: StubKind): UndeclaredName[] {
    const found = new Map<string, { name: string, kind: StubKind, uses: ReferenceInfo[] }>();
    for (const node of AstUtils.streamAst(agreement)) {
        for (const info of AstUtils.streamReferences(node)) {
            const type = reflection.getReferenceType(info);
            const reference = info.reference;
            const name = reference.$refText;
            if (!STUB_KINDS.includes(type) || (kind && type !== kind) || !name || !('ref' in reference) || reference.ref) continue;
            const key = `${type}:${name}`;
            const entry = found.get(key) ?? { name, kind: type as StubKind, uses: [] };
            entry.uses.push(info);
            found.set(key, entry);
        }
    }
    return [...found.values()];
}

/**
 * The names that are most likely misspellings of another: a few keystrokes from a declared name of their kind, or
 * from an undeclared one used more often (or as often, and first). Declaring `Acmee` next to `Acme` would make a
 * typo a second provider; left undeclared, it keeps its "Did you mean 'Acme'?" fix.
 */
export function withoutLikelyTypos(names: readonly UndeclaredName[], declared: readonly string[]): UndeclaredName[] {
    return names.filter((name, index) => {
        const close = new Set(closeNames(name.name, [...declared, ...names.map(other => other.name)]));
        return !declared.some(d => close.has(d)) && !names.some((other, otherIndex) => close.has(other.name)
            && (other.uses.length > name.uses.length || (other.uses.length === name.uses.length && otherIndex < index)));
    });
}

/** `base`, or `base2`, `base3`... when the agreement (or one it refines) already uses the name. */
export function freshName(agreement: Agreement, base: string): string {
    const taken = new Set([...[agreement, ...ancestors(agreement)].flatMap(declarations).map(d => d.name), ...undeclaredNames(agreement).map(n => n.name)]);
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
    return name;
}

/** What a level stub needs to know about a metric it may compare. */
export interface MetricFacts {
    readonly name: string;
    readonly unit?: string;
    readonly business?: boolean;
    readonly aggregation?: string;
}

export function metricFacts(metric: Metric): MetricFacts {
    return { name: metric.name, unit: metric.unit?.name, business: metric.unit?.business, aggregation: metric.aggregation };
}

/** Metrics declared in the agreement or inherited from the agreements it refines (half-typed ones without a name left out). */
export function visibleMetrics(agreement: Agreement): MetricFacts[] {
    return [agreement, ...ancestors(agreement)].flatMap(a => declarations(a).filter(isMetric)).filter(m => m.name !== undefined).map(metricFacts);
}

export type PartyRoleWord = 'provider' | 'customer' | 'monitor' | 'party';

/**
 * The role a party's uses suggest: obliged to meet a level or providing a service makes a provider; a duty that
 * excuses levels, or receiving reports, makes a customer; only sending reports makes a measuring third party.
 * Anything else is left as a plain `party`.
 */
export function suggestedRole(name: UndeclaredName): PartyRoleWord {
    const uses = name.uses;
    if (uses.some(u => (isLevel(u.container) && u.property === 'obliged') || (isService(u.container) && u.property === 'providers'))) {
        return 'provider';
    }
    if (uses.some(u => (isResponsibility(u.container) && u.container.effect) || (isReport(u.container) && u.property === 'recipients'))) {
        return 'customer';
    }
    return uses.some(u => isReport(u.container) && u.property === 'from') ? 'monitor' : 'party';
}

export function partyStub(name: string, role: PartyRoleWord): string {
    return `${role} ${name} "TODO: legal name of ${name}"`;
}

/** A service; `hours` names the calendar its business time is counted in, when the agreement has one. */
export function serviceStub(name: string, hours?: string): string {
    return `service ${name} "TODO: service name" {
    description "TODO: what the service delivers"${hours ? `\n    hours ${hours}` : ''}
}`;
}

/**
 * A calendar: a maintenance window (used by `maintenance` or an exclusion's `during`) on Sunday mornings, service
 * hours on weekdays otherwise. The hours are the usual ones, marked as suggested; the title says to check them.
 */
export function calendarStub(name: UndeclaredName): string {
    const window = name.uses.some(u => (isService(u.container) && u.property === 'maintenance') || isExclusion(u.container));
    const [from, to] = window ? ['02:00', '06:00'] : ['08:00', '18:00'];
    return `calendar ${name.name} "TODO: ${window ? 'maintenance window' : 'service hours'}; check the days and hours" {
    days ${window ? 'sunday' : 'monday to friday'}
    hours ${markedAsSuggested(from)} to ${markedAsSuggested(to)}
}`;
}

/**
 * A segment, in the dimension the agreement's segments already use, else the one its name suggests (`P1` is a
 * priority, `Sev1` a severity), else plain `segment`.
 */
export function segmentStub(agreement: Agreement, name: string): string {
    const used = [agreement, ...ancestors(agreement)].flatMap(declarations).find(isSegment)?.dimension;
    const dimension = used ?? (/^P\d+$/.test(name) ? 'priority' : /^sev/i.test(name) ? 'severity' : 'segment');
    return `${dimension} ${name} "TODO: what belongs in ${name}"`;
}

/** A package that includes the agreement's services; its price is left for the user to write. */
export function packageStub(name: string, services: readonly string[]): string {
    return `package ${name} "TODO: package name" {${services.length ? `\n    includes ${services.join(', ')}` : ''}
}`;
}

/**
 * The unit, kind and aggregation a metric needs to fit the thresholds the agreement compares it with. No metric
 * kind measures money, so a money metric has none.
 */
export function inferredMetric(name: UndeclaredName): MetricFacts & { kind?: string } {
    const target = name.uses.map(u => u.container).find(isTarget);
    const threshold = target?.threshold;
    const dimension = unitInfo(threshold?.unit)?.dimension ?? 'percent';
    const perItem = target?.population ? (/^lead/.test(target.population) ? 'per-lead' : 'per-ticket') : undefined;
    // `over 14 days` follows each item: attempts over 14 days are averaged per lead, durations measured per ticket.
    if (target?.over && !perItem) {
        return dimension === 'duration'
            ? { name: name.name, unit: threshold!.unit, business: threshold!.business, kind: 'duration', aggregation: 'per-ticket' }
            : { name: name.name, unit: threshold?.unit ?? '%', kind: 'average', aggregation: 'average-per-lead' };
    }
    switch (dimension) {
        case 'percent': return { name: name.name, unit: '%', kind: 'ratio', aggregation: 'percent-of-intervals' };
        case 'duration': return { name: name.name, unit: threshold!.unit, business: threshold!.business, kind: 'duration', aggregation: perItem ?? 'maximum' };
        case 'count': return { name: name.name, unit: threshold!.unit, kind: /^points?$/.test(threshold!.unit) ? 'score' : 'count', aggregation: perItem ?? 'sum' };
        case 'money': return { name: name.name, unit: threshold!.unit, aggregation: 'sum' };
    }
}

export function metricStub(name: UndeclaredName): string {
    const metric = inferredMetric(name);
    const unit = `${metric.business ? 'business ' : ''}${metric.unit}`;
    const interval = metric.kind === 'ratio' ? '\n    interval 1? minutes' : '';
    const kind = metric.kind ? `\n    kind ${metric.kind}` : '';
    return `metric ${metric.name} "TODO: metric title" {${kind}
    unit ${unit}
    aggregation ${metric.aggregation}${interval}
    window calendar month
    source "TODO: where the measurements come from"
}`;
}

/**
 * The target a level stub suggests for a percentage metric when nothing in the agreement says more. Every value a
 * stub writes is the stub's choice, even one read from credit tiers or an inherited floor: it is marked as suggested
 * (`99.5?`) until the parties confirm it.
 */
const SUGGESTED_PERCENT = 99.5;

/** What a level stub is written from. */
export interface LevelStubContext {
    /** The metrics the level may compare: at least one. */
    readonly metrics: readonly [MetricFacts, ...MetricFacts[]];
    /** The parties that may be obliged, preferred first (the provider, then the customer). */
    readonly parties: readonly string[];
    /** The levels of the agreements this one refines: a stub is never weaker than their floor for its metric. */
    readonly floors: readonly Level[];
    /** The services a level may be `for`. */
    readonly services: readonly string[];
}

/**
 * A level for a name the agreement refers to. It compares the metric whose name shares a word with the level's
 * (`P1Resolution` and `ResolutionTime`), else a percentage metric, else the first, with a threshold in that
 * metric's unit, at least as strict as an inherited floor. Credit tiers written for the level fix its target:
 * their highest bound is where it is met. It is for the services named in its name (`ComputeUptime` is for
 * `Compute`), else for every service, and obliges the first party whose own duty does not excuse it.
 */
export function levelStub(name: UndeclaredName, context: LevelStubContext): string {
    const creditsTop = highestCreditBound(name);
    const levelWords = new Set(words(name.name));
    const { metrics } = context;
    const metric = metrics.find(m => words(m.name).some(word => levelWords.has(word))) ?? metrics.find(m => m.unit === '%') ?? metrics[0];
    const floor = strictestFloor(metric.name, context.floors)?.target;
    let target: string;
    if (metric.unit === '%') {
        const floorValue = floor?.comparator?.startsWith('>') && floor.threshold.unit === '%' ? floor.threshold.value : 0;
        target = `${metric.name} >= ${markedAsSuggested(Math.max(creditsTop ?? SUGGESTED_PERCENT, floorValue))} %`;
    } else {
        const duration = unitInfo(metric.unit)?.dimension === 'duration';
        const threshold = floor ? `${floor.comparator} ${markedAsSuggested(formatQuantity(floor.threshold))}` : `${duration ? '<=' : '>='} ${defaultThreshold(metric)}`;
        const shares = [creditsTop, floor?.share?.value].filter(v => v !== undefined);
        const population = floor?.population ?? (metric.aggregation?.includes('lead') ? 'leads' : 'tickets');
        target = `${metric.name} ${threshold}${shares.length ? ` in ${markedAsSuggested(Math.max(...shares))} % of ${population}` : ''}`;
    }
    const excusing = new Set(name.uses.map(u => u.container).filter(isResponsibility).map(duty => duty.party?.$refText));
    const obliged = context.parties.find(party => !excusing.has(party)) ?? context.parties[0];
    const services = context.services.filter(service => words(service).some(word => levelWords.has(word)));
    return `level ${name.name} "TODO: level title"${services.length ? ` for ${services.join(', ')}` : ''} {
    ${target}
    obliged ${obliged}
}`;
}

/** Of the inherited levels on a metric, the one with the strictest threshold. */
function strictestFloor(metric: string, floors: readonly Level[]): Level | undefined {
    const same = floors.filter(level => level.target?.metric?.$refText === metric && level.target.threshold && direction(level.target.comparator));
    const values = same.length ? commonScale(same.map(level => level.target.threshold)) : undefined;
    if (!values) return undefined;
    const up = direction(same[0].target.comparator) === 'up';
    const best = values.reduce((bestIndex, value, i) => (up ? value > values[bestIndex] : value < values[bestIndex]) ? i : bestIndex, 0);
    return same[best];
}

/** The words of a CamelCase name, lower case: `P1Resolution` -> `p1`, `resolution`. */
function words(name: string): string[] {
    return name.split(/(?<=[a-z0-9])(?=[A-Z])/).map(word => word.toLowerCase());
}

function highestCreditBound(name: UndeclaredName): number | undefined {
    const bounds = name.uses.map(u => u.container).filter(isCredits)
        .flatMap(credits => credits.tiers.flatMap(tier => [tier.first, tier.second]))
        .filter(bound => bound?.value?.unit === '%').map(bound => bound!.value.value);
    return bounds.length ? Math.max(...bounds) : undefined;
}

/** A plausible threshold in a metric's own unit, e.g. `4? business hours`, marked as suggested; the user adjusts it. */
export function defaultThreshold(metric: MetricFacts): string {
    const info = unitInfo(metric.unit);
    const business = metric.business ? 'business ' : '';
    const value = info?.dimension === 'money' ? 100
        : info?.dimension === 'duration' && info.minutes !== undefined ? (info.minutes < 1 ? 500 : info.minutes < 60 ? 30 : info.minutes < 1440 ? 4 : 1)
            : 1;
    return `${markedAsSuggested(value)} ${business}${metric.unit ?? '%'}`;
}
