/**
 * Diagnostics with their quick fixes. @codemirror/lsp-client shows a diagnostic's message only, and has no code
 * actions; this handler of `textDocument/publishDiagnostics` keeps each diagnostic's code and asks the server once
 * per publication for the code actions of all of them (`textDocument/codeAction`), so every squiggle's tooltip and
 * the problems panel offer the same fixes as VS Code's light bulb, "Add all missing sections" included.
 */
import { LSPPlugin, type LSPClient } from '@codemirror/lsp-client';
import { setDiagnostics, type Action, type Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';

export interface ProblemSummary {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
}

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

/** The same diagnostic as the server sent it: code actions name the diagnostics they fix. */
function sameDiagnostic(a: lsp.Diagnostic, b: lsp.Diagnostic): boolean {
    return a.message === b.message && a.code === b.code && a.range.start.line === b.range.start.line
        && a.range.start.character === b.range.start.character && a.range.end.line === b.range.end.line
        && a.range.end.character === b.range.end.character;
}

export function diagnosticsHandler(uri: string, onPublished: (summary: ProblemSummary) => void):
    (client: LSPClient, params: lsp.PublishDiagnosticsParams) => boolean {
    let publication = 0;
    return (client, params) => {
        if (params.uri !== uri) return false;
        const file = client.workspace.getFile(uri);
        const view = file?.getView();
        const plugin = view && LSPPlugin.get(view);
        if (!file || !view || !plugin || (params.version != null && params.version !== file.version)) return true;
        const current = ++publication;
        const synced = plugin.syncedDoc;
        const count = (severity: number) => params.diagnostics.filter(d => (d.severity ?? 1) === severity).length;
        onPublished({ errors: count(1), warnings: count(2), infos: count(3) });
        show(view, plugin, synced, params.diagnostics, []);
        if (params.diagnostics.length === 0) return true;
        const end = synced.lineAt(synced.length);
        client.request<lsp.CodeActionParams, (lsp.CodeAction | lsp.Command)[] | null>('textDocument/codeAction', {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: end.number - 1, character: end.length } },
            context: { diagnostics: params.diagnostics, only: ['quickfix'] }
        }).then(actions => {
            // A newer publication or edit has replaced these diagnostics: its own request brings its fixes.
            if (current === publication && plugin.syncedDoc === synced) {
                show(view, plugin, synced, params.diagnostics, (actions ?? []).filter((a): a is lsp.CodeAction => 'title' in a && !!(a as lsp.CodeAction).edit));
            }
        }, error => plugin.reportError('The server could not offer fixes', error));
        return true;
    };
}

function show(view: EditorView, plugin: LSPPlugin, synced: Text, diagnostics: lsp.Diagnostic[], actions: lsp.CodeAction[]): void {
    const position = (p: lsp.Position) => plugin.unsyncedChanges.mapPos(plugin.fromPosition(p, synced));
    view.dispatch(setDiagnostics(view.state, diagnostics.map((item): Diagnostic => ({
        from: position(item.range.start),
        to: position(item.range.end),
        severity: SEVERITY[item.severity ?? 1],
        message: typeof item.message === 'string' ? item.message : item.message.value,
        source: typeof item.code === 'string' ? item.code : undefined,
        actions: actions.filter(action => action.diagnostics?.some(d => sameDiagnostic(d, item)))
            .map(action => fixAction(plugin, synced, action))
    }))));
}

function fixAction(plugin: LSPPlugin, synced: Text, action: lsp.CodeAction): Action {
    return {
        name: action.title,
        apply(view) {
            const edits = action.edit?.changes?.[plugin.uri] ?? [];
            if (plugin.syncedDoc !== synced) return; // the text changed since: the fixes of the next publication apply
            const position = (p: lsp.Position) => plugin.unsyncedChanges.mapPos(plugin.fromPosition(p, synced));
            view.dispatch({
                changes: edits.map(edit => ({ from: position(edit.range.start), to: position(edit.range.end), insert: edit.newText })),
                userEvent: 'input.fix'
            });
        }
    };
}
