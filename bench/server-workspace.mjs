/**
 * A workspace folder in the language server: how long until every agreement in it is indexed and linked, how
 * much memory that takes, and how many documents one change re-validates.
 *
 * Langium indexes and links the workspace's files at start-up but validates only the documents that are open
 * or affected by a change. "All files indexed" is therefore measured with a `textDocument/references` request
 * for the corporate agreement: the server answers it only once the whole workspace is linked and its
 * references indexed, and the answer lists every `refines` that points at the corporate agreement.
 */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tokenize } from './language.mjs';
import { LanguageServerClient } from './lsp-client.mjs';
import { LineIndex, round, summarize } from './measure.mjs';

const LEAF_EDITS = 5;

export async function benchWorkspace(folder, workspace) {
    const spawned = performance.now();
    const client = await LanguageServerClient.start(folder);
    try {
        const root = openable(workspace.root);
        const references = await client.timed('textDocument/references', {
            textDocument: { uri: root.uri }, position: root.namePosition, context: { includeDeclaration: false }
        });
        const startupMs = performance.now() - spawned;
        const startupCpuMs = client.cpuMs();
        const rssAfterStartup = client.peakRssMiB();

        // The first document opened makes Langium validate every document it has not validated yet: the
        // diagnostics of the whole workspace arrive after it.
        const leaf = openable(workspace.leaves[Math.floor(workspace.leaves.length / 2)]);
        let since = client.published.length;
        const opened = performance.now();
        await client.open(leaf.uri, leaf.text);
        const afterOpen = await client.settle(since, workspace.files.length);

        // Typing in one service-level agreement: nothing depends on it, so nothing else is re-validated.
        const leafEdits = [];
        const validatedPerLeafEdit = [];
        let leafEditCpu = 0;
        for (let i = 0; i < LEAF_EDITS; i++) {
            since = client.published.length;
            const cpuBefore = client.cpuMs();
            leafEdits.push(await client.change(leaf.uri, i + 2, leaf.editRange, i % 2 === 0 ? 'X' : leaf.editOriginal));
            leafEditCpu += client.cpuMs() - cpuBefore;
            validatedPerLeafEdit.push(validated(await client.settle(since)));
        }

        // Typing in the corporate agreement: every agreement that refines it is relinked and re-validated (its
        // inherited names and floors may have changed); the agreements that do not refine it are left alone.
        since = client.published.length;
        await client.open(root.uri, root.text);
        await client.settle(since, workspace.refining + 1);
        since = client.published.length;
        const started = performance.now();
        const cpuBefore = client.cpuMs();
        await client.change(root.uri, 2, root.editRange, 'X');
        const afterRootEdit = await client.settle(since, workspace.refining + 1);
        const rootEditCpuMs = client.cpuMs() - cpuBefore;
        return {
            files: workspace.files.length,
            refining: workspace.refining,
            startupMs: Math.round(startupMs),
            startupCpuMs: Math.round(startupCpuMs),
            referencesFound: references.result?.length ?? 0,
            rssAfterStartupMiB: Math.round(rssAfterStartup),
            firstOpenValidated: validated(afterOpen),
            firstOpenAllPublishedMs: Math.round(lastArrival(afterOpen, opened) - opened),
            workspaceErrors: afterOpen.reduce((sum, p) => sum + p.diagnostics.filter(d => d.severity === 1).length, 0),
            leafEdit: { ...summarize(leafEdits), cpu: round(leafEditCpu / LEAF_EDITS) },
            leafEditRevalidated: Math.max(...validatedPerLeafEdit),
            rootEditRevalidated: validated(afterRootEdit),
            rootEditAllPublishedMs: Math.round(lastArrival(afterRootEdit, started) - started),
            rootEditCpuMs: Math.round(rootEditCpuMs),
            peakRssMiB: Math.round(client.peakRssMiB()),
            serverStderr: client.stderr.trim()
        };
    } finally {
        await client.stop();
    }
}

/** How many distinct documents had diagnostics published: each publish follows one document's validation. */
function validated(published) {
    return new Set(published.map(p => p.uri)).size;
}

function lastArrival(published, otherwise) {
    return published.at(-1)?.at ?? otherwise;
}

/** A workspace file with what the benchmark needs to open it, find its name and edit one character of it. */
function openable(file) {
    const text = fs.readFileSync(file, 'utf8');
    const lines = new LineIndex(text);
    const { tokens } = tokenize(text);
    const name = tokens[tokens.findIndex(t => t.image === 'agreement') + 1];
    const target = tokens.find(t => t.tokenType.name === 'STRING' && t.startOffset >= text.length / 2);
    return {
        uri: pathToFileURL(file).href,
        text,
        namePosition: lines.position(name.startOffset),
        editRange: lines.range(target.startOffset + 1, target.startOffset + 2),
        editOriginal: text[target.startOffset + 1]
    };
}
