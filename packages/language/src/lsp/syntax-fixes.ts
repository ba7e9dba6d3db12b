/**
 * Quick fixes for the everyday slips the parser reports (parser/syntax-messages.ts): a date, time or amount written
 * the usual way (`03/01/2026`, `6pm`, `$149`), `monthly` for `per month`, `#` for `//`, a misspelt word, a name with
 * a hyphen or a space, a cap without its period, a number without its unit, a text without quotes, a missing `}`,
 * a quoted text wrapped across lines.
 * Most rewrite the slip itself, as the parser's description says (`data.fixes`); the others insert what is missing.
 * Like every fix here, they only insert text or replace the slip: nothing else the user wrote is lost.
 */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { isCap, type Agreement, type Cap } from '../generated/ast.js';
import { lineIndent } from '../generator/text-layout.js';
import type { SyntaxFix } from '../parser/syntax-messages.js';
import { isLongText, isUnterminatedText, wrappedTextEnd } from '../parser/text-values.js';
import { declarations } from '../sla-model.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { addMissingUnit, type Fixer } from './validation-fixes.js';

/** Only blanks and comments between a node and the error after it. */
const BLANKS = /^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*$/;

const PERIODS = ['month', 'quarter', 'year'];

/** Fixers beyond the rewrites the diagnostic carries. */
const INSERTIONS: Readonly<Record<string, Fixer>> = {
    [IssueCodes.MissingUnit]: addMissingUnit,
    [IssueCodes.MissingPeriod]: addMissingPeriod,
    [IssueCodes.MissingBrace]: closeBlock,
    [IssueCodes.TextWithoutQuotes]: quoteText,
    [IssueCodes.NameFormat]: renameEverywhere,
    [IssueCodes.SyntaxError]: joinWrappedText
};

const SYNTAX_CODES = [
    IssueCodes.SyntaxError, IssueCodes.DateFormat, IssueCodes.TimeFormat, IssueCodes.CurrencySymbol, IssueCodes.NumberFormat,
    IssueCodes.MissingUnit, IssueCodes.MissingPeriod, IssueCodes.PeriodWord, IssueCodes.TextWithoutQuotes, IssueCodes.InnerQuotes,
    IssueCodes.TargetFormat, IssueCodes.UnknownWord, IssueCodes.MissingBrace, IssueCodes.SyntaxAfterEnd, IssueCodes.HashComment,
    IssueCodes.NameFormat
];

export const SYNTAX_FIXERS: ReadonlyMap<string, Fixer> = new Map(SYNTAX_CODES.map(code => [code, (document, diagnostic) =>
    [...rewrites(document, diagnostic), ...INSERTIONS[code]?.(document, diagnostic) ?? []]] as const));

/** The rewrites the parser's description of the slip offers. */
function rewrites(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const fixes = (diagnostic.data as { fixes?: unknown } | undefined)?.fixes;
    if (!Array.isArray(fixes)) return [];
    return fixes.filter(isSyntaxFix).map((f, i) =>
        ({ ...fix(f.title, document, diagnostic, [{ range: diagnostic.range, newText: f.newText }]), isPreferred: i === 0 && fixes.length === 1 }));
}

function isSyntaxFix(value: unknown): value is SyntaxFix {
    const f = value as SyntaxFix;
    return typeof f?.title === 'string' && typeof f.newText === 'string';
}

/**
 * A text wrapped across lines between ordinary quotes (`"A day on which` / `banks are open."`) becomes one long
 * text: both quotes turn into `"""`, every word stays where it is.
 */
function joinWrappedText(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const text = document.textDocument.getText();
    const start = document.textDocument.offsetAt(diagnostic.range.start);
    const tokenEnd = document.textDocument.offsetAt(diagnostic.range.end);
    const token = text.slice(start, tokenEnd);
    if (!token.startsWith('"') || isLongText(token) || !isUnterminatedText(token)) return [];
    const close = wrappedTextEnd(text, start, tokenEnd);
    if (close === undefined) return [];
    const at = (offset: number) => ({ start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + 1) });
    return [fix('Make it one text over several lines (between """ and """)', document, diagnostic, [
        { range: at(start), newText: '"""' }, { range: at(close), newText: '"""' }
    ])];
}

/** `cap 20 %` followed by the next remedy: the cap gets `per month` (or quarter, year). */
function addMissingPeriod(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const cap = nodeEndingBefore(document, diagnostic, (node): node is Cap => isCap(node) && node.period === undefined);
    if (!cap) return [];
    const at = document.textDocument.positionAt(cap.$cstNode!.end);
    return PERIODS.map(period => fix(`Add 'per ${period}'`, document, diagnostic, [{ range: { start: at, end: at }, newText: ` per ${period}` }]));
}

/**
 * A `}` the parser missed: at the end of the file, the closing braces still open; before the next item, one `}` on
 * its own line at that item's indentation (the block above it ends there).
 */
function closeBlock(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const text = document.textDocument.getText();
    const at = document.textDocument.offsetAt(diagnostic.range.start);
    if (at >= text.trimEnd().length) {
        const open = openBraces(text);
        if (open <= 0) return [];
        const end = document.textDocument.positionAt(text.length);
        const closing = Array.from({ length: open }, (_, i) => `${'    '.repeat(open - 1 - i)}}`).join('\n');
        const newText = `${text.endsWith('\n') ? '' : '\n'}${closing}\n`;
        return [fix(open === 1 ? 'Add the missing }' : `Add the ${open} missing }`, document, diagnostic, [{ range: { start: end, end }, newText }])];
    }
    // A missing { comes with its rewrite; a } is missing when the diagnostic is on the next item, first on its line.
    const hasRewrite = Array.isArray((diagnostic.data as { fixes?: unknown } | undefined)?.fixes);
    const indent = lineIndent(text, at);
    if (hasRewrite || diagnostic.range.start.character !== indent.length) return [];
    const lineStart = { line: diagnostic.range.start.line, character: 0 };
    return [fix('Add the missing } on the line before', document, diagnostic, [{ range: { start: lineStart, end: lineStart }, newText: `${indent}}\n` }])];
}

/** The braces opened and not closed, outside texts and comments. */
function openBraces(text: string): number {
    const code = text.replace(/"(\\.|[^"\\\r\n])*"?|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
    return [...code].reduce((depth, c) => depth + (c === '{' ? 1 : c === '}' ? -1 : 0), 0);
}

/** `goal Keep the shop online`: the words up to the next text or the end of the line, in quotes. */
function quoteText(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const text = document.textDocument.getText();
    const start = document.textDocument.offsetAt(diagnostic.range.start);
    const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const words = /^[^"\n]*/.exec(text.slice(start, lineEnd))![0].replace(/\s*(\/\/.*)?$/, '');
    if (!words || words.includes('"')) return [];
    const range = { start: diagnostic.range.start, end: document.textDocument.positionAt(start + words.length) };
    return [fix(`Put "${words}" in quotes`, document, diagnostic, [{ range, newText: `"${words}"` }])];
}

/** A hyphenated name, renamed where it is declared and wherever this agreement uses it. */
function renameEverywhere(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const { name, suggestion } = (diagnostic.data ?? {}) as { name?: unknown, suggestion?: unknown };
    if (typeof name !== 'string' || typeof suggestion !== 'string') return [];
    const agreement = document.parseResult.value;
    const taken = new Set(declarations(agreement).map(d => d.name));
    if (taken.has(suggestion) || agreement.name === suggestion) return [];
    const uses = document.references.filter(ref => ref.$refText === name && ref.$refNode).map(ref => ref.$refNode!.range);
    const edits: TextEdit[] = [diagnostic.range, ...uses].map(range => ({ range, newText: suggestion }));
    return [{ ...fix(`Rename '${name}' to '${suggestion}' everywhere`, document, diagnostic, edits), isPreferred: true }];
}

/** The innermost node of a kind that ends just before the diagnostic (only blanks and comments between). */
function nodeEndingBefore<T extends AstNode>(document: LangiumDocument<Agreement>, diagnostic: Diagnostic, is: (node: unknown) => node is T): T | undefined {
    const text = document.textDocument.getText();
    const errorAt = document.textDocument.offsetAt(diagnostic.range.start);
    return AstUtils.streamAst(document.parseResult.value).filter(is)
        .find(node => node.$cstNode !== undefined && node.$cstNode.end <= errorAt && BLANKS.test(text.slice(node.$cstNode.end, errorAt)));
}

function fix(title: string, document: LangiumDocument, diagnostic: Diagnostic, edits: TextEdit[]): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [document.textDocument.uri]: edits } } };
}
