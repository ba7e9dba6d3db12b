/**
 * Completion that offers only what is valid at the cursor:
 * - section snippets (the catalogue's skeletons, with tab stops) for sections the agreement does not have yet;
 *   a section it has is not offered again, nor a field a block already has (`kind` twice);
 * - names of the right kind from the scope (Langium's cross-reference completion), with their key facts, without
 *   the names a list already holds (`participants Acme, |` does not offer Acme again);
 * - units that fit the quantity: the metric's unit at a threshold, % or money for credits and caps, durations for
 *   notice periods and deadlines, money for prices;
 * - enumerated values (roles, metric kinds, aggregations, windows, comparators, exclusion kinds...) with what
 *   each means, segment dimensions already in use, and the locales after `locale`.
 */
import { AstUtils, GrammarAST, GrammarUtils, type AstNode, type AstNodeDescription, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import { type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { SECTIONS, sectionForKeyword, type SectionSpec } from '../catalogue/sections.js';
import { type Agreement, isSegment } from '../generated/ast.js';
import { skeletonNamesOf } from '../generator/section-insertion.js';
import { DEFAULT_LOCALE, LOCALES } from '../locale/locales.js';
import { agreementOf, ancestors, declarations } from '../sla-model.js';
import type { SlaServices } from '../sla-module.js';
import { declarationMarkdown, declarationSummary } from './declaration-facts.js';
import { expectedUnits, unitsFor } from './expected-units.js';
import { WindowedCompletionProvider } from '../incremental/windowed-completion.js';
import { keywordDocumentation } from './keyword-docs.js';

/** Dimensions segments commonly split targets by, offered next to those the agreement already uses. */
const COMMON_DIMENSIONS = ['priority', 'severity', 'lead', 'region'];

export class SlaCompletionProvider extends WindowedCompletionProvider {

    /** Unit completion is offered once per context, although every alternative of `UnitName` asks for it. */
    private readonly unitsOffered = new WeakSet<CompletionContext>();
    /** Likewise the locales, which every alternative of the `locale` field's value asks for. */
    private readonly localesOffered = new WeakSet<CompletionContext>();

    constructor(private readonly services: SlaServices) {
        super(services);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (isUnitPosition(next, rule)) {
            return this.completeUnits(context, acceptor);
        }
        if (rule?.name === 'LocaleField' && next.property === 'tag') {
            return this.completeLocales(context, acceptor);
        }
        if (rule?.name === 'DimensionName' && GrammarAST.isRuleCall(next.feature)) {
            return this.completeDimensions(context, acceptor);
        }
        if (GrammarAST.isKeyword(next.feature)) {
            const section = sectionForKeyword(next.feature.value);
            if (section && rule?.name === section.astType) {
                return this.completeSection(context, next.feature, section, acceptor);
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
        const documentation = keywordDocumentation(keyword);
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: 'Keyword',
            sortText: '1',
            documentation: documentation ? { kind: 'markdown', value: documentation } : undefined
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

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const markdown = description.node && declarationMarkdown(description.node);
        return {
            ...item,
            detail: (description.node && declarationSummary(description.node)) ?? item.detail,
            documentation: markdown ? { kind: 'markdown', value: markdown } : item.documentation
        };
    }

    private completeSection(context: CompletionContext, keyword: GrammarAST.Keyword, spec: SectionSpec, acceptor: CompletionAcceptor): MaybePromise<void> {
        const agreement = context.document.parseResult.value as Agreement;
        const existing = agreement.sections.find(section => section.$type === spec.astType);
        if (existing) {
            // Only the section being typed may be completed; a second one would be an error.
            return containsOffset(existing, context.offset) ? super.completionForKeyword(context, keyword, acceptor) : undefined;
        }
        acceptor(context, {
            label: spec.keyword,
            kind: CompletionItemKind.Snippet,
            detail: `${spec.title} (${spec.presence} section)`,
            documentation: { kind: 'markdown', value: spec.why },
            insertText: spec.skeleton(skeletonNamesOf(agreement)),
            insertTextFormat: InsertTextFormat.Snippet,
            sortText: `0${String(SECTIONS.indexOf(spec)).padStart(2, '0')}`
        });
    }

    private completeUnits(context: CompletionContext, acceptor: CompletionAcceptor): void {
        if (this.unitsOffered.has(context)) return;
        this.unitsOffered.add(context);
        const expected = expectedUnits(context.node);
        let rank = 0;
        for (const dimension of expected.dimensions) {
            for (const unit of expected.only ?? unitsFor(dimension, context.node, expected.singular)) {
                acceptor(context, { label: unit, kind: CompletionItemKind.Unit, detail: dimension, sortText: `0${String(rank++).padStart(3, '0')}` });
            }
        }
        if (expected.business) {
            acceptor(context, {
                label: 'business', kind: CompletionItemKind.Keyword, detail: 'Keyword', sortText: '1',
                documentation: { kind: 'markdown', value: 'Counted in business time: only the hours of the service\'s calendar count, e.g. `4 business hours`.' }
            });
        }
    }

    private completeLocales(context: CompletionContext, acceptor: CompletionAcceptor): void {
        if (this.localesOffered.has(context)) return;
        this.localesOffered.add(context);
        LOCALES.forEach((locale, index) => acceptor(context, {
            label: locale.tag, kind: CompletionItemKind.EnumMember, detail: locale.name, sortText: String(index),
            documentation: {
                kind: 'markdown',
                value: `Rendered in ${locale.name}: its dates, numbers and spelling, on ${locale.paper} paper.${locale === DEFAULT_LOCALE ? ' The default for an agreement without `locale`.' : ''}`
            }
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

    /** A field the block (or a header field the agreement) already has, unless the cursor is on it. */
    private alreadyGiven(context: CompletionContext, keyword: GrammarAST.Keyword, rule: GrammarAST.ParserRule | undefined): boolean {
        const group: AstNode | undefined = keyword.$container;
        if (!rule || !GrammarAST.isGroup(group) || group.elements[0] !== keyword) return false;
        const assignment = group.elements.find(GrammarAST.isAssignment);
        if (!assignment || assignment.operator === '+=') return false;
        const agreement = context.document.parseResult.value as Agreement;
        if (this.services.shared.AstReflection.isSubtype(rule.name, 'HeaderField')) {
            return agreement.header.some(field => field.$type === rule.name && !containsOffset(field, context.offset));
        }
        const owner = context.node && AstUtils.getContainerOfType(context.node, (node): node is AstNode => node.$type === rule.name);
        const value = owner && (owner as unknown as Record<string, unknown>)[assignment.feature];
        if (value === undefined || value === false) return false;
        const field = GrammarUtils.findNodeForProperty(owner!.$cstNode, assignment.feature);
        return !(field && field.offset <= context.offset && context.offset <= field.end);
    }
}

/**
 * Whether the next feature is a unit: an alternative of `UnitName` (whose `Period` words appear as `period`
 * elsewhere, e.g. `every month`), a quantity's `business`, or a rate's `per` unit.
 */
function isUnitPosition(next: NextFeature, rule: GrammarAST.ParserRule | undefined): boolean {
    if (GrammarAST.isKeyword(next.feature) && next.feature.value === 'business') return true;
    return rule?.name === 'UnitName' || (rule?.name === 'Period' && next.property !== 'period') || next.property === 'per';
}

function containsOffset(node: AstNode, offset: number): boolean {
    const cst = node.$cstNode;
    return cst !== undefined && cst.offset <= offset && offset <= cst.end;
}
