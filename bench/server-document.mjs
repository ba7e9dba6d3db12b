/**
 * One large agreement in the language server, as a user works on it: open it, type in the middle of it, and
 * ask for completion, hover, the outline and code actions at places spread over the whole document.
 */
import { pathToFileURL } from 'node:url';
import { tokenize } from './language.mjs';
import { LanguageServerClient } from './lsp-client.mjs';
import { LineIndex, round, spread, summarize } from './measure.mjs';

export const EDITS = 20;
export const REQUESTS = 30;
/**
 * Unmeasured edits first, until the server has rebuilt about this many lines, so that the small document is not
 * measured on code the JIT compiler has not optimized yet while the large one is; and at least WARMUP_EDITS of
 * them, since an edit inside one item now runs the same code whatever the document's size: two edits of 20,000
 * lines leave the edit path as unoptimized as two edits of 1,000 would.
 */
const WARMUP_LINES = 40_000;
const WARMUP_EDITS = 20;

/** Keywords followed by a cross-reference: where completion and hover have names to resolve. */
export const BEFORE_REFERENCE = new Set(['obliged', 'maintenance', 'covers', 'during', 'from', 'excuses', 'pauses']);

export async function benchDocument(file, text) {
    const uri = pathToFileURL(file).href;
    const lines = new LineIndex(text);
    const { tokens } = tokenize(text);
    const client = await LanguageServerClient.start();
    try {
        const openMs = await client.open(uri, text);
        const errors = client.published.at(-1).diagnostics.filter(d => d.severity === 1).length;

        // A one-character edit inside a string in the middle of the document, typed and undone in turn.
        const target = tokens.find(t => t.tokenType.name === 'STRING' && t.startOffset >= text.length / 2);
        const offset = target.startOffset + 1;
        const range = lines.range(offset, offset + 1);
        const original = text[offset];
        // An even number of warm-up edits, so that the typed-and-undone edits leave the document as it was.
        const warmup = Math.max(2 * Math.ceil(WARMUP_LINES / lines.starts.length / 2), WARMUP_EDITS);
        const edits = [];
        let editCpu = 0;
        for (let i = 0; i < warmup + EDITS; i++) {
            if (i === warmup) editCpu = -client.cpuMs();
            const ms = await client.change(uri, i + 2, range, i % 2 === 0 ? (original === 'X' ? 'Y' : 'X') : original);
            if (i >= warmup) edits.push(ms);
        }
        editCpu += client.cpuMs();

        const references = spread(tokens.filter((t, i) => t.tokenType.name === 'ID' && BEFORE_REFERENCE.has(tokens[i - 1]?.image)), REQUESTS);
        const textDocument = { uri };
        const completion = [];
        const hover = [];
        const symbols = [];
        const codeActions = [];
        let completionItems = 0;
        const completionCpu = -client.cpuMs();
        for (const token of references) {
            const answer = await client.timed('textDocument/completion', { textDocument, position: lines.position(token.startOffset) });
            completion.push(answer.ms);
            completionItems += (Array.isArray(answer.result) ? answer.result : answer.result?.items ?? []).length;
        }
        const completionCpuEach = (completionCpu + client.cpuMs()) / references.length;
        for (const token of references) {
            hover.push((await client.timed('textDocument/hover', {
                textDocument, position: lines.position((token.startOffset + token.endOffset) >> 1)
            })).ms);
        }
        for (let i = 0; i < REQUESTS; i++) {
            symbols.push((await client.timed('textDocument/documentSymbol', { textDocument })).ms);
        }
        // Code actions where the editor asks for them: on the diagnostics (quick fixes), else on the references.
        const diagnosed = spread(client.published.filter(p => p.uri === uri).at(-1).diagnostics, REQUESTS);
        const places = diagnosed.length
            ? Array.from({ length: REQUESTS }, (_, i) => diagnosed[i % diagnosed.length]).map(d => ({ range: d.range, context: { diagnostics: [d] } }))
            : references.map(t => ({ range: lines.range(t.startOffset, t.endOffset + 1), context: { diagnostics: [] } }));
        let actions = 0;
        for (const place of places) {
            const answer = await client.timed('textDocument/codeAction', { textDocument, ...place });
            codeActions.push(answer.ms);
            actions += answer.result?.length ?? 0;
        }
        return {
            lines: lines.starts.length - 1,
            openMs: Math.round(openMs),
            errors,
            edit: { ...summarize(edits), cpu: round(editCpu / EDITS) },
            completion: { ...summarize(completion), cpu: round(completionCpuEach) },
            completionItemsPerRequest: Math.round(completionItems / references.length),
            hover: summarize(hover),
            documentSymbol: summarize(symbols),
            codeAction: summarize(codeActions),
            codeActionsPerRequest: round(actions / places.length),
            peakRssMiB: Math.round(client.peakRssMiB()),
            serverStderr: client.stderr.trim()
        };
    } finally {
        await client.stop();
    }
}
