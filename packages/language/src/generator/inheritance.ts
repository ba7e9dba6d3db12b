/**
 * What a multi-level agreement takes from the agreements it refines: the declarations it uses by name (parties,
 * services, metrics, segments, calendars) and the higher levels' floors: the service levels that apply to every
 * service, or to a service this agreement uses (floors.ts).
 */
import { AstUtils, isReference, type AstNode } from 'langium';
import {
    type Agreement, type Calendar, type Level, type Metric, type Party, type Segment, type Service, isCalendar,
    isMetric, isParty, isSegment, isService
} from '../generated/ast.js';
import { floorsInScope } from '../floors.js';
import { agreementOf, ancestors, declarations } from '../sla-model.js';

export interface Inheritance {
    /** The agreements this one refines, nearest first. */
    readonly parents: readonly Agreement[];
    readonly parties: readonly Party[];
    readonly services: readonly Service[];
    readonly metrics: readonly Metric[];
    readonly segments: readonly Segment[];
    readonly calendars: readonly Calendar[];
    /** Levels of the higher agreements that apply here: to every service, or to a service this agreement uses. */
    readonly floors: readonly Level[];
}

export function inheritance(agreement: Agreement): Inheritance {
    const parents = ancestors(agreement);
    const floors = floorsInScope(agreement);
    const used = inheritedReferences([agreement, ...floors], agreement);
    const inherited = parents.flatMap(parent => declarations(parent)).filter(node => used.has(node));
    return {
        parents,
        parties: inherited.filter(isParty),
        services: inherited.filter(isService),
        metrics: inherited.filter(isMetric),
        segments: inherited.filter(isSegment),
        calendars: inherited.filter(isCalendar),
        floors
    };
}

/** Every node outside the agreement that a reference in one of the roots (the agreement, its floors) resolves to. */
function inheritedReferences(roots: readonly AstNode[], agreement: Agreement): Set<AstNode> {
    const targets = new Set<AstNode>();
    for (const node of roots.flatMap(root => AstUtils.streamAst(root).toArray())) {
        for (const { reference } of AstUtils.streamReferences(node)) {
            const target = isReference(reference) ? reference.ref : undefined;
            if (target && agreementOf(target) !== agreement) targets.add(target);
        }
    }
    return targets;
}
