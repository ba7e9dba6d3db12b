/**
 * Names and the agreements they come from: a name declared twice, a name that hides one inherited from a
 * refined agreement, and a `refines` chain that runs in a circle.
 */
import type { ValidationAcceptor } from 'langium';
import { isClausesSection, type Agreement, type RefinesField } from '../generated/ast.js';
import { ancestors, declarationKind, declarations } from '../sla-model.js';
import { IssueCodes } from './issue-codes.js';
import { lineOf, report } from './report.js';

/**
 * Names share one namespace per agreement whatever their kind: the linker would tell a service `Acme` from a
 * party `Acme`, but a reader of the signed contract cannot.
 */
export function checkDuplicateNames(agreement: Agreement, accept: ValidationAcceptor): void {
    const first = new Map<string, { type: string, line: number }>();
    for (const declaration of declarations(agreement)) {
        if (!declaration.name) continue;
        const earlier = first.get(declaration.name);
        if (earlier) {
            const kind = earlier.type === declaration.$type ? '' : `, as a ${declarationKind(earlier.type).noun}`;
            report(accept, 'error', IssueCodes.DuplicateName,
                `'${declaration.name}' is already declared on line ${earlier.line}${kind}. Rename one of them: each name must point at one thing.`,
                { node: declaration, property: 'name' }, { name: declaration.name });
        } else {
            first.set(declaration.name, { type: declaration.$type, line: lineOf(declaration) });
        }
    }
}

/**
 * A name is one word of letters, digits and `_`. The grammar reads a hyphenated name (`On-Site`) as one name so that
 * its uses still resolve and the mistake is reported once, here, with a fix that renames it everywhere. A legal
 * clause's name is held to the same rule, though nothing refers to it.
 */
export function checkNameFormat(agreement: Agreement, accept: ValidationAcceptor): void {
    const clauses = agreement.sections.filter(isClausesSection).flatMap(section => section.clauses);
    for (const node of [agreement, ...declarations(agreement), ...clauses]) {
        if (!node.name?.includes('-')) continue;
        const name = validName(node.name);
        report(accept, 'error', IssueCodes.NameFormat,
            `A name is one word without hyphens: write '${name}' instead of '${node.name}' (the quick fix renames every use).`,
            { node, property: 'name' }, { name: node.name, suggestion: name });
    }
}

/** `On-Site` as `OnSite`, `P-4` as `P4`, `on-site` as `onSite`. */
export function validName(name: string): string {
    return name.split('-').filter(Boolean).map((part, i) => i === 0 ? part : part[0].toUpperCase() + part.slice(1)).join('');
}

export function checkHiddenInheritedNames(agreement: Agreement, accept: ValidationAcceptor): void {
    const inherited = new Map<string, { type: string, from: string }>();
    for (const ancestor of ancestors(agreement).reverse()) {
        for (const d of declarations(ancestor)) inherited.set(d.name, { type: d.$type, from: ancestor.name });
    }
    if (inherited.size === 0) return;
    for (const declaration of declarations(agreement)) {
        const hidden = inherited.get(declaration.name);
        if (!hidden) continue;
        report(accept, 'warning', IssueCodes.HidesInheritedName,
            `'${declaration.name}' is also a ${declarationKind(hidden.type).noun} of '${hidden.from}', which this agreement refines; `
            + 'here it hides that one, so this agreement can no longer refer to it. Rename it, or delete it to use the inherited one.',
            { node: declaration, property: 'name' }, { name: declaration.name, from: hidden.from });
    }
}

export function checkRefinesCycle(field: RefinesField, accept: ValidationAcceptor): void {
    const self = field.$container;
    const chain = [self.name];
    const seen = new Set<Agreement>([self]);
    for (let current = field.parent?.ref; current; current = current.header.find(h => h.$type === 'RefinesField')?.parent?.ref) {
        chain.push(current.name);
        if (current === self) {
            report(accept, 'error', IssueCodes.RefinesCycle,
                `The refinement chain runs in a circle (${chain.join(' refines ')}); it must end at an agreement that refines none. Remove one of these 'refines'.`,
                { node: field, property: 'parent' });
            return;
        }
        if (seen.has(current)) return;
        seen.add(current);
    }
}
