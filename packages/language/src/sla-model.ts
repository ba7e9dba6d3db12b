/**
 * Small read-only helpers over the AST that validation, scoping, completion and rendering share.
 */
import { AstUtils, type AstNode } from 'langium';
import {
    type Agreement, type HeaderField, type Level, type Party, type Responsibility, type Section, type Service, isAgreement, isCalendar,
    isLevel, isLevelsSection, isMetric, isPackage, isParty, isReport, isSegment, isService
} from './generated/ast.js';
import { isInRemoved, offsetOfNode, spliceList } from './incremental/spliced-lists.js';
import { spliceOf, type SpliceRecord } from './incremental/splice-record.js';

/** The first header field of one kind, e.g. `headerField(agreement, isEffectiveField)`. */
export function headerField<T extends HeaderField>(agreement: Agreement, is: (field: unknown) => field is T): T | undefined {
    return agreement.header.find(is);
}

/** The first section of one kind, e.g. `section(agreement, isLevelsSection)`. */
export function section<T extends Section>(agreement: Agreement, is: (section: unknown) => section is T): T | undefined {
    return agreement.sections.find(is);
}

/** The named declarations that references can point at. */
export type Declaration = NonNullable<ReturnType<typeof asDeclaration>>;

export function asDeclaration(node: AstNode) {
    if (isParty(node) || isService(node) || isPackage(node) || isMetric(node) || isLevel(node) || isCalendar(node)
        || isSegment(node) || isReport(node)) {
        return node;
    }
    return undefined;
}

/**
 * Found once per agreement: many checks and every scope ask for them, and a walk over the whole agreement each
 * time made validation quadratic in its size. An edit parses the document into a new AST, so an agreement's
 * declarations never change once found; after a splice they are those of the previous agreement with the
 * re-parsed item's own in place of the old item's, found without walking the rest.
 */
const declarationsFound = new WeakMap<Agreement, readonly Declaration[]>();

/** Every named declaration of an agreement, in document order. */
export function declarations(agreement: Agreement): readonly Declaration[] {
    const known = declarationsFound.get(agreement);
    if (known) return known;
    const splice = spliceOf(agreement);
    const previous = splice && declarationsFound.get(splice.previous);
    const found = previous
        ? spliceList(previous, splice, offsetOfNode, declaration => isInRemoved(declaration, splice), ownDeclarations(splice.inserted))
        : declarationsIn(agreement);
    declarationsFound.set(agreement, found);
    return found;
}

/** The declarations in a node or the node itself, in document order. */
function declarationsIn(node: AstNode): Declaration[] {
    const self = asDeclaration(node);
    if (self) return [self];
    const found: Declaration[] = [];
    const nodes = AstUtils.streamAllContents(node).iterator();
    for (const child of nodes) {
        const declaration = asDeclaration(child);
        if (declaration) {
            found.push(declaration);
            // No declaration declares others (a level's target, a service's scope are parts of it, not names).
            nodes.prune();
        }
    }
    return found;
}

/**
 * The names of the declarations a splice removed and inserted: the only names whose resolution the edit can
 * change. Found once per splice (linking and each kind's scope ask).
 */
export function namesDeclaredIn(splice: SpliceRecord): ReadonlySet<string> {
    let names = namesFound.get(splice);
    if (!names) {
        names = new Set([...ownDeclarations(splice.removed), ...ownDeclarations(splice.inserted)].flatMap(node => node.name ? [node.name] : []));
        namesFound.set(splice, names);
    }
    return names;
}

const namesFound = new WeakMap<SpliceRecord, ReadonlySet<string>>();

/**
 * The declarations a node adds to its agreement's: itself if it is one, else those inside it, and none when it
 * lies inside a declaration (whose parts are not names).
 */
export function ownDeclarations(node: AstNode): Declaration[] {
    for (let current = node.$container; current; current = current.$container) {
        if (asDeclaration(current)) return [];
    }
    return declarationsIn(node);
}

/**
 * The agreements this one refines, nearest first. A cycle (`A refines B refines A`) stops at the first repeat;
 * the validator reports it.
 */
export function ancestors(agreement: Agreement): Agreement[] {
    const chain: Agreement[] = [];
    const seen = new Set<Agreement>([agreement]);
    let current = parentOf(agreement);
    while (current && !seen.has(current)) {
        chain.push(current);
        seen.add(current);
        current = parentOf(current);
    }
    return chain;
}

function parentOf(agreement: Agreement): Agreement | undefined {
    return agreement.header.find(field => field.$type === 'RefinesField')?.parent?.ref;
}

/** Parties in this agreement and inherited from the ones it refines. */
export function allParties(agreement: Agreement): Party[] {
    return [agreement, ...ancestors(agreement)].flatMap(a => declarations(a).filter(isParty));
}

export function agreementOf(node: AstNode): Agreement | undefined {
    return AstUtils.getContainerOfType(node, isAgreement);
}

/** The levels an agreement declares itself, in document order. */
export function levelsOf(agreement: Agreement): Level[] {
    return section(agreement, isLevelsSection)?.levels ?? [];
}

/** The levels that bind an agreement: its own, then those of the agreements it refines, nearest first. */
export function allLevels(agreement: Agreement): Level[] {
    return [agreement, ...ancestors(agreement)].flatMap(levelsOf);
}

/** Services in this agreement and inherited from the ones it refines. */
export function allServices(agreement: Agreement): Service[] {
    return [agreement, ...ancestors(agreement)].flatMap(a => declarations(a).filter(isService));
}

/** A level without `for` applies to every service, including those of agreements that refine its own. */
export function appliesTo(level: Level, service: Service): boolean {
    return level.services.length === 0 || level.services.some(ref => ref.ref === service);
}

/** The party a level obliges: the one it names, else the agreement's only provider (none if there are several). */
export function obligedParty(level: Level): Party | undefined {
    if (level.obliged) return level.obliged.ref;
    const agreement = agreementOf(level);
    const providers = agreement ? allParties(agreement).filter(p => p.role === 'provider') : [];
    return providers.length === 1 ? providers[0] : undefined;
}

/**
 * The levels a duty excuses or pauses: those it names, or with `all` every level binding its agreement that
 * another party must meet (a party's own duty never excuses its own level).
 */
export function excusedLevels(duty: Responsibility): Level[] {
    if (!duty.everyLevel) return duty.levels.map(ref => ref.ref).filter(level => level !== undefined);
    const agreement = agreementOf(duty);
    const party = duty.party?.ref;
    return agreement ? allLevels(agreement).filter(level => obligedParty(level) !== party) : [];
}

/** How messages name each kind of declaration, and the section that declares it. */
export interface DeclarationKind {
    readonly noun: string;
    readonly plural: string;
    /** The keyword of the section that declares this kind. */
    readonly section: string;
}

const DECLARATION_KINDS: Readonly<Record<string, DeclarationKind>> = {
    Agreement: { noun: 'agreement', plural: 'agreements', section: 'agreement' },
    Party: { noun: 'party', plural: 'parties', section: 'parties' },
    Calendar: { noun: 'calendar', plural: 'calendars', section: 'calendars' },
    Service: { noun: 'service', plural: 'services', section: 'services' },
    Package: { noun: 'package', plural: 'packages', section: 'packages' },
    Segment: { noun: 'segment', plural: 'segments', section: 'segments' },
    Metric: { noun: 'metric', plural: 'metrics', section: 'metrics' },
    Level: { noun: 'level', plural: 'levels', section: 'levels' },
    Report: { noun: 'report', plural: 'reports', section: 'reporting' }
};

export function declarationKind(type: string): DeclarationKind {
    return DECLARATION_KINDS[type] ?? { noun: type.toLowerCase(), plural: `${type.toLowerCase()}s`, section: type.toLowerCase() };
}
