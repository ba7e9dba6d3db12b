/**
 * Everything an editor and the CLI do with one text, as the robustness properties run it: build and validate with
 * every check category, completion and hover at given offsets, every code action offered for every diagnostic,
 * formatting and rendering. Each step must finish without throwing; the findings let properties check that quick
 * fixes and the formatter lose no user text.
 */
import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { Agreement } from '../../packages/language/src/generated/ast.js';
import { renderAgreement } from '../../packages/language/src/generator/render.js';
import { RENDER_FORMATS, type RenderFormat } from '../../packages/language/src/sla-protocol.js';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { checkAgreements } from '../../packages/language/src/workspace/agreement-workspace.js';

export const fuzzServices = createSlaServices(EmptyFileSystem);
const lsp = fuzzServices.Sla.lsp;
const PATH = '/fuzz/agreement.sla';
const FORMATTING = { insertSpaces: true, tabSize: 4 };

/** What a check or the linker reports when it threw instead of deciding. */
const CRASH = /^An error occurred/;

export interface Session {
    readonly document: LangiumDocument<Agreement>;
    readonly diagnostics: Diagnostic[];
    /** Diagnostics that stand for an exception inside a check or the linker. */
    readonly crashes: string[];
}

/** Builds and validates `text` as `sla check` does, runs `use` on it, and forgets the document again. */
export async function withDocument<T>(text: string, use: (session: Session) => Promise<T>): Promise<T> {
    const [checked] = await checkAgreements(fuzzServices, [{ path: PATH, text }]);
    try {
        const crashes = checked.diagnostics.map(d => typeof d.message === 'string' ? d.message : d.message.value).filter(m => CRASH.test(m));
        return await use({ document: checked.document, diagnostics: checked.diagnostics, crashes });
    } finally {
        fuzzServices.shared.workspace.LangiumDocuments.deleteDocument(URI.file(PATH));
    }
}

/** Completion and hover at each offset (clamped into the text). */
export async function completeAndHover(document: LangiumDocument, offsets: readonly number[]): Promise<void> {
    const textDocument = { uri: document.textDocument.uri };
    const length = document.textDocument.getText().length;
    for (const offset of offsets) {
        const position = document.textDocument.positionAt(Math.min(offset, length));
        await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
        await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
    }
}

/** The most diagnostics asked about one by one; an editor asks only about those at the cursor. */
const MOST_SINGLE_REQUESTS = 200;

/**
 * The code actions an editor gets for each diagnostic on its own (a spread sample of them in a huge document),
 * and for all of them at once with the source actions.
 */
export async function allCodeActions(document: LangiumDocument, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const textDocument = { uri: document.textDocument.uri };
    const request = async (range: Diagnostic['range'], context: { diagnostics: Diagnostic[], only?: string[] }) =>
        (await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range, context }) ?? []) as CodeAction[];
    const step = Math.ceil(diagnostics.length / MOST_SINGLE_REQUESTS);
    const sample = diagnostics.filter((_, i) => i % step === 0);
    const actions = (await Promise.all(sample.map(d => request(d.range, { diagnostics: [d] })))).flat();
    const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
    actions.push(...await request(whole, { diagnostics, only: [CodeActionKind.QuickFix, CodeActionKind.Source] }));
    return actions;
}

export async function formatText(document: LangiumDocument): Promise<string> {
    const edits = await lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.textDocument.uri }, options: FORMATTING });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** Renders to every format the preview and `sla render` offer. */
export async function renderAll(document: LangiumDocument<Agreement>, formats: readonly RenderFormat[] = RENDER_FORMATS): Promise<void> {
    for (const format of formats) {
        await renderAgreement(document, format);
    }
}

/** Every token and comment of a text, in order, whitespace dropped: what formatting must keep. */
export function tokenImages(text: string): string[] {
    const lexed = fuzzServices.Sla.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...(lexed.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map(t => t.image);
}
