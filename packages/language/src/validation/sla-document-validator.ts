/**
 * Langium's built-in diagnostics with SLA codes and messages: syntax errors carry `sla-syntax-error`, and an
 * unresolved name says what kind of thing was expected and which declared names are close to it.
 */
import {
    Cancellation, CstUtils, DefaultDocumentValidator, type AstReflection, type CstNode, type LangiumDocument, type ParseResult,
    type ReferenceInfo, type ScopeProvider, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isRefinesField } from '../generated/ast.js';
import { isLongText, isUnterminatedText, wrappedTextEnd } from '../parser/text-values.js';
import { agreementOf, ancestors, declarationKind, declarations } from '../sla-model.js';
import type { SlaServices } from '../sla-module.js';
import { closeNames, quotedList } from './close-names.js';
import { IssueCodes } from './issue-codes.js';

/** How many declared names an unresolved-name message lists when none is close. */
const LISTED_NAMES = 8;

export class SlaDocumentValidator extends DefaultDocumentValidator {

    private readonly scopeProvider: ScopeProvider;
    private readonly reflection: AstReflection;

    constructor(services: SlaServices) {
        super(services);
        this.scopeProvider = services.references.ScopeProvider;
        this.reflection = services.shared.AstReflection;
    }

    /**
     * A text wrapped across lines between ordinary quotes is one mistake: its continuation lines, read as entries,
     * would add a syntax error and unknown names for every word. Those are left out; the text's own diagnostic says
     * what happened and its quick fix joins the lines into one long text.
     */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const spans = wrappedTextSpans(document.parseResult.value.$cstNode);
        if (spans.length === 0) return diagnostics;
        return diagnostics.filter(d => {
            const offset = document.textDocument.offsetAt(d.range.start);
            return !spans.some(span => span.from <= offset && offset <= span.to);
        });
    }

    protected override processLexingErrors(
        parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        this.withSyntaxCode(diagnostics, () => super.processLexingErrors(parseResult, diagnostics, options));
    }

    protected override processParsingErrors(
        parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        this.withSyntaxCode(diagnostics, () => {
            super.processParsingErrors(parseResult, diagnostics, options);
            this.processUnterminatedStrings(parseResult, diagnostics);
        });
    }

    /**
     * The STRING terminal accepts a text whose closing quote is missing up to the end of its line, so that one
     * forgotten quote is one diagnostic instead of a cascade through the rest of the file; so does LONG_TEXT without
     * its closing `"""`.
     */
    private processUnterminatedStrings(parseResult: ParseResult, diagnostics: Diagnostic[]): void {
        const root = parseResult.value.$cstNode;
        if (!root) return;
        const source = root.root.fullText;
        for (const leaf of CstUtils.flattenCst(root)) {
            const text = leaf.tokenType.name === 'STRING' || leaf.tokenType.name === 'LONG_TEXT';
            if (text && isUnterminatedText(leaf.text)) {
                diagnostics.push({
                    severity: 1, range: leaf.range, source: this.getSource(),
                    message: isLongText(leaf.text)
                        ? 'This long text has no closing """. Add """ where the text ends.'
                        : wrappedTextEnd(source, leaf.offset, leaf.end) !== undefined
                            ? 'This text runs on to the next line, but a text in quotes ends at its line. Write a text over several lines between """ and """ (the quick fix does it).'
                            : 'This text has no closing quote. Add " at its end.'
                });
            }
        }
    }

    private withSyntaxCode(diagnostics: Diagnostic[], process: () => void): void {
        const first = diagnostics.length;
        process();
        for (const diagnostic of diagnostics.slice(first)) {
            diagnostic.code = IssueCodes.SyntaxError;
            diagnostic.data = { ...diagnostic.data, code: IssueCodes.SyntaxError };
        }
    }

    protected override processLinkingErrors(
        document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const reference of document.references) {
            const info = reference.error?.info;
            if (!info) continue;
            const candidates = this.candidates(info);
            const code = IssueCodes.UnresolvedReference;
            diagnostics.push(this.toDiagnostic('error', this.unresolvedMessage(info, candidates), {
                node: info.container, range: reference.$refNode?.range, property: info.property, index: info.index, code,
                data: {
                    code, containerType: info.container.$type, property: info.property, refText: info.reference.$refText,
                    candidates: candidates.close.length ? candidates.close : candidates.all
                }
            }));
        }
    }

    /** The names in scope of the expected kind; an agreement cannot refine itself, so its own name is left out. */
    private candidates(info: ReferenceInfo): { all: string[], close: string[] } {
        const self = isRefinesField(info.container) ? info.container.$container.name : undefined;
        const names = this.scopeProvider.getScope(info).getAllElements().map(d => d.name);
        const all = [...new Set(names)].filter(name => name !== self);
        return { all, close: closeNames(info.reference.$refText, all) };
    }

    private unresolvedMessage(info: ReferenceInfo, { all, close }: { all: string[], close: string[] }): string {
        const kind = declarationKind(this.reflection.getReferenceType(info));
        const written = info.reference.$refText;
        if (kind.noun === 'agreement') {
            const loaded = all.length ? ` Loaded agreements: ${this.listed(all)}.` : '';
            return `No agreement named '${written}' is loaded.${close.length ? ` Did you mean ${quotedList(close)}?` : loaded}`
                + ' Open its file in the same workspace, or check both files together (`sla check <folder>`).';
        }
        const agreement = agreementOf(info.container);
        const parent = agreement?.header.find(isRefinesField)?.parent;
        const inherited = parent && !parent.ref
            ? ` It may be declared in '${parent.$refText}', which this agreement refines but which is not loaded.` : '';
        const other = agreement && [agreement, ...ancestors(agreement)].flatMap(declarations).find(d => d.name === written);
        if (other) {
            return `'${written}' is a ${declarationKind(other.$type).noun}, but a ${kind.noun} is expected here.`
                + (all.length ? ` Declared ${kind.plural}: ${this.listed(all)}.` : ` Declare a ${kind.noun} in the '${kind.section}' section.`);
        }
        if (close.length) {
            return `Unknown ${kind.noun} '${written}'. Did you mean ${quotedList(close)}?${inherited}`;
        }
        if (all.length) {
            return `Unknown ${kind.noun} '${written}'. Declared ${kind.plural}: ${this.listed(all)}.${inherited}`;
        }
        return `Unknown ${kind.noun} '${written}': this agreement declares no ${kind.plural}. Declare '${written}' in the '${kind.section}' section.${inherited}`;
    }

    private listed(names: readonly string[]): string {
        if (names.length <= LISTED_NAMES) return quotedList(names, 'and');
        return `${names.slice(0, LISTED_NAMES).map(n => `'${n}'`).join(', ')} and ${names.length - LISTED_NAMES} more`;
    }
}

/** From the end of each wrapped text's first line to the end of the line that closes it. */
function wrappedTextSpans(root: CstNode | undefined): Array<{ from: number, to: number }> {
    if (!root) return [];
    const source = root.root.fullText;
    return CstUtils.flattenCst(root).filter(leaf => leaf.tokenType.name === 'STRING' && isUnterminatedText(leaf.text)).toArray()
        .flatMap(leaf => {
            const close = wrappedTextEnd(source, leaf.offset, leaf.end);
            if (close === undefined) return [];
            const lineEnd = source.indexOf('\n', close);
            return [{ from: leaf.end, to: lineEnd < 0 ? source.length : lineEnd }];
        });
}
