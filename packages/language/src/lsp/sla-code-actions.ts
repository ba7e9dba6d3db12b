/**
 * Quick fixes and source actions. Each diagnostic code that has a safe fix maps to a fixer; a fixer only inserts
 * text or replaces the range it names, so no user text is ever lost. Fixes that add sections or declarations go
 * through the generator (generator/section-insertion.ts), the same code the editor's "Insert Section..." uses.
 */
import { DocumentValidator, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import { SECTIONS } from '../catalogue/sections.js';
import type { Agreement } from '../generated/ast.js';
import { planDeclaration, planSectionInsertion, type SectionInsertion } from '../generator/section-insertion.js';
import type { SlaServices } from '../sla-module.js';
import { IssueCodes, MISSING_SECTION_CODES } from '../validation/issue-codes.js';
import { isRange, sameRange } from './ranges.js';
import { SYNTAX_FIXERS } from './syntax-fixes.js';
import { unresolvedReferenceAt, suggestNames } from './unresolved-references.js';
import { VALIDATION_FIXERS, type Fixer } from './validation-fixes.js';

/** The kind of the source action that adds every missing section. */
export const ADD_MISSING_SECTIONS_KIND = `${CodeActionKind.Source}.addMissingSections`;

const MISSING_PREFIX = IssueCodes.missingSection('');

export class SlaCodeActionProvider implements CodeActionProvider {

    private readonly fixers: ReadonlyMap<string, Fixer>;

    constructor(private readonly services: SlaServices) {
        const unresolved: Fixer = (document, diagnostic) => this.unresolvedReferenceFixes(document, diagnostic);
        this.fixers = new Map<string, Fixer>([
            ...SECTIONS.map(spec => [IssueCodes.missingSection(spec.id), missingSectionFix] as const),
            [DocumentValidator.LinkingError, unresolved],
            [IssueCodes.UnresolvedReference, unresolved],
            ...VALIDATION_FIXERS,
            ...SYNTAX_FIXERS
        ]);
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const agreementDocument = document as LangiumDocument<Agreement>;
        const diagnostics = (params.context?.diagnostics ?? []).map(d => asPublished(document, d)).filter(d => d !== undefined);
        const actions = diagnostics.flatMap(diagnostic => this.fixers.get(codeOf(diagnostic) ?? '')?.(agreementDocument, diagnostic) ?? []);
        const missing = diagnostics.filter(isMissingSection);
        if (missing.length > 1) {
            actions.push(...addAllSections(agreementDocument, missing, CodeActionKind.QuickFix));
        }
        if (params.context?.only?.some(kind => ADD_MISSING_SECTIONS_KIND.startsWith(kind) && kind.startsWith(CodeActionKind.Source))) {
            actions.push(...addAllSections(agreementDocument, (document.diagnostics ?? []).filter(isMissingSection), ADD_MISSING_SECTIONS_KIND));
        }
        return actions;
    }

    /** Did-you-mean replacements with the closest declared names of the right kind, and a declaration stub. */
    private unresolvedReferenceFixes(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
        const reference = unresolvedReferenceAt(document, diagnostic.range);
        if (!reference) return [];
        const suggestions = suggestNames(this.services, reference.info);
        const actions: CodeAction[] = suggestions.map((name, i) => ({
            title: `Change to '${name}'`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: i === 0 && suggestions.length === 1,
            edit: { changes: { [document.textDocument.uri]: [{ range: diagnostic.range, newText: name }] } }
        }));
        const declaration = reference.undeclared && planDeclaration(document, reference.undeclared);
        if (declaration) {
            const kind = reference.undeclared!.kind.toLowerCase();
            actions.push({
                title: declaration.section
                    ? `Add the '${declaration.section.keyword}' section, declaring ${kind} '${reference.undeclared!.name}'`
                    : `Declare ${kind} '${reference.undeclared!.name}'`,
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                edit: { changes: { [document.textDocument.uri]: declaration.edits } }
            });
        }
        return actions;
    }
}

function missingSectionFix(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const id = codeOf(diagnostic)!.slice(MISSING_PREFIX.length);
    const insertion = planSectionInsertion(document, [id]);
    if (!insertion) return [];
    const [asked] = insertion.sections.filter(spec => spec.id === id);
    const extra = insertion.sections.filter(spec => spec.id !== id).map(spec => `'${spec.keyword}'`);
    return [{
        title: `Add the '${asked.keyword}' section${extra.length ? ` (with ${extra.join(', ')}, which it refers to)` : ''}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: editOf(document, insertion)
    }];
}

function addAllSections(document: LangiumDocument<Agreement>, diagnostics: Diagnostic[], kind: string): CodeAction[] {
    const ids = diagnostics.map(d => codeOf(d)!.slice(MISSING_PREFIX.length));
    const insertion = planSectionInsertion(document, ids);
    if (!insertion) return [];
    return [{
        title: 'Add all missing sections',
        kind,
        diagnostics: kind === CodeActionKind.QuickFix ? diagnostics : undefined,
        edit: editOf(document, insertion)
    }];
}

function editOf(document: LangiumDocument, insertion: SectionInsertion): CodeAction['edit'] {
    return { changes: { [document.textDocument.uri]: insertion.edits } };
}

/**
 * The diagnostic as the server published it. Clients may send back less than they received: Neovim 0.7-0.10 can
 * drop the range or the data. Such a diagnostic is matched with the one the server published (same message and
 * code, and range when it has one) and completed from it; one that matches none and has no range has no fix.
 */
function asPublished(document: LangiumDocument, diagnostic: Partial<Diagnostic>): Diagnostic | undefined {
    const ranged = isRange(diagnostic.range);
    if (ranged && diagnostic.data !== undefined && diagnostic.data !== null) return diagnostic as Diagnostic;
    const published = (document.diagnostics ?? []).find(d => d.message === diagnostic.message
        && (diagnostic.code === undefined || d.code === diagnostic.code)
        && (!ranged || sameRange(d.range, diagnostic.range!)));
    if (published) return { ...published, ...diagnostic, range: published.range, data: published.data };
    return ranged ? diagnostic as Diagnostic : undefined;
}

/**
 * The SLA code of a diagnostic: `code`, where every SLA diagnostic has it (syntax errors keep Langium's own code in
 * `data.code`); else `data.code`, for Langium's linking errors and clients that drop `code`.
 */
function codeOf(diagnostic: Diagnostic): string | undefined {
    const data = diagnostic.data as { code?: unknown } | undefined;
    if (typeof diagnostic.code === 'string' && diagnostic.code.startsWith('sla-')) return diagnostic.code;
    return typeof data?.code === 'string' ? data.code : typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
}

function isMissingSection(diagnostic: Diagnostic): boolean {
    return MISSING_SECTION_CODES.includes(codeOf(diagnostic) ?? '');
}
