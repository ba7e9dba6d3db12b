/**
 * Adding catalogue sections to an agreement: the quick fixes for missing sections, "Add all missing sections" and
 * the editor's "Insert Section..." command all go through `planSectionInsertion`.
 *
 * A section goes to its canonical position (after the nearest preceding catalogue section the agreement has, else
 * after the header), indented like the code around it. The inserted text must not add an error, so:
 * - a skeleton names parties, services, metrics and levels the agreement declares; when it has none of a kind the
 *   skeleton needs, a declaration is added too (to the section that holds that kind, which is inserted as well if
 *   it is missing);
 * - a section that declares a kind (parties, services, metrics, levels) declares every name of that kind the
 *   agreement already refers to, inferred from its uses, instead of the skeleton's example.
 */
import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import { DEFAULT_LEVEL, SECTIONS, sectionForType, sectionRank, skeletonText, type SectionSpec, type SkeletonNames } from '../catalogue/sections.js';
import { type Agreement, isCalendar, isLevel, isMetric, isParty, isService } from '../generated/ast.js';
import { basisCandidates } from '../pricing/credit-basis.js';
import { allParties, allServices, ancestors, declarationKind, declarations, levelsOf, type Declaration } from '../sla-model.js';
import {
    type MetricFacts, type UndeclaredName, calendarStub, freshName, inferredMetric, levelStub, metricStub, packageStub,
    partyStub, segmentStub, serviceStub, suggestedRole, undeclaredNames, visibleMetrics, withoutLikelyTypos, type PartyRoleWord
} from './declaration-stubs.js';
import { appendToBlock, indentBlock, indentUnit, insertLinesAfter, lineIndent } from './text-layout.js';

export interface SectionInsertion {
    /** Every section written, in canonical order: those asked for and those their skeletons needed. */
    readonly sections: readonly SectionSpec[];
    readonly edits: TextEdit[];
}

/** The names a skeleton may need declared first; a purchase's package is not declared for it (the user picks one). */
type NameKind = Exclude<keyof SkeletonNames, 'package'>;
const NAME_KINDS: readonly NameKind[] = ['provider', 'customer', 'service', 'metric', 'level'];
/** The section that declares each kind of name a skeleton uses. */
const HOME: Record<NameKind, string> = { provider: 'parties', customer: 'parties', service: 'services', metric: 'metrics', level: 'levels' };
const DEFAULT_NAMES: Record<NameKind, string> = { provider: 'Provider', customer: 'Customer', service: 'Service', metric: 'Availability', level: DEFAULT_LEVEL };
/** The target of the catalogue's levels skeleton, and the top of its remedies skeleton's credit tiers. */
const SKELETON_TARGET_PERCENT = 99.5;

/**
 * Names for a skeleton typed by hand (a completion snippet): the agreement's first provider, customer, service,
 * metric and level, or placeholders the user renames.
 */
export function skeletonNamesOf(agreement: Agreement): SkeletonNames {
    const visible = [agreement, ...ancestors(agreement)].flatMap(declarations);
    const party = (role: 'provider' | 'customer') => visible.find(d => isParty(d) && d.role === role)?.name ?? DEFAULT_NAMES[role];
    return {
        provider: party('provider'),
        customer: party('customer'),
        service: visible.find(isService)?.name ?? DEFAULT_NAMES.service,
        metric: visible.find(isMetric)?.name ?? DEFAULT_NAMES.metric,
        level: visible.find(isLevel)?.name,
        package: basisCandidates(agreement)[0]?.name
    };
}

/** The sections of the catalogue the agreement does not have. */
export function missingSections(agreement: Agreement): SectionSpec[] {
    const present = new Set(agreement.sections.map(s => s.$type));
    return SECTIONS.filter(spec => !present.has(spec.astType));
}

/**
 * Edits that add the given sections (by catalogue id); undefined when the agreement already has all of them.
 * `texts` replaces the skeleton of a section that refers to no names, e.g. a `clauses` section with one clause.
 */
export function planSectionInsertion(
    document: LangiumDocument<Agreement>, ids: readonly string[], texts: Readonly<Record<string, string>> = {}
): SectionInsertion | undefined {
    const agreement = document.parseResult.value;
    const wanted = missingSections(agreement).filter(spec => ids.includes(spec.id));
    if (!wanted.length || !agreement.$cstNode) return undefined;
    const plan = new InsertionPlan(agreement, wanted);
    for (const spec of plan.sections) {
        if (texts[spec.id] !== undefined && neededKinds(spec).length === 0) plan.texts.set(spec, texts[spec.id]);
    }
    return { sections: plan.sections, edits: layOut(document, plan) };
}

/**
 * Edits that declare one name the agreement uses but does not declare, at the end of the section for its kind; when
 * that section is missing, it is inserted (declaring every undeclared name of the kind). Undefined when no safe
 * declaration exists (a level needs a metric and a provider to be written).
 */
export function planDeclaration(document: LangiumDocument<Agreement>, name: UndeclaredName): { edits: TextEdit[], section?: SectionSpec } | undefined {
    const agreement = document.parseResult.value;
    const home = declarationKind(name.kind).section;
    const section = agreement.sections.find(s => sectionForType(s.$type)?.id === home);
    if (!section) {
        const insertion = planSectionInsertion(document, [home]);
        return insertion && { edits: insertion.edits, section: sectionById(home) };
    }
    const stub = stubFor(agreement, name);
    const edit = stub === undefined ? undefined : appendToBlock(document, section, [stub]);
    return edit && { edits: [edit] };
}

function stubFor(agreement: Agreement, name: UndeclaredName): string | undefined {
    switch (name.kind) {
        case 'Party': return partyStub(name.name, suggestedRole(name));
        case 'Calendar': return calendarStub(name);
        case 'Segment': return segmentStub(agreement, name.name);
        case 'Package': return packageStub(name.name, serviceNames(agreement));
        case 'Service': return serviceStub(name.name, serviceHours(agreement));
        case 'Metric': return metricStub(name);
        case 'Level': {
            const [metric, ...others] = visibleMetrics(agreement);
            const parties = obligeable(agreement);
            return metric && parties.length ? levelStub(name, { metrics: [metric, ...others], parties, floors: inheritedLevels(agreement), services: serviceNames(agreement) }) : undefined;
        }
    }
}

/** The providers, then the customers, that a level may oblige. */
function obligeable(agreement: Agreement): string[] {
    const parties = allParties(agreement);
    return [...parties.filter(p => p.role === 'provider'), ...parties.filter(p => p.role === 'customer')].map(p => p.name).filter(name => name !== undefined);
}

function inheritedLevels(agreement: Agreement) {
    return ancestors(agreement).flatMap(levelsOf);
}

/** The names of the agreement's services; a half-typed service without a name has none to offer. */
function serviceNames(agreement: Agreement): string[] {
    return allServices(agreement).map(service => service.name).filter(name => name !== undefined);
}

/** The calendar a new service's business time is counted in: the one other services use, else the first. */
function serviceHours(agreement: Agreement): string | undefined {
    return allServices(agreement).find(service => service.hours?.ref)?.hours?.$refText
        ?? [agreement, ...ancestors(agreement)].flatMap(declarations).find(isCalendar)?.name;
}

/** What to write: the sections with their text, and declarations to add to sections the agreement already has. */
class InsertionPlan {
    readonly sections: SectionSpec[];
    readonly texts = new Map<SectionSpec, string>();
    readonly additions = new Map<string, string[]>();
    private readonly visible: Declaration[];
    private readonly names = {} as Record<NameKind, string | undefined>;
    private readonly inserted: Set<string>;
    private readonly present: Set<string>;
    private readonly plannedMetrics: MetricFacts[] = [];
    private readonly plannedServices: string[] = [];
    private creditLevel?: string;

    constructor(private readonly agreement: Agreement, wanted: readonly SectionSpec[]) {
        this.visible = [agreement, ...ancestors(agreement)].flatMap(declarations);
        this.present = new Set(agreement.sections.map(s => sectionForType(s.$type)?.id).filter(id => id !== undefined));
        this.inserted = this.closeOverNeeds(new Set(wanted.map(s => s.id)));
        this.sections = SECTIONS.filter(spec => this.inserted.has(spec.id));
        this.planParties();
        this.planServices();
        this.planMetrics();
        this.planLevels();
        this.planNamesOnly();
        for (const spec of this.sections.filter(s => !this.texts.has(s))) {
            // The remedies skeleton writes credit tiers below the levels skeleton's target: only a level with that target fits.
            const level = spec.id === 'remedies' ? this.creditLevel : this.names.level;
            this.texts.set(spec, skeletonText(spec, { ...this.skeletonNames(), level }));
        }
    }

    /** Adds the home section of every kind a wanted skeleton needs that neither exists nor is declared anywhere. */
    private closeOverNeeds(inserted: Set<string>): Set<string> {
        let grown = true;
        while (grown) {
            grown = false;
            for (const spec of SECTIONS.filter(s => inserted.has(s.id))) {
                for (const kind of neededKinds(spec)) {
                    const home = HOME[kind];
                    if (!this.present.has(home) && !inserted.has(home) && !this.declared(kind)) {
                        inserted.add(home);
                        grown = true;
                    }
                }
            }
        }
        return inserted;
    }

    private planParties(): void {
        const roles: Array<{ name: string, role: PartyRoleWord }> = [];
        if (this.inserted.has('parties')) {
            roles.push(...this.undeclared('Party').map(name => ({ name: name.name, role: suggestedRole(name) })));
        }
        const needed = this.sections.some(spec => neededKinds(spec).some(k => k === 'provider' || k === 'customer'));
        for (const role of ['provider', 'customer'] as const) {
            const declared = this.visible.find(d => isParty(d) && d.role === role)?.name;
            if (declared) {
                this.names[role] = declared;
                continue;
            }
            const promoted = roles.find(r => r.role === role) ?? roles.find(r => r.role === 'party');
            if (promoted) {
                promoted.role = role;
            } else if (this.inserted.has('parties') || needed) {
                roles.push({ name: this.freshName(DEFAULT_NAMES[role]), role });
            }
            this.names[role] = roles.find(r => r.role === role)?.name;
        }
        const stubs = roles.map(r => partyStub(r.name, r.role));
        if (this.inserted.has('parties')) {
            const fromSkeleton = !this.undeclared('Party').length && roles.length === 2;
            this.texts.set(sectionById('parties'), fromSkeleton ? skeletonText(sectionById('parties'), this.skeletonNames()) : block('parties', stubs));
        } else if (stubs.length) {
            this.additions.set('parties', stubs);
        }
    }

    private planServices(): void {
        this.names.service = this.visible.find(isService)?.name;
        const planned = this.planDeclarations('service', 'Service', name => serviceStub(name.name, serviceHours(this.agreement)));
        this.plannedServices.push(...planned.map(name => name.name));
    }

    private planMetrics(): void {
        const visible = visibleMetrics(this.agreement);
        this.names.metric = (visible.find(m => m.unit === '%') ?? visible[0])?.name;
        this.plannedMetrics.push(...visible);
        const planned = this.planDeclarations('metric', 'Metric', metricStub);
        this.plannedMetrics.push(...planned.map(name => name.uses.length ? inferredMetric(name) : { name: name.name, unit: '%' }));
        this.names.metric ??= (this.plannedMetrics.find(m => m.unit === '%') ?? this.plannedMetrics[0])?.name;
    }

    private planLevels(): void {
        const levels = this.visible.filter(isLevel);
        this.names.level = levels[0]?.name;
        this.creditLevel = levels.find(level => {
            const { comparator, threshold, share } = level.target ?? {};
            return comparator === '>=' && threshold?.unit === '%' && threshold.value === SKELETON_TARGET_PERCENT && !share;
        })?.name;
        if (!this.inserted.has('levels')) return;
        const metric = this.plannedMetrics.find(m => m.name === this.names.metric) ?? { name: this.names.metric!, unit: '%' };
        const metrics: [MetricFacts, ...MetricFacts[]] = [metric, ...this.plannedMetrics.filter(m => m !== metric)];
        const undeclared = this.undeclared('Level');
        const context = {
            metrics, parties: [this.names.provider!, this.names.customer].filter(p => p !== undefined),
            floors: inheritedLevels(this.agreement), services: [...serviceNames(this.agreement), ...this.plannedServices]
        };
        if (undeclared.length) {
            this.texts.set(sectionById('levels'), block('levels', undeclared.map(name => levelStub(name, context))));
            this.names.level ??= undeclared[0].name;
            return;
        }
        const name = this.freshName(DEFAULT_LEVEL);
        this.names.level ??= name;
        // The skeleton's target is 99.5 %: right for a percentage metric that no refined agreement sets a floor for.
        if (metric.unit === '%' && !context.floors.some(level => level.target?.metric?.$refText === metric.name)) {
            this.creditLevel ??= name;
            this.texts.set(sectionById('levels'), skeletonText(sectionById('levels'), { ...this.skeletonNames(), level: name }));
        } else {
            this.texts.set(sectionById('levels'), block('levels', [levelStub({ name, kind: 'Level', uses: [] }, context)]));
        }
    }

    /** Calendars, segments and packages no skeleton needs: an inserted section declares those the agreement uses. */
    private planNamesOnly(): void {
        for (const [id, kind] of [['calendars', 'Calendar'], ['segments', 'Segment'], ['packages', 'Package']] as const) {
            const undeclared = this.inserted.has(id) ? this.undeclared(kind) : [];
            if (undeclared.length) this.texts.set(sectionById(id), block(id, undeclared.map(name => stubFor(this.agreement, name)!)));
        }
    }

    /**
     * Services and metrics: an inserted section declares the undeclared names of its kind, or else the skeleton's
     * example under a fresh name; an existing section that lacks the kind a skeleton needs gets one declaration.
     */
    private planDeclarations(kind: 'service' | 'metric', type: 'Service' | 'Metric', stub: (name: UndeclaredName) => string): UndeclaredName[] {
        const home = HOME[kind];
        const needed = !this.names[kind] && this.sections.some(s => neededKinds(s).includes(kind));
        if (this.inserted.has(home)) {
            const undeclared = this.undeclared(type);
            if (undeclared.length) {
                this.texts.set(sectionById(home), block(home, undeclared.map(stub)));
                this.names[kind] ??= undeclared[0].name;
                return undeclared;
            }
            const fresh = { name: this.freshName(DEFAULT_NAMES[kind]), kind: type, uses: [] };
            this.texts.set(sectionById(home), skeletonText(sectionById(home), { ...this.skeletonNames(), [kind]: fresh.name }));
            this.names[kind] ??= fresh.name;
            return [fresh];
        }
        if (needed && this.present.has(home)) {
            const fresh = { name: this.freshName(DEFAULT_NAMES[kind]), kind: type, uses: [] };
            this.additions.set(home, [stub(fresh)]);
            this.names[kind] = fresh.name;
            return [fresh];
        }
        return [];
    }

    private skeletonNames(): SkeletonNames {
        const name = (kind: Exclude<NameKind, 'level'>) => this.names[kind] ?? DEFAULT_NAMES[kind];
        const pkg = basisCandidates(this.agreement)[0]?.name;
        return { provider: name('provider'), customer: name('customer'), service: name('service'), metric: name('metric'), level: this.names.level, package: pkg };
    }

    private declared(kind: NameKind): boolean {
        switch (kind) {
            case 'provider':
            case 'customer': return this.visible.some(d => isParty(d) && d.role === kind);
            case 'service': return this.visible.some(isService);
            case 'metric': return visibleMetrics(this.agreement).length > 0;
            case 'level': return true;  // optional: skeletons leave out what would point at a level
        }
    }

    /**
     * The names of a kind to declare: those used but not declared. A party's misspelling is left out: declared, it
     * would be one more party to the contract. (Services, metrics and levels are often named alike on purpose:
     * `P1Response`, `P2Response`.)
     */
    private undeclared(kind: UndeclaredName['kind']): UndeclaredName[] {
        const names = undeclaredNames(this.agreement, kind);
        if (kind !== 'Party') return names;
        return withoutLikelyTypos(names, this.visible.filter(isParty).map(party => party.name).filter(name => name !== undefined));
    }

    private freshName(base: string): string {
        return freshName(this.agreement, base);
    }
}

/** Which names a section's skeleton refers to (not declares), found by rendering it with marker names. */
function neededKinds(spec: SectionSpec): NameKind[] {
    const markers = Object.fromEntries(NAME_KINDS.map(kind => [kind, `\u0000${kind}\u0000`])) as Required<SkeletonNames>;
    const text = spec.skeleton(markers);
    return NAME_KINDS.filter(kind => HOME[kind] !== spec.id && text.includes(markers[kind]));
}

function sectionById(id: string): SectionSpec {
    return SECTIONS.find(s => s.id === id)!;
}

/** `keyword { entries }` with the entries on lines of their own, in generated (4-space) indentation. */
function block(keyword: string, entries: readonly string[]): string {
    return [`${keyword} {`, ...entries.map(entry => indentBlock(entry, '    ', '    ')), '}'].join('\n');
}

/** Turns the plan into edits: sections after their canonical predecessor, declarations at the end of their section. */
function layOut(document: LangiumDocument<Agreement>, plan: InsertionPlan): TextEdit[] {
    const agreement = document.parseResult.value;
    const text = document.textDocument.getText();
    const unit = indentUnit(text);
    const agreementIndent = lineIndent(text, agreement.$cstNode!.offset);
    const blankLines = separatesSectionsWithBlankLines(agreement, text);
    const edits: TextEdit[] = [];
    const byAnchor = new Map<AstNode | undefined, SectionSpec[]>();
    for (const spec of plan.sections) {
        const anchor = anchorFor(agreement, spec);
        byAnchor.set(anchor, [...byAnchor.get(anchor) ?? [], spec]);
    }
    for (const [anchor, specs] of byAnchor) {
        const anchorCst = anchor?.$cstNode ?? GrammarUtils.findNodeForKeyword(agreement.$cstNode, '{');
        if (!anchorCst) continue;
        const indent = anchor ? lineIndent(text, anchorCst.offset) : agreementIndent + unit;
        const separator = blankLines ? '\n' : '';
        const blocks = specs.map((spec, i) => (anchor || i > 0 ? separator : '') + indentBlock(plan.texts.get(spec)!, indent, unit));
        const follow = /^\s*\}/.test(text.slice(anchorCst.end)) ? agreementIndent : indent;
        edits.push(insertLinesAfter(document.textDocument, anchorCst.end, blocks.join('\n'), follow));
    }
    for (const [id, stubs] of plan.additions) {
        const section = agreement.sections.find(s => sectionForType(s.$type)?.id === id);
        const edit = section && appendToBlock(document, section, stubs);
        if (edit) edits.push(edit);
    }
    return edits;
}

/** The nearest preceding catalogue section the agreement has, else its last header field; undefined: the `{`. */
function anchorFor(agreement: Agreement, spec: SectionSpec): AstNode | undefined {
    const rank = sectionRank(spec);
    let anchor: AstNode | undefined;
    let anchorRank = -1;
    for (const section of agreement.sections) {
        const catalogued = sectionForType(section.$type);
        const candidateRank = catalogued ? sectionRank(catalogued) : -1;
        if (candidateRank >= 0 && candidateRank < rank && candidateRank >= anchorRank && section.$cstNode) {
            anchor = section;
            anchorRank = candidateRank;
        }
    }
    return anchor ?? [...agreement.header].reverse().find(field => field.$cstNode);
}

/** Whether the agreement's sections are set apart by blank lines (the examples' style); true when it has none. */
function separatesSectionsWithBlankLines(agreement: Agreement, text: string): boolean {
    const starts = agreement.sections.map(s => s.$cstNode?.offset).filter(offset => offset !== undefined);
    if (!starts.length) return true;
    return starts.some(offset => /\n[ \t]*\r?\n[ \t]*$/.test(text.slice(Math.max(0, offset - 100), offset)));
}
