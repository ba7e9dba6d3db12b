/**
 * Completion that offers only what is valid at the cursor:
 * - section snippets (the catalogue's skeletons, with tab stops) for sections the agreement does not have yet;
 *   a section it has is not offered again, nor a field a block already has (`kind` twice);
 * - inside `clauses`, the clause library's clauses the agreement does not have yet;
 * - names of the right kind from the scope (Langium's cross-reference completion), with their key facts, without
 *   the names a list already holds (`participants Acme, |` does not offer Acme again);
 * - units that fit the quantity: the metric's unit at a threshold, % or money for credits and caps, durations for
 *   notice periods and deadlines, money for prices, the units a package charges per after a purchased count;
 *   singular after 1 (`1 hour`); after `business`, only the units business time is counted in;
 * - period words where a period is written (`every month`, `per month`, `calendar month`);
 * - a whole target per metric in a level (`Uptime >= 99.5 %`), besides the metric names;
 * - the items a share counts after `in 95 % of` (`tickets`, `leads`...), the metric's own first;
 * - time zones after `timezone`, currency codes after `currencies`, the locales after `locale`; dates
 *   (year-month-day) and times (24-hour) where they are written, as snippets in the form the language reads;
 * - enumerated values (roles, metric kinds, aggregations, windows, comparators, exclusion kinds...) and segment
 *   dimensions already in use.
 * Every keyword, unit and item word carries its meaning and an example (keyword-docs.ts, shared with hovers), each
 * name its key facts. The list holds only what each item's documentation explains; the Markdown is written for the
 * items shown (completion-documentation.ts), on `completionItem/resolve` for a client that asks for it there, and
 * so is a name's detail for a client that resolves detail too. For a client that takes list defaults, the range the
 * items replace is sent once (completion-edit-range.ts). Labels first: VS Code gets a list of labels, kinds and
 * sort texts, and the facts of the item it shows.
 */
import { AstUtils, GrammarAST, GrammarUtils, type AstNode, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import { type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CancellationToken, type CompletionItem, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import { SECTIONS, sectionForKeyword, type SectionSpec } from '../catalogue/sections.js';
import { clauseSnippet } from '../catalogue/clause-library.js';
import { type Agreement, isCurrenciesField, isEffectiveField, isLevel, isMetric, isMetricUnit, isPurchase, isPurchasedQuantity, isQuantity, isRate, isSegment, isTarget, isTimezoneField } from '../generated/ast.js';
import { missingLibraryClauses } from '../generator/clause-insertion.js';
import { defaultThreshold, visibleMetrics, type MetricFacts } from '../generator/declaration-stubs.js';
import { skeletonNamesOf } from '../generator/section-insertion.js';
import { addMonths, firstOfNextMonth } from '../generator/templates/template-context.js';
import { LOCALES } from '../locale/locales.js';
import { PLACEHOLDER_MARK, withoutPlaceholderMark } from '../parser/text-values.js';
import { agreementOf, ancestors, declarations, headerField } from '../sla-model.js';
import type { SlaServices } from '../sla-module.js';
import { CURRENCIES, unitInfo } from '../units.js';
import { detailOf, documentationOf, isDocumentationData, type DocumentationData, type DocumentationKey, type DocumentationServices } from './completion-documentation.js';
import { declarationSummary, declarationTexts } from './declaration-facts.js';
import { withSharedEditRange } from './completion-edit-range.js';
import { agreementCurrencies, expectedUnits, unitsFor } from './expected-units.js';
import { WindowedCompletionProvider } from '../incremental/windowed-completion.js';

/** Dimensions segments commonly split targets by, offered next to those the agreement already uses. */
const COMMON_DIMENSIONS = ['priority', 'severity', 'lead', 'region'];
/** What a share of items counts (`in 95 % of tickets`); the metric's own items are offered first. */
const POPULATIONS = ['tickets', 'incidents', 'requests', 'leads', 'calls', 'cases', 'contacts'];
/** The units business time is counted in: `4 business hours`, `5 business days`. */
const BUSINESS_UNITS = ['minutes', 'hours', 'days', 'weeks'];

export class SlaCompletionProvider extends WindowedCompletionProvider {

    /** Unit completion is offered once per context, although every alternative of `UnitName` asks for it. */
    private readonly unitsOffered = new WeakSet<CompletionContext>();
    /** Likewise the locales, which every alternative of the `locale` field's value asks for. */
    private readonly localesOffered = new WeakSet<CompletionContext>();
    private business?: GrammarAST.Keyword;
    private documentationLookup?: DocumentationServices;

    constructor(private readonly services: SlaServices) {
        super(services);
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const list = await super.getCompletion(document, params, cancelToken);
        return list && this.clientCapabilities?.completionList?.itemDefaults?.includes('editRange') ? withSharedEditRange(list) : list;
    }

    /**
     * Langium keeps one item per kind, label and detail. A name whose detail waits for resolve is told apart from
     * another item of its kind and label by the detail it will get, as when the list carries it.
     */
    protected override deduplicateItems(items: CompletionItem[]): CompletionItem[] {
        const labels = new Map<string, number>();
        for (const item of items) {
            const label = `${item.kind}_${item.label}`;
            labels.set(label, (labels.get(label) ?? 0) + 1);
        }
        const seen = new Set<string>();
        return items.filter(item => {
            const label = `${item.kind}_${item.label}`;
            if (labels.get(label) === 1) return true;
            const detail = item.detail ?? (isDocumentationData(item.data) ? detailOf(item.data.documentation, this.documentationServices) : undefined);
            const key = `${label}_${detail}`;
            return !seen.has(key) && seen.add(key);
        });
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (isUnitPosition(next, rule, context)) {
            return this.completeUnits(context, acceptor);
        }
        if (rule?.name === 'LocaleField' && next.property === 'tag') {
            return this.completeLocales(context, acceptor);
        }
        if (rule?.name === 'Target' && next.property === 'population') {
            return this.completePopulations(context, acceptor);
        }
        if (rule?.name === 'Target' && next.property === 'metric') {
            this.completeTargets(context, acceptor);
        }
        const terminal = GrammarAST.isRuleCall(next.feature) ? next.feature.rule.ref?.name : undefined;
        if (terminal === 'DATE' || terminal === 'TIME') {
            return this.completeDateOrTime(context, terminal, next.property, acceptor);
        }
        if (next.property === 'zone') {
            return this.completeTimeZones(context, acceptor);
        }
        if (rule?.name === 'CurrenciesField' && next.property === 'currencies') {
            return this.completeCurrencies(context, acceptor);
        }
        if (rule?.name === 'DimensionName' && GrammarAST.isRuleCall(next.feature)) {
            return this.completeDimensions(context, acceptor);
        }
        if (GrammarAST.isKeyword(next.feature)) {
            const section = sectionForKeyword(next.feature.value);
            if (section && rule?.name === section.astType) {
                return this.completeSection(context, next.feature, section, acceptor);
            }
            if (next.feature.value === 'clause' && rule?.name === 'LegalClause') {
                this.completeLibraryClauses(context, acceptor);
            }
            if (this.alreadyGiven(context, next.feature, rule)) return;
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        return super.filterKeyword(context, keyword) || AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name === 'Comparator';
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: 'Keyword',
            sortText: '1',
            data: documented({ keyword: this.pathOf(keyword) })
        });
    }

    /** Names already in the list being written are not offered again. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const listed = (refInfo.container as unknown as Record<string, unknown>)[refInfo.property];
        const taken = new Set(Array.isArray(listed)
            ? listed.filter(ref => ref?.$refNode && !(ref.$refNode.offset <= context.offset && context.offset <= ref.$refNode.end)).map(ref => ref.$refText as string)
            : []);
        return super.getReferenceCandidates(refInfo, context).filter(description => !taken.has(description.name));
    }

    /**
     * Documentation is written for the items shown only: on resolve for a client that resolves it, else for each
     * item that matches what is typed. The items carry what it explains in `data` (completion-documentation.ts).
     */
    protected override fillCompletionItem(context: CompletionContext, item: CompletionValueItem): CompletionItem | undefined {
        const filled = super.fillCompletionItem(context, item);
        if (!filled || !isDocumentationData(filled.data) || this.resolvesDocumentation) return filled;
        return { ...filled, documentation: filled.documentation ?? documentationOf(filled.data.documentation, this.documentationServices), data: undefined };
    }

    /** The documentation of an item this provider made, and a name's detail if the list left it out, for `completionItem/resolve`. */
    resolveCompletionItem(item: CompletionItem): CompletionItem {
        if (!isDocumentationData(item.data)) return item;
        const documentation = documentationOf(item.data.documentation, this.documentationServices);
        const detail = item.detail ?? detailOf(item.data.documentation, this.documentationServices);
        return documentation || detail !== undefined ? { ...item, ...(documentation && { documentation }), ...(detail !== undefined && { detail }) } : item;
    }

    /** Whether the client asks for an item's documentation when it shows it (VS Code does, the web editor does not). */
    private get resolvesDocumentation(): boolean {
        return this.clientCapabilities?.completionItem?.resolveSupport?.properties.includes('documentation') === true;
    }

    /** Whether the client asks for a name's detail when it shows the item too (VS Code does). */
    private get resolvesDetail(): boolean {
        return this.resolvesDocumentation && this.clientCapabilities?.completionItem?.resolveSupport?.properties.includes('detail') === true;
    }

    private get documentationServices(): DocumentationServices {
        this.documentationLookup ??= {
            grammar: this.grammar,
            locator: this.services.workspace.AstNodeLocator,
            documents: this.services.shared.workspace.LangiumDocuments,
            comments: this.documentationProvider
        };
        return this.documentationLookup;
    }

    private pathOf(keyword: GrammarAST.Keyword): string {
        return this.documentationServices.locator.getAstNodePath(keyword);
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, _refInfo: ReferenceInfo, _context: CompletionContext): CompletionValueItem {
        const node = description.node;
        // The key facts make both the detail and the documentation: read them once where the list shows both, not
        // at all where the client resolves both.
        const lazyDetail = node !== undefined && this.resolvesDetail;
        const texts: { summary?: string, markdown?: string } | undefined = !node || lazyDetail ? undefined
            : this.resolvesDocumentation ? { summary: declarationSummary(node) } : declarationTexts(node);
        return {
            nodeDescription: description,
            kind: this.nodeKindProvider.getCompletionItemKind(description),
            detail: lazyDetail ? undefined : texts?.summary ?? description.type,
            sortText: '0',
            documentation: texts?.markdown === undefined ? undefined : { kind: 'markdown', value: texts.markdown },
            data: documented({ declaration: { uri: description.documentUri.toString(), path: description.path, name: description.name } })
        };
    }

    private completeSection(context: CompletionContext, keyword: GrammarAST.Keyword, spec: SectionSpec, acceptor: CompletionAcceptor): MaybePromise<void> {
        const agreement = context.document.parseResult.value as Agreement;
        const existing = agreement.sections.find(section => section.$type === spec.astType);
        if (existing) {
            // Only the section being typed may be completed; a second one would be an error.
            return containsOffset(existing, context.offset) ? this.completionForKeyword(context, keyword, acceptor) : undefined;
        }
        acceptor(context, {
            label: spec.keyword,
            kind: CompletionItemKind.Snippet,
            detail: `${spec.title} (${spec.presence} section)`,
            data: documented({ section: this.pathOf(keyword) }),
            insertText: spec.skeleton(skeletonNamesOf(agreement)),
            insertTextFormat: InsertTextFormat.Snippet,
            sortText: `0${String(SECTIONS.indexOf(spec)).padStart(2, '0')}`
        });
    }

    private completeLibraryClauses(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const agreement = context.document.parseResult.value as Agreement;
        missingLibraryClauses(agreement).forEach((clause, rank) => acceptor(context, {
            label: `clause ${clause.name}`,
            kind: CompletionItemKind.Snippet,
            detail: `${clause.title} (clause library)`,
            data: documented({ clause: clause.name }),
            insertText: clauseSnippet(clause),
            insertTextFormat: InsertTextFormat.Snippet,
            sortText: `0${String(rank).padStart(2, '0')}`
        }));
    }

    private completeUnits(context: CompletionContext, acceptor: CompletionAcceptor): void {
        if (this.unitsOffered.has(context)) return;
        this.unitsOffered.add(context);
        const expected = expectedUnits(context.node);
        const afterBusiness = /(^|\s)business\s+$/.test(context.textDocument.getText().slice(Math.max(0, context.tokenOffset - 40), context.tokenOffset));
        const one = isQuantity(context.node) && context.node.value === 1;
        const units = afterBusiness ? BUSINESS_UNITS.map(unit => ({ unit, dimension: 'duration' }))
            : expected.dimensions.flatMap(dimension => (expected.only ?? unitsFor(dimension, context.node, expected.singular)).map(unit => ({ unit, dimension })));
        const offered = new Set<string>();
        // After 1, the singular first (`1 hour`); the plural stays valid (`1 business days`).
        const forms = one ? [...units.map(u => ({ ...u, unit: singularOf(u.unit) })), ...units] : units;
        for (const { unit, dimension } of forms) {
            if (offered.has(unit)) continue;
            offered.add(unit);
            acceptor(context, {
                label: unit, kind: CompletionItemKind.Unit, detail: afterBusiness ? 'business time' : dimension,
                sortText: `0${String(offered.size).padStart(3, '0')}`,
                data: documented({ unit })
            });
        }
        if (expected.business && !afterBusiness) {
            const business = this.businessKeyword;
            acceptor(context, {
                label: 'business', kind: CompletionItemKind.Keyword, detail: 'Keyword', sortText: '1',
                data: business && documented({ keyword: this.pathOf(business) })
            });
        }
    }

    /** After `in 95 % of`: what the share counts, the items the level's metric measures one by one first. */
    private completePopulations(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const target = AstUtils.getContainerOfType(context.node, isTarget);
        const aggregation = target?.metric?.ref?.aggregation;
        const own = aggregation === 'per-lead' ? 'leads' : aggregation === 'per-ticket' ? 'tickets' : undefined;
        for (const population of new Set([...(own ? [own] : []), ...POPULATIONS])) {
            acceptor(context, {
                label: population, kind: CompletionItemKind.EnumMember, detail: population === own ? 'What the metric measures' : 'Items',
                sortText: population === own ? '0' : '1',
                data: documented({ population })
            });
        }
    }

    /**
     * In a level without a target: a whole target per metric, with tab stops on the numbers: `Uptime >= 99.5? %`,
     * `ResponseTime <= 4? business hours in 95? % of tickets` for a metric measured per ticket. The numbers are
     * suggestions, marked inside their tab stops: typing over one replaces its mark too.
     */
    private completeTargets(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const level = context.node && AstUtils.getContainerOfType(context.node, isLevel);
        const agreement = context.node && agreementOf(context.node);
        if (!level || !agreement || (level.target?.$cstNode && level.target.$cstNode.end < context.offset)) return;
        for (const metric of visibleMetrics(agreement)) {
            const target = targetSnippet(metric);
            acceptor(context, {
                label: target.label, kind: CompletionItemKind.Snippet, detail: `Target on ${metric.name}`,
                insertText: target.snippet, insertTextFormat: InsertTextFormat.Snippet, sortText: '2',
                data: documented({ value: 'target' })
            });
        }
    }

    /**
     * A date or a time in the form the language reads, with tab stops: dates year-month-day (a term ends a day
     * before the anniversary of its start), times on a 24-hour clock (service hours 08:00 to 18:00). The value is
     * a suggestion, marked as such in its last tab stop until the user types over it.
     */
    private completeDateOrTime(context: CompletionContext, terminal: 'DATE' | 'TIME', property: string | undefined, acceptor: CompletionAcceptor): void {
        if (terminal === 'TIME') {
            const time = property === 'to' ? '18:00' : '08:00';
            acceptor(context, {
                label: time, kind: CompletionItemKind.Value, detail: 'Time of day, 24-hour clock', sortText: '0',
                insertText: `\${1:${time}${PLACEHOLDER_MARK}}`, insertTextFormat: InsertTextFormat.Snippet,
                data: documented({ value: 'time' })
            });
            return;
        }
        const agreement = context.node && agreementOf(context.node);
        const start = agreement && headerField(agreement, isEffectiveField)?.start;
        const date = property === 'end' && start ? addMonths(start, 12, true) : firstOfNextMonth(new Date());
        const [year, month, day] = date.split('-');
        acceptor(context, {
            label: date, kind: CompletionItemKind.Value, detail: 'Date, year-month-day', sortText: '0',
            insertText: `\${1:${year}}-\${2:${month}}-\${3:${day}${PLACEHOLDER_MARK}}`, insertTextFormat: InsertTextFormat.Snippet,
            data: documented({ value: 'date' })
        });
    }

    /** IANA time zones, quoted, the agreement's own first. */
    private completeTimeZones(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const agreement = context.node && agreementOf(context.node);
        const own = agreement ? [agreement.header.find(isTimezoneField)?.zone?.replace(/^"|"$/g, '')].filter(zone => zone !== undefined) : [];
        // Every engine the server runs on lists its zones; an older browser offers the agreement's own only.
        const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
        for (const zone of new Set([...own, ...known])) {
            acceptor(context, { label: `"${zone}"`, kind: CompletionItemKind.Value, detail: own.includes(zone) ? 'The agreement\'s time zone' : 'Time zone', sortText: own.includes(zone) ? '0' : '1' });
        }
    }

    /** Currency codes, those the agreement's amounts use first, without the ones the list already holds. */
    private completeCurrencies(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const field = context.node && AstUtils.getContainerOfType(context.node, isCurrenciesField);
        const listed = new Set(field?.currencies ?? []);
        const used = agreementCurrencies(context.node);
        for (const code of new Set([...used, ...CURRENCIES])) {
            if (listed.has(code)) continue;
            acceptor(context, { label: code, kind: CompletionItemKind.Unit, detail: used.includes(code) ? 'Used in the agreement' : 'Currency', sortText: used.includes(code) ? '0' : '1' });
        }
    }

    /** The grammar's `business` keyword, whose documentation the unit list shows. */
    private get businessKeyword(): GrammarAST.Keyword | undefined {
        this.business ??= AstUtils.streamAllContents(this.services.Grammar).filter(GrammarAST.isKeyword).find(keyword => keyword.value === 'business');
        return this.business;
    }

    private completeLocales(context: CompletionContext, acceptor: CompletionAcceptor): void {
        if (this.localesOffered.has(context)) return;
        this.localesOffered.add(context);
        LOCALES.forEach((locale, index) => acceptor(context, {
            label: locale.tag, kind: CompletionItemKind.EnumMember, detail: locale.name, sortText: String(index),
            data: documented({ locale: locale.tag })
        }));
    }

    private completeDimensions(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const agreement = context.node && agreementOf(context.node);
        const used = agreement ? [agreement, ...ancestors(agreement)].flatMap(declarations).filter(isSegment)
            .filter(segment => !containsOffset(segment, context.offset)).map(segment => segment.dimension) : [];
        for (const dimension of new Set([...used, ...COMMON_DIMENSIONS])) {
            acceptor(context, { label: dimension, kind: CompletionItemKind.EnumMember, detail: used.includes(dimension) ? 'Segment dimension in use' : 'Segment dimension', sortText: used.includes(dimension) ? '0' : '1' });
        }
    }

    /**
     * A field the block (or a header field the agreement) already has, unless the cursor is on it. A keyword that
     * starts a rule (`goal`, `credits`, `step`) begins a new entry, never a field of the entry before it.
     */
    private alreadyGiven(context: CompletionContext, keyword: GrammarAST.Keyword, rule: GrammarAST.ParserRule | undefined): boolean {
        const group: AstNode | undefined = keyword.$container;
        if (!rule || !GrammarAST.isGroup(group) || group.elements[0] !== keyword) return false;
        const assignment = group.elements.find(GrammarAST.isAssignment);
        if (!assignment || assignment.operator === '+=') return false;
        const agreement = context.document.parseResult.value as Agreement;
        if (group === rule.definition) {
            // A header field's keyword starts a field of the agreement; any other rule's, a new entry.
            return this.services.shared.AstReflection.isSubtype(rule.name, 'HeaderField')
                && agreement.header.some(field => field.$type === rule.name && !containsOffset(field, context.offset));
        }
        const owner = context.node && AstUtils.getContainerOfType(context.node, (node): node is AstNode => node.$type === rule.name);
        const value = owner && (owner as unknown as Record<string, unknown>)[assignment.feature];
        if (value === undefined || value === false) return false;
        // The field runs from its keyword to its value; the cursor anywhere on it is editing it.
        const field = GrammarUtils.findNodeForProperty(owner!.$cstNode, assignment.feature);
        const start = owner!.$cstNode && GrammarUtils.findNodesForKeyword(owner!.$cstNode, keyword.value)
            .filter(node => node.grammarSource === keyword && (!field || node.offset <= field.offset)).at(-1);
        return !(field && (start ?? field).offset <= context.offset && context.offset <= field.end);
    }
}

/**
 * Whether the next feature is a unit: an alternative of `UnitName`, a quantity's `business`, or a rate's `per`
 * unit. The words of `Period` are units after a number (`2 months`, a purchased count), and periods elsewhere
 * (`every month`).
 */
function isUnitPosition(next: NextFeature, rule: GrammarAST.ParserRule | undefined, context: CompletionContext): boolean {
    if (GrammarAST.isKeyword(next.feature) && next.feature.value === 'business') return true;
    if (rule?.name === 'Period') {
        const node = context.node;
        return isQuantity(node) || isPurchasedQuantity(node) || isPurchase(node) || isMetricUnit(node) || isMetric(node)
            || (isRate(node) && next.property !== 'period');
    }
    return rule?.name === 'UnitName' || next.property === 'per';
}

/** `minute` for `minutes`, `breach` for `breaches`: the same unit, read after 1. */
function singularOf(unit: string): string {
    const canonical = unitInfo(unit)?.canonical;
    return [unit.replace(/es$/, ''), unit.replace(/s$/, '')].find(form => form !== unit && canonical && unitInfo(form)?.canonical === canonical) ?? unit;
}

/** A metric's target as completion label (as it reads once agreed) and snippet (its suggested numbers marked). */
function targetSnippet(metric: MetricFacts): { label: string, snippet: string } {
    const duration = unitInfo(metric.unit)?.dimension === 'duration';
    const comparator = duration ? '<=' : '>=';
    const [suggested, ...words] = (metric.unit === '%' ? `99.5${PLACEHOLDER_MARK} %` : defaultThreshold(metric)).split(' ');
    const value = withoutPlaceholderMark(suggested);
    const unit = value === '1' ? [...words.slice(0, -1), singularOf(words.at(-1)!)] : words;
    const items = metric.aggregation === 'per-lead' ? 'leads' : metric.aggregation === 'per-ticket' ? 'tickets' : undefined;
    const share = items ? ` in 95 % of ${items}` : '';
    const shareSnippet = items ? ` in \${2:95${PLACEHOLDER_MARK}} % of \${3:${items}}` : '';
    return {
        label: `${metric.name} ${comparator} ${value} ${unit.join(' ')}${share}`,
        snippet: `${metric.name} ${comparator} \${1:${suggested}} ${unit.join(' ')}${shareSnippet}`
    };
}

/** An item's `data`: what its documentation explains. */
function documented(documentation: DocumentationKey): DocumentationData {
    return { documentation };
}

function containsOffset(node: AstNode, offset: number): boolean {
    const cst = node.$cstNode;
    return cst !== undefined && cst.offset <= offset && offset <= cst.end;
}
