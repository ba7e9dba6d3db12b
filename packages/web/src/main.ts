/**
 * The SLA web editor: one static page. The language server (the same language package as the CLI and VS Code) runs
 * in a Web Worker; CodeMirror 6 with @codemirror/lsp-client is the editor and LSP client. Everything is bundled:
 * the page makes no request beyond its own files, and works from any static host or from `file://`.
 */
import { autocompletion } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, foldGutter, indentOnInput, indentUnit } from '@codemirror/language';
import { lintGutter, lintKeymap, openLintPanel } from '@codemirror/lint';
import { formatDocument, LSPClient, languageServerExtensions } from '@codemirror/lsp-client';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import {
    drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers
} from '@codemirror/view';
import DOMPurify from 'dompurify';
import { DocumentsValidatedNotification, type DocumentsValidatedParams, type RenderFormat } from 'sla-language/protocol';
import { download, readText } from './downloads.js';
import { evaluateFiles } from './evaluation.js';
import { exportAgreement } from './exports.js';
import { EXAMPLES } from './examples.js';
import { diagnosticsHandler, type ProblemSummary } from './lsp/diagnostics.js';
import { startWorkerServer } from './lsp/worker-transport.js';
import { Outline } from './outline.js';
import { Preview } from './preview.js';
import { SidePanels } from './side-panels.js';
import { DocumentKeeper, loadDocument, type SavedDocument } from './saved-document.js';
import { slaLanguage } from './sla-highlighting.js';
import { TemplateForm } from './template-form.js';

/** One agreement at a time, always under this URI; its file name is kept apart for downloads. */
const URI = 'file:///agreement.sla';

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = element<HTMLElement>('status');
const problems = element<HTMLElement>('problems');
const fileName = element<HTMLElement>('file-name');

const initial: SavedDocument = loadDocument() ?? { name: EXAMPLES[0].name, text: EXAMPLES[0].text, savedText: EXAMPLES[0].text };
/** The agreement's file name, and its text as last opened, downloaded or created; its text is the editor's. */
let name = initial.name;
let savedText = initial.savedText;
const UNSAVED = ' (unsaved changes)';

function say(message: string): void {
    status.textContent = message;
}

function showProblems(summary: ProblemSummary): void {
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const found = [[summary.errors, 'error'], [summary.warnings, 'warning']] as const;
    const text = found.filter(([n]) => n > 0).map(([n, word]) => count(n, word)).join(', ') || 'No problems';
    problems.textContent = summary.infos ? `${text} · ${count(summary.infos, 'suggestion')}` : text;
    problems.dataset.errors = String(summary.errors);
    problems.dataset.warnings = String(summary.warnings);
}

const { worker, transport } = startWorkerServer();
worker.addEventListener('error', () => say('The language server stopped. Reload the page to start it again; your text is kept.'));
let preview: Preview;
let outline: Outline;
const client = new LSPClient({
    rootUri: 'file:///',
    timeout: 30_000,
    // Hovers and completion documentation are Markdown from the server, with the agreement's own words in them.
    sanitizeHTML: html => DOMPurify.sanitize(html),
    notificationHandlers: {
        'textDocument/publishDiagnostics': diagnosticsHandler(URI, summary => {
            showProblems(summary);
            void outline.refresh();
        }),
        [DocumentsValidatedNotification.method]: (_client, params: DocumentsValidatedParams) => {
            if (params.uris.includes(URI)) preview.scheduleRender();
            return true;
        }
    },
    extensions: languageServerExtensions()
}).connect(transport);

/**
 * The client on its own sends changes 500 ms after the last keystroke. The page sends them at once, as VS Code does
 * (the timer only gathers the changes of one task): an edit inside an item costs the server what the item holds.
 */
const SYNC_DELAY_MS = 0;
let syncTimer: ReturnType<typeof setTimeout> | undefined;

const view = new EditorView({
    parent: element('editor'),
    state: editorState(initial.text)
});

const currentText = () => view.state.doc.toString();
const hasUnsavedChanges = () => currentText() !== savedText;
const keeper = new DocumentKeeper(() => ({ name, text: currentText(), savedText }), kept => {
    showName();
    if (!kept) say('The browser did not let the page keep the agreement; download it to keep your changes.');
});

function editorState(text: string): EditorState {
    return EditorState.create({
        doc: text,
        extensions: [
            lineNumbers(), highlightActiveLineGutter(), foldGutter(), history(), drawSelection(), indentOnInput(),
            bracketMatching(), highlightActiveLine(), highlightSelectionMatches(), lintGutter(), EditorView.lineWrapping,
            autocompletion(),
            slaLanguage(),
            // Agreements are indented by four spaces; the formatter is asked with the editor's indent unit.
            indentUnit.of('    '),
            client.plugin(URI, 'sla'),
            keymap.of([
                // Ctrl+. as in VS Code: the problems panel, whose entries carry their fixes as buttons.
                { key: 'Mod-.', run: openLintPanel },
                ...defaultKeymap, ...historyKeymap, ...searchKeymap, ...lintKeymap, indentWithTab
            ]),
            EditorView.contentAttributes.of({ 'aria-label': 'Agreement source' }),
            EditorView.updateListener.of(update => {
                if (!update.docChanged) return;
                // Exactly whether the text is back to the saved one is worked out when typing pauses (showName).
                if (!fileName.textContent?.endsWith(UNSAVED)) fileName.textContent = `${name}${UNSAVED}`;
                keeper.changed();
                clearTimeout(syncTimer);
                syncTimer = setTimeout(() => client.sync(), SYNC_DELAY_MS);
            })
        ]
    });
}

function showName(): void {
    fileName.textContent = `${name}${hasUnsavedChanges() ? UNSAVED : ''}`;
}

/** Replaces the agreement (a new one, an opened file, an example): the editor, its undo history and the name. */
function replaceDocument(text: string, newName: string): void {
    if (hasUnsavedChanges() && !confirm(`${name} has unsaved changes. Replace it anyway?`)) return;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    name = newName;
    savedText = text;
    keeper.storeNow();
    view.focus();
}

preview = new Preview(client, URI, element('preview'), () => view);
outline = new Outline(client, URI, element('outline-list'), () => view);
keeper.storeNow();

const templateForm = new TemplateForm(client, element('template-dialog'), (text, name) => replaceDocument(text, name));
element('new').addEventListener('click', () => void templateForm.open());

const opener = element<HTMLInputElement>('open-file');
element('open').addEventListener('click', () => opener.click());
opener.addEventListener('change', async () => {
    const file = opener.files?.[0];
    opener.value = '';
    if (!file) return;
    try {
        replaceDocument(await readText(file), file.name);
    } catch (error) {
        say((error as Error).message);
    }
});

const examples = element<HTMLSelectElement>('examples');
examples.append(...EXAMPLES.map(example => new Option(example.title, example.name)));
examples.addEventListener('change', () => {
    const example = EXAMPLES.find(e => e.name === examples.value);
    examples.value = '';
    if (example) replaceDocument(example.text, example.name);
});

element('save').addEventListener('click', () => {
    savedText = currentText();
    download(name, savedText, 'text/plain;charset=utf-8');
    keeper.storeNow();
    say(`Downloaded ${name}.`);
});

element('format').addEventListener('click', () => formatDocument(view));

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', async () => say(await exportAgreement(client, URI, name, button.dataset.export as RenderFormat)));
}

// Evaluation: files dropped anywhere on the page, or chosen with the button; the report beside the editor.
const reportView = new SidePanels(element('report'), element('report-problems'), say);
const period = element<HTMLInputElement>('period');
const dataPicker = element<HTMLInputElement>('data-files');
element('evaluate').addEventListener('click', () => dataPicker.click());
dataPicker.addEventListener('change', () => {
    const files = [...dataPicker.files ?? []];
    dataPicker.value = '';
    if (files.length) void evaluateFiles(client, URI, files, period.value, reportView);
});
document.addEventListener('dragover', event => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
document.addEventListener('drop', event => {
    const files = [...event.dataTransfer?.files ?? []];
    if (files.length === 0) return;
    event.preventDefault();
    const agreement = files.find(file => /\.sla$/i.test(file.name));
    if (agreement) void readText(agreement).then(text => replaceDocument(text, agreement.name), error => say((error as Error).message));
    else void evaluateFiles(client, URI, files, period.value, reportView);
});

window.addEventListener('beforeunload', event => {
    if (hasUnsavedChanges()) event.preventDefault();
});

void client.initializing.then(() => say('Ready.'), () => say('The language server did not start; reload the page.'));
