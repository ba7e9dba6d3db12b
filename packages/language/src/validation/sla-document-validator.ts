/**
 * Langium's built-in diagnostics with SLA codes and messages: syntax errors carry the code of the slip they are
 * (`sla-date-format`, ..., or `sla-syntax-error`) beside Langium's own data, and an
 * unresolved name says what kind of thing was expected and which declared names are close to it.
 */
import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, type AstNode, type AstReflection, type LangiumDocument, type ParseResult,
    type ReferenceInfo, type ScopeProvider, type ValidationAcceptor, type ValidationOptions
} from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { isRefinesField, type Agreement } from '../generated/ast.js';
import { runNodeChecks } from '../incremental/node-checks.js';
import type { SyntaxError, SyntaxFix } from '../parser/syntax-messages.js';
import { isLongText, isUnterminatedText, wrappedTextEnd } from '../parser/text-values.js';
import { agreementOf, ancestors, declarationKind, declarations } from '../sla-model.js';
import type { SlaServices } from '../sla-module.js';
import { closeNames, quotedList } from './close-names.js';
import { IssueCodes } from './issue-codes.js';
import type { SlaValidationRegistry } from './sla-validation-registry.js';
import { isHashComment, isText, notableLeaves } from './text-leaves.js';

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
     * One mistake, one error: a line the parser could not read gets its syntax error and nothing else. Further
     * syntax errors on that line, checks on what was half-read there, and unresolved uses of a name whose declaration
     * is in a line that could not be read are follow-ons of the same mistake; they return when the line is fixed.
     * Likewise a text wrapped across lines between ordinary quotes: its continuation lines, read as entries, would
     * add a syntax error and unknown names for every word. Those are left out; the text's own diagnostic says what
     * happened and its quick fix joins the lines into one long text.
     */
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const parserErrors = document.parseResult.parserErrors;
        const spans = wrappedTextSpans(document.parseResult.value as Agreement);
        if (parserErrors.length === 0 && document.parseResult.lexerErrors.length === 0 && spans.length === 0) return diagnostics;
        const brokenLines = new Set<number>();
        const unreadable = unreadableNames(parserErrors);
        return diagnostics.filter(diagnostic => {
            const line = diagnostic.range.start.line;
            if (isParserDiagnostic(diagnostic)) {
                if (brokenLines.has(line)) return false;
                brokenLines.add(line);
                return true;
            }
            const refText = (diagnostic.data as { refText?: unknown } | undefined)?.refText;
            return !brokenLines.has(line) && !(typeof refText === 'string' && unreadable.has(refText));
        }).filter(diagnostic => {
            const offset = document.textDocument.offsetAt(diagnostic.range.start);
            return !spans.some(span => span.from <= offset && offset <= span.to);
        });
    }

    protected override processLexingErrors(
        parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        for (const diagnostic of diagnostics.slice(first)) {
            diagnostic.code = IssueCodes.SyntaxError;
        }
    }

    /**
     * Langium's diagnostics for the parser's errors, each with the SLA code its message was built for
     * (parser/syntax-messages.ts) in `code`; `data` stays Langium's, so its `stopAfterParsingErrors` still works.
     */
    protected override processParsingErrors(
        parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        diagnostics.slice(first).forEach((diagnostic, i) => {
            const problem = (parseResult.parserErrors[i] as SyntaxError | undefined)?.problem;
            diagnostic.code = problem?.code ?? IssueCodes.SyntaxError;
            if (!problem?.fixes) return;
            diagnostic.data = { ...diagnostic.data, fixes: problem.fixes };
            // A slip over several tokens (`=>`, `Patch Window`) is marked as a whole.
            const { start, end } = problem.fixes[0];
            if (start !== undefined && end !== undefined) diagnostic.range = rangeOf(parseResult.value.$cstNode?.root.fullText ?? '', start, end);
        });
        this.processTokenSlips(parseResult, diagnostics);
    }

    /**
     * Slips the lexer lets through so that they cost one diagnostic, not a cascade: a text whose closing quote is
     * missing (the STRING terminal runs to the end of its line; LONG_TEXT without its closing `"""` too) and a `#`
     * comment (hidden like `//`).
     */
    private processTokenSlips(parseResult: ParseResult, diagnostics: Diagnostic[]): void {
        const agreement = parseResult.value as Agreement;
        const source = agreement.$cstNode?.root.fullText ?? '';
        for (const leaf of notableLeaves(agreement)) {
            if (isText(leaf) && isUnterminatedText(leaf.text)) {
                diagnostics.push(this.slip(IssueCodes.SyntaxError, leaf.range, isLongText(leaf.text)
                    ? 'This long text has no closing """. Add """ where the text ends.'
                    : wrappedTextEnd(source, leaf.offset, leaf.end) !== undefined
                        ? 'This text runs on to the next line, but a text in quotes ends at its line. Write a text over several lines between """ and """ (the quick fix does it).'
                        : 'This text has no closing quote. Add " at its end.'));
            } else if (isHashComment(leaf)) {
                const comment = `//${leaf.text.slice(1)}`;
                diagnostics.push(this.slip(IssueCodes.HashComment, leaf.range, `Comments start with //, not #: write \`${comment}\`.`,
                    [{ title: `Change to '${comment}'`, newText: comment }]));
            }
        }
    }

    private slip(code: string, range: Range, message: string, fixes?: SyntaxFix[]): Diagnostic {
        return { severity: 1, range, source: this.getSource(), message, code, data: fixes ? { code, fixes } : { code } };
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

    /** Langium's walk over the nodes, without its per-node allocations and keeping local checks' reports (see node-checks.ts). */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        return runNodeChecks(this.validationRegistry as SlaValidationRegistry, rootNode, options.categories, acceptor,
            cancelToken ?? Cancellation.CancellationToken.None);
    }

    private listed(names: readonly string[]): string {
        if (names.length <= LISTED_NAMES) return quotedList(names, 'and');
        return `${names.slice(0, LISTED_NAMES).map(n => `'${n}'`).join(', ')} and ${names.length - LISTED_NAMES} more`;
    }
}

/** From the end of each wrapped text's first line to the end of the line that closes it. */
function wrappedTextSpans(agreement: Agreement): Array<{ from: number, to: number }> {
    const source = agreement.$cstNode?.root.fullText ?? '';
    return notableLeaves(agreement).filter(leaf => leaf.tokenType.name === 'STRING' && isUnterminatedText(leaf.text))
        .flatMap(leaf => {
            const close = wrappedTextEnd(source, leaf.offset, leaf.end);
            if (close === undefined) return [];
            const lineEnd = source.indexOf('\n', close);
            return [{ from: leaf.end, to: lineEnd < 0 ? source.length : lineEnd }];
        });
}

/** A diagnostic Langium made of a lexer or parser error (its own data code is kept). */
function isParserDiagnostic(diagnostic: Diagnostic): boolean {
    const code = (diagnostic.data as { code?: unknown } | undefined)?.code;
    return code === DocumentValidator.ParsingError || code === DocumentValidator.LexingError;
}

/**
 * Names the parser could not read as declarations: the words it skipped, and a name split by a space
 * (`calendar Patch Window`), whose uses are written `PatchWindow`.
 */
function unreadableNames(errors: readonly IRecognitionException[]): Set<string> {
    const names = new Set<string>();
    for (const error of errors) {
        for (const token of [error.token, ...error.resyncedTokens ?? []]) names.add(token.image);
        const previous = (error as { previousToken?: IToken }).previousToken;
        if (previous && previous.tokenType.name === 'ID' && previous.startLine === error.token.startLine) {
            names.add(previous.image + error.token.image);
        }
    }
    return names;
}

function rangeOf(text: string, start: number, end: number): Range {
    const position = (offset: number) => {
        const before = text.slice(0, offset);
        const line = before.split('\n').length - 1;
        return { line, character: offset - (before.lastIndexOf('\n') + 1) };
    };
    return { start: position(start), end: position(end) };
}
