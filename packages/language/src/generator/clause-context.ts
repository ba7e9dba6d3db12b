/**
 * What every clause builder shares: the agreement with what it inherits, and how declarations are named, linked
 * and located in the rendered document. Builders accept a half-written AST: a missing name or an unresolved
 * reference is written as the text the author typed.
 */
import type { AstNode, Reference } from 'langium';
import type { Agreement, Calendar, Level, Metric, Package, Party, Section, Service } from '../generated/ast.js';
import { agreementOf } from '../sla-model.js';
import type { Block, Clause, Span, Text } from './document-model.js';
import { link, muted } from './document-model.js';
import type { Inheritance } from './inheritance.js';
import type { Formatter } from '../locale/formatter.js';
import type { Locale } from '../locale/locale.js';
import type { Messages } from '../locale/messages.js';

export interface ClauseContext {
    readonly agreement: Agreement;
    readonly inheritance: Inheritance;
    readonly locale: Locale;
    /** Numbers, dates, quantities and targets in the agreement's locale. */
    readonly format: Formatter;
    /** Every word the renderer adds, in the agreement's language (locale/messages.ts). */
    readonly words: Messages;
}

/** A clause before numbering: the orchestrator numbers clauses in catalogue order and their subclauses below. */
export type ClauseDraft = Omit<Clause, 'number' | 'subclauses'> & { readonly subclauses: readonly ClauseDraft[] };

/** Builds the clause of one catalogue section from the agreement's blocks of that section (possibly none). */
export type ClauseBuilder<S extends Section = Section> = (sections: readonly S[], context: ClauseContext) => ClauseContent | undefined;

export interface ClauseContent {
    readonly blocks: readonly Block[];
    readonly subclauses?: readonly ClauseDraft[];
}

/** The 0-based source line a node starts on. */
export function lineOf(node: AstNode | undefined): number | undefined {
    return node?.$cstNode?.range.start.line;
}

/** A declaration's name, or what the author typed for an unresolved reference; empty when there is none. */
export function refName(reference: Reference<AstNode & { name?: string }> | undefined): string {
    return reference ? reference.ref?.name ?? reference.$refText ?? '?' : '';
}

type Titled = Service | Metric | Level | Calendar | Package;

/** The title a reader knows a declaration by: its title, else its name. */
export function titleOf(node: Titled | undefined): string {
    return node?.title ?? node?.name ?? '?';
}

/** The title of what a reference points at, or what the author typed when it does not resolve. */
export function refTitle(reference: Reference<Titled> | undefined): string {
    return reference?.ref ? titleOf(reference.ref) : reference?.$refText ?? '?';
}

export const anchors = {
    clause: (id: string) => `clause-${id}`,
    service: (name: string | undefined) => `service-${name ?? ''}`,
    metric: (name: string | undefined) => `metric-${name ?? ''}`,
    level: (name: string | undefined) => `level-${name ?? ''}`,
    party: (name: string | undefined) => `party-${name ?? ''}`,
    package: (name: string | undefined) => `package-${name ?? ''}`
};

/** A link to a level's row, by its title. */
export function levelSpan(level: Level): Span {
    return link(titleOf(level), anchors.level(level.name));
}

export function levelLink(reference: Reference<Level> | undefined): Span {
    return reference?.ref ? levelSpan(reference.ref) : { text: refName(reference) };
}

/** A link to a service's clause, by its title. */
export function serviceSpan(service: Service): Span {
    return link(titleOf(service), anchors.service(service.name));
}

export function serviceLink(reference: Reference<Service> | undefined): Span {
    return reference?.ref ? serviceSpan(reference.ref) : { text: refName(reference) };
}

export function metricLink(reference: Reference<Metric> | undefined): Span {
    const metric = reference?.ref;
    return metric ? link(titleOf(metric), anchors.metric(metric.name)) : { text: refName(reference) };
}

/** A party is referred to by its short name, the defined term the parties clause introduces. */
export function partyText(reference: Reference<Party> | undefined): Span {
    return { text: refName(reference) };
}

/** Several references as one text: "A, B and C" ("and" in the agreement's language). */
export function listText<T>(items: readonly T[], toSpan: (item: T) => Span, context: ClauseContext): Text {
    const spans = items.map(toSpan);
    const and = ` ${context.words.format.and} `;
    return spans.flatMap((span, index) => [index === 0 ? '' : index === spans.length - 1 ? and : ', ', span])
        .filter(inline => inline !== '');
}

/** The name of the higher-level agreement a declaration comes from, or undefined for this agreement's own. */
export function inheritedFrom(node: AstNode, context: ClauseContext): string | undefined {
    const owner = agreementOf(node);
    return owner && owner !== context.agreement ? owner.name ?? '?' : undefined;
}

/** "Inherited from CorporateIT", as a clause badge. */
export function inheritedBadge(node: AstNode, context: ClauseContext): string | undefined {
    const owner = inheritedFrom(node, context);
    return owner && context.words.document.inheritedBadge(owner);
}

/** " (inherited from CorporateIT)", as a muted remark inside a cell; empty for the agreement's own. */
export function inheritedRemark(node: AstNode, context: ClauseContext): Text {
    const owner = inheritedFrom(node, context);
    return owner ? [' ', muted(context.words.document.inheritedRemark(owner))] : [];
}

/** Capitalises the first letter: "priority" -> "Priority". */
export function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
