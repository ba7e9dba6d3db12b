/**
 * Langium's built-in diagnostics with SLA codes and messages: syntax errors carry `sla-syntax-error`, and an
 * unresolved name says what kind of thing was expected and which declared names are close to it.
 */
import {
    CstUtils, DefaultDocumentValidator, type AstNode, type AstReflection, type LangiumDocument, type ValidationAcceptor, type ParseResult, type ReferenceInfo,
    type ScopeProvider, type ValidationOptions
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isRefinesField } from '../generated/ast.js';
import { runNodeChecks } from '../incremental/node-checks.js';
import { isUnterminatedString } from '../parser/sla-value-converter.js';
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
     * forgotten quote is one diagnostic instead of a cascade through the rest of the file.
     */
    private processUnterminatedStrings(parseResult: ParseResult, diagnostics: Diagnostic[]): void {
        const root = parseResult.value.$cstNode;
        if (!root) return;
        for (const leaf of CstUtils.flattenCst(root)) {
            if (leaf.tokenType.name === 'STRING' && isUnterminatedString(leaf.text)) {
                diagnostics.push({
                    severity: 1, range: leaf.range, source: this.getSource(),
                    message: 'This text has no closing quote. Add " at its end.'
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

    /** Langium's walk over the nodes, without its per-node allocations (see node-checks.ts). */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken?: CancellationToken): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        return runNodeChecks(this.validationRegistry, rootNode, options.categories, acceptor, cancelToken ?? CancellationToken.None);
    }

    private listed(names: readonly string[]): string {
        if (names.length <= LISTED_NAMES) return quotedList(names, 'and');
        return `${names.slice(0, LISTED_NAMES).map(n => `'${n}'`).join(', ')} and ${names.length - LISTED_NAMES} more`;
    }
}
