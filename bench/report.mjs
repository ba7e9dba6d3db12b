/**
 * The benchmark's figures as tables: printed to the terminal, and written to docs/performance.md with the
 * machine they were measured on.
 */

const ms = value => `${value} ms`;
const both = summary => `${summary.median} / ${summary.p95} ms`;
const count = value => value.toLocaleString('en-US');
const ratio = (a, b) => `${(a / b).toFixed(1)}x`;

function documentTable(results) {
    const docs = results.documents;
    const render = docs.map(d => `${ms(d.render.ms)} (CPU ${ms(d.render.cpuMs)})`);
    return {
        title: 'One agreement in the language server',
        header: ['', ...docs.map(d => `${count(d.lines)} lines`)],
        rows: [
            ['tokenize only (the floor), median', ...docs.map(d => ms(d.tokenize.median))],
            ['tokenize only, CPU', ...docs.map(d => ms(d.tokenize.cpu))],
            ['didOpen -> first diagnostics', ...docs.map(d => ms(d.server.openMs))],
            ['edit -> diagnostics, median / p95', ...docs.map(d => both(d.server.edit))],
            ['  server CPU per edit', ...docs.map(d => ms(d.server.edit.cpu))],
            ['  as a multiple of tokenize (wall / CPU)', ...docs.map(d => `${ratio(d.server.edit.median, d.tokenize.median)} / ${ratio(d.server.edit.cpu, d.tokenize.cpu)}`)],
            ['completion, median / p95', ...docs.map(d => both(d.server.completion))],
            ['  server CPU per completion', ...docs.map(d => ms(d.server.completion.cpu))],
            ['  items per completion', ...docs.map(d => String(d.server.completionItemsPerRequest))],
            ['hover, median / p95', ...docs.map(d => both(d.server.hover))],
            ['document symbols, median / p95', ...docs.map(d => both(d.server.documentSymbol))],
            ['code actions (on diagnostics), median / p95', ...docs.map(d => both(d.server.codeAction))],
            ['  actions per request', ...docs.map(d => String(d.server.codeActionsPerRequest))],
            ['server peak RSS', ...docs.map(d => `${d.server.peakRssMiB} MiB`)],
            ['sla render --format html (one process)', ...render]
        ]
    };
}

function workspaceTable(results) {
    const spaces = results.workspaces;
    const checks = results.cli.check;
    return {
        title: 'A workspace of agreements (corporate agreement, refining agreements, standalone agreements)',
        header: ['', ...spaces.map(w => `${count(w.files)} files`)],
        rows: [
            ['start-up until all files indexed and linked', ...spaces.map(w => `${ms(w.startupMs)} (CPU ${ms(w.startupCpuMs)})`)],
            ['first open -> every file validated', ...spaces.map(w => ms(w.firstOpenAllPublishedMs))],
            ['edit in a refining agreement -> diagnostics', ...spaces.map(w => both(w.leafEdit))],
            ['  server CPU per edit', ...spaces.map(w => ms(w.leafEdit.cpu))],
            ['  documents re-validated', ...spaces.map(w => String(w.leafEditRevalidated))],
            ['edit in the corporate agreement -> all published', ...spaces.map(w => `${ms(w.rootEditAllPublishedMs)} (CPU ${ms(w.rootEditCpuMs)})`)],
            ['  documents re-validated (1 + refining)', ...spaces.map(w => `${w.rootEditRevalidated} (1 + ${w.refining})`)],
            ['server peak RSS', ...spaces.map(w => `${w.peakRssMiB} MiB`)],
            ['sla check (one process)', ...checks.map(c => `${ms(c.ms)} (CPU ${ms(c.cpuMs)})`)],
            ['  files per second', ...checks.map(c => String(c.filesPerSecond))],
            [`  per file, after ${Math.round(results.cli.startup.ms)} ms start-up`, ...checks.map(c => ms(c.msPerFile))],
            [`  CPU per file, after ${Math.round(results.cli.startup.cpuMs)} ms start-up`, ...checks.map(c => ms(c.cpuMsPerFile))]
        ]
    };
}

function evaluationTable({ evaluation }) {
    return {
        title: 'sla evaluate: a year of per-minute uptime samples for 20 services (bench/evaluate.mjs)',
        header: ['', 'figure'],
        rows: [
            ['samples (CSV)', `${count(evaluation.rows)} rows (${evaluation.csvMiB} MiB)`],
            ['time (one process)', `${evaluation.seconds} s`],
            ['rows per second', count(evaluation.rowsPerSecond)],
            ['peak RSS', `${evaluation.peakRssMiB} MiB`],
            ['levels assessed / breached', `${evaluation.assessments} / ${evaluation.breached}`]
        ]
    };
}

function webTable({ web }) {
    const size = s => `${s.gzipKiB} KiB gzip, ${s.brotliKiB} KiB Brotli (${s.rawKiB} KiB raw)`;
    return {
        title: 'The web editor in Chromium (bench/web.mjs)',
        header: ['', 'figure'],
        rows: [
            [`page load -> first diagnostics, ${web.example.name} (${web.example.lines} lines), median / p95`, both(web.loadToDiagnostics)],
            [`keystroke -> diagnostics, ${count(web.lines)}-line agreement, median / p95`, both(web.keystrokeToDiagnostics)],
            [`keystroke -> preview updated, ${count(web.lines)}-line agreement, median / p95`, both(web.keystrokeToPreview)],
            ['page (index.html, style.css, app.js with the worker inside)', size(web.bundle.page)],
            ['  of which the language server worker', size(web.bundle.worker)]
        ]
    };
}

function machineLine(machine) {
    return `${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB memory, Node ${machine.node}, ` +
        `load average ${machine.loadAverage} at the start`;
}

function textTable({ title, header, rows }) {
    const all = [header, ...rows];
    const widths = header.map((_, i) => Math.max(...all.map(row => row[i].length)));
    const line = row => row.map((cell, i) => i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])).join('   ');
    return [title, line(header), ...rows.map(line)].join('\n');
}

function markdownTable({ title, header, rows }) {
    const line = row => `| ${row.join(' | ')} |`;
    return [`### ${title}`, '', line(header), line(header.map((_, i) => i === 0 ? '---' : '---:')), ...rows.map(line)].join('\n');
}

/** One line per goal: its verdict on wall-clock time, then the CPU-time reading where there is one. */
function goalLines(goals, mark) {
    return goals.map(g => `${mark(g.wall.holds)} ${g.goal}: ${g.wall.detail}`
        + (g.cpu ? `; CPU: ${g.cpu.detail}, ${g.cpu.holds ? 'met' : 'missed'}` : ''));
}

function busyWarning(machine) {
    // The benchmark itself keeps about one core busy (its client and the server take turns).
    return machine.loadAverage > machine.cpus / 2
        ? `Other programs kept the machine busy (load average ${machine.loadAverage} on ${machine.cpus} CPUs when the benchmark started): wall-clock figures include waiting for a core; the CPU figures do not.`
        : undefined;
}

export function printReport(results) {
    const parts = [documentTable(results), workspaceTable(results), evaluationTable(results), ...(results.web ? [webTable(results)] : [])].map(textTable);
    parts.push(['Goals', ...goalLines(results.goals, holds => holds ? '  [met]    ' : '  [MISSED] ')].join('\n'));
    parts.push([`Machine: ${machineLine(results.machine)}. Benchmark took ${Math.round(results.elapsedSeconds)} s.`,
        busyWarning(results.machine), ...results.notes].filter(Boolean).join('\n'));
    return parts.join('\n\n');
}

const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';

/**
 * docs/performance.md with the figures of this run between the bench markers; whatever the file says outside
 * them (profile findings, decisions) is kept.
 */
export function performanceMarkdown(results, previous) {
    const notes = [busyWarning(results.machine), ...results.notes].filter(Boolean);
    const block = `${START}
Measured ${results.date} on ${machineLine(results.machine)}. The whole benchmark took
${Math.round(results.elapsedSeconds)} s.

## What is measured

- **One agreement**: the cloud hosting example, grown with renamed copies of the items of all three
  single-level examples (parties, services, metrics, levels, credits, reports, ...) to about 1,000, 5,000 and
  20,000 lines. The bundled language server (\`sla-language-server --stdio\`) is driven by a real LSP client:
  open the agreement, type one character into a string in its middle and undo it (${results.settings.edits}
  measured edits, each timed to the diagnostics it causes), then ${results.settings.requests} completions and
  hovers at cross-references spread over the document, outlines, and code-action requests on its diagnostics.
  The client announces for completion what VS Code announces through vscode-languageclient 11 (its completion
  feature's \`fillClientCapabilities\`, copied in \`bench/lsp-client.mjs\`): resolve support for documentation, detail
  and additional edits, list defaults (\`editRange\` among them), insert and replace ranges. The web editor's
  client, which resolves nothing and takes no defaults, is measured by \`bench/web.mjs\`.
- **The floor**: the same text tokenized by the grammar's lexer (\`Lexer.tokenize\`), in the benchmark's process.
- **Workspaces** of 10, 100 and 1,000 files: the corporate agreement of the multi-level example, agreements
  that refine it (copies of the Group ERP agreement) and, every fourth file, a single-level agreement that
  refines nothing. The server opens the folder as its workspace; start-up ends when a
  \`textDocument/references\` request for the corporate agreement is answered (it waits until every file is
  indexed and linked). Langium validates a file only when it is opened or affected by a change: the first
  opened document makes it validate all the others. Re-validated documents are counted from the
  \`publishDiagnostics\` notifications a change causes.
- **The CLI**: \`sla check <workspace> --format json\` and \`sla render <agreement> --format html\`, one process
  per run; the start-up of the process (\`sla --version\`) is subtracted for the cost per file. \`sla evaluate\` is
  measured by \`bench/evaluate.mjs\` on a year of per-minute samples.
- **The web editor** (\`bench/web.mjs\`): the built page served by \`npm run web\` in Debian's headless Chromium. Page
  load to the first diagnostics of the largest example (three loads); then, on the 1,000-line agreement, a space
  typed and deleted at the end of its first line (${results.web?.keystrokeToDiagnostics.n ?? 12} measured keystrokes after 2 warm-up ones), timed in the page from
  the keydown to the problems line changing and to the preview frame showing the new rendering. The sizes are
  those a static host sends compressed.
- **CPU time** is read from the kernel (\`/proc/<pid>/stat\` of the server, \`process.cpuUsage()\` of the CLI and of
  the benchmark's own tokenizing): goals are judged on wall-clock time, and again on CPU time, which other programs
  on a busy machine do not inflate. A cost "per line" or "per file" is judged on the cost added from one size
  to the next (the cost of the lines added from 1,000 to 5,000 lines, then from 5,000 to 20,000), so that a fixed
  cost (the LSP round trip, starting a process) does not count per line; it holds when the cost of an added line
  at the largest size is at most 25 % above the one at the smallest. A quadratic step fails that; a cost per
  line that falls, because the JIT compiler has optimized more of the program by then, does not.
- Before the measured edits the server rebuilds about 40,000 lines (more warm-up edits for smaller documents),
  and makes at least 20 edits, so that all three sizes are measured on optimized code.

## Figures

${markdownTable(documentTable(results))}

${markdownTable(workspaceTable(results))}

${markdownTable(evaluationTable(results))}
${results.web ? `\n${markdownTable(webTable(results))}\n` : ''}
## Goals

${goalLines(results.goals, holds => holds ? '- met:' : '- **missed**:').join('\n')}
${notes.length ? `\n## Notes from this run\n\n${notes.map(n => `- ${n}`).join('\n')}\n` : ''}${END}`;
    if (previous?.includes(START) && previous.includes(END)) {
        return previous.slice(0, previous.indexOf(START)) + block + previous.slice(previous.indexOf(END) + END.length);
    }
    return `# Performance

How fast the language server and the CLI are, measured by \`npm run bench\` (code in \`bench/\`) after
\`npm run build\`. The part between the bench markers is rewritten by every run; \`bench/results.json\` (not
committed) holds every figure of the last run.

${block}
`;
}
