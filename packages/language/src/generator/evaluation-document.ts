/**
 * Compliance report -> document model, so that `sla evaluate` prints it with the same HTML renderer and style as
 * the agreement preview, the same Markdown renderer, and a plain-text table for the terminal: the levels and
 * what was measured, then the missed tickets and leads, what was removed and why, the credits per party and
 * month, notes, and the data that was read.
 */
import type { CreditInfo, EvaluationReport, LevelResult, LevelStatus, PartyCredits } from '../evaluation/report.js';
import type { HtmlPageOptions } from '../sla-protocol.js';
import type { AgreementDocument, Block, Clause, Text } from './document-model.js';
import { strong } from './document-model.js';
import { formatDate, formatList, formatMoney, formatNumber, plural } from './format.js';
import { DEFAULT_LOCALE } from '../locale/locales.js';
import { renderHtml } from './html/html-renderer.js';
import { renderMarkdown } from './markdown-renderer.js';
import { renderText } from './text-renderer.js';

export type EvaluationFormat = 'table' | 'json' | 'html' | 'md';

export const EVALUATION_FORMATS: readonly EvaluationFormat[] = ['table', 'json', 'html', 'md'];

export function renderEvaluation(report: EvaluationReport, format: EvaluationFormat, html: HtmlPageOptions = {}): string {
    switch (format) {
        case 'json': return JSON.stringify(report, null, 2) + '\n';
        case 'html': return renderHtml(evaluationDocument(report), html);
        case 'md': return renderMarkdown(evaluationDocument(report));
        case 'table': return renderText(evaluationDocument(report));
    }
}

const STATUS_WORDS: Record<LevelStatus, string> = {
    met: 'met', breached: 'BREACHED', 'in-progress': 'in progress', 'insufficient-data': 'INSUFFICIENT DATA', excused: 'excused', 'no-data': 'no data',
    'not-evaluated': 'not evaluated'
};

/** Statuses a reader must not miss. */
const STRONG_STATUSES: ReadonlySet<LevelStatus> = new Set(['breached', 'insufficient-data']);

export function evaluationDocument(report: EvaluationReport): AgreementDocument {
    const { agreement, period } = report;
    const clauses = [
        clause('levels', 'Service levels', [levelsTable(report.levels)]),
        clause('progress', 'Windows in progress', progressBlocks(report)),
        clause('coverage', 'Data coverage', coverageBlocks(report.levels)),
        clause('missed', 'Missed tickets and leads', missedBlocks(report.levels)),
        clause('open', 'Still open at the end of the window', openBlocks(report.levels)),
        clause('removed', 'Removed from the figures', removedBlocks(report.levels)),
        clause('kept', 'Counted although flagged', keptBlocks(report.levels)),
        clause('credits', 'Service credits', creditBlocks(report)),
        clause('notes', 'Notes', noteBlocks(report)),
        clause('data', 'Data', [dataTable(report)]),
        clause('ignored', 'Rows not counted', ignoredBlocks(report))
    ].filter(c => c.blocks.length > 0).map((c, index) => ({ ...c, number: String(index + 1) }));
    const title = `Compliance report: ${agreement.title ?? agreement.name}`;
    const words = DEFAULT_LOCALE.messages.document;
    return {
        name: agreement.name,
        language: DEFAULT_LOCALE.tag,
        paper: DEFAULT_LOCALE.paper,
        labels: {
            kind: words.kind, errors: words.errorsLabel, warnings: words.warningsLabel, note: words.noteLabel,
            signatures: words.signatures, footer: title, page: words.page
        },
        title,
        subtitle: `${period.label}: ${formatDate(period.first)} to ${formatDate(period.last)}, ${agreement.timeZone}`,
        facts: [
            { label: 'Agreement', value: [agreement.name] },
            { label: 'Period', value: [`${period.start} to ${period.end}${report.periodInProgress ? ' (in progress)' : ''}`] },
            ...(report.asOf ? [{ label: 'As of', value: [report.asOf] }] : []),
            { label: 'Result', value: [resultText(report)] }
        ],
        problems: { errors: 0, warnings: 0 },
        summary: clause('summary', 'Summary', [{ kind: 'paragraph', text: [summaryText(report)] }]),
        clauses,
        signatures: []
    };
}

function clause(id: string, title: string, blocks: Block[]): Clause {
    return { title, anchor: `evaluation-${id}`, blocks, subclauses: [] };
}

function resultText({ summary }: EvaluationReport): string {
    const parts = (Object.keys(summary) as LevelStatus[]).filter(status => summary[status] > 0)
        .map(status => `${summary[status]} ${STATUS_WORDS[status].toLowerCase()}`);
    return parts.length ? formatList(parts) : 'no levels';
}

function summaryText(report: EvaluationReport): string {
    const levels = plural(report.levels.length, 'assessment');
    const breached = report.summary.breached;
    const owed = report.credits.filter(c => c.payable > 0).map(c => `${c.party} owes ${c.text}`);
    const insufficient = report.summary['insufficient-data'];
    const running = report.summary['in-progress'];
    const ended = !running ? 'Every level with data is met.' : report.summary.met ? 'Every level of an ended window with data is met.' : '';
    return [
        `${levels} of ${report.agreement.name} for ${report.period.label}: ${resultText(report)}.`,
        breached === 0 && insufficient === 0 ? ended : owed.length ? `${formatList(owed)} in service credits.` : breached ? 'No service credits are payable.' : '',
        insufficient ? `${plural(insufficient, 'assessment')} had too little data to decide: see Data coverage.` : '',
        running ? `${plural(running, 'assessment')} ${running === 1 ? 'is' : 'are'} of a window still running at ${report.asOf}: `
            + `neither met nor breached yet, and no credit is owed for ${running === 1 ? 'it' : 'them'}; see Windows in progress.` : ''
    ].filter(Boolean).join(' ');
}

function scope(result: LevelResult): string {
    return [result.service ?? result.services.join(', '), result.segment].filter(Boolean).join(' · ');
}

function levelsTable(levels: readonly LevelResult[]): Block {
    return {
        kind: 'table',
        columns: ['Level', 'Scope', 'Window', 'Target', 'Measured', 'Status', 'Credit'],
        rows: levels.map(result => ({
            anchor: `evaluation-${result.level}-${result.service ?? ''}-${result.window.label}`,
            cells: [
                [result.level], [scope(result)], [result.window.label], [result.target], [measuredText(result)],
                [STRONG_STATUSES.has(result.status) ? strong(STATUS_WORDS[result.status]) : STATUS_WORDS[result.status]],
                [result.credit ? creditAmount(result.credit) : result.inProgress?.creditIfEndedNow ? `not owed (${creditAmount(result.inProgress.creditIfEndedNow)} if it ended now)` : '']
            ]
        }))
    };
}

function measuredText(result: LevelResult): string {
    if (!result.measured) return '';
    const soFar = result.inProgress ? ' so far' : '';
    if (result.items) return `${result.measured.text}${soFar} (${formatNumber(result.items.met)} of ${countText(result.counted, result.countedAs)})`;
    return `${result.measured.text}${soFar} (${countText(result.counted, result.countedAs)})`;
}

function creditAmount(credit: CreditInfo): string {
    return credit.amount ? formatMoney(credit.amount.amount, credit.amount.currency) : `${credit.percent} %`;
}

/** Each window still running at the as-of moment: where it stands, and what it would owe (not owed) if it ended now. */
function progressBlocks(report: EvaluationReport): Block[] {
    const running = report.levels.filter(result => result.inProgress);
    if (running.length === 0) return [];
    return [
        {
            kind: 'table',
            columns: ['Level', 'Scope', 'Window', 'Passed', 'Where it stands'],
            rows: running.map(result => ({
                cells: [[result.level], [scope(result)], [result.window.label], [`${formatNumber(result.inProgress!.elapsedPercent)} %`], [result.inProgress!.text]] as Text[]
            }))
        },
        { kind: 'note', text: ['A window in progress owes no credit: what it would owe if it ended now is shown for planning only and is in no total.'] }
    ];
}

function coverageBlocks(levels: readonly LevelResult[]): Block[] {
    const rows = levels.filter(result => result.coverage).map(result => ({
        cells: [
            [result.level], [scope(result)], [result.window.label], [result.coverage!.text],
            [result.coverage!.minimum === undefined ? 'none stated' : `${formatNumber(result.coverage!.minimum)} %`]
        ] as Text[]
    }));
    return rows.length ? [{ kind: 'table', columns: ['Level', 'Scope', 'Window', 'Coverage', 'Minimum'], rows }] : [];
}

/** Every row read but not counted, with its file, line and reason (repeats name the row they repeat). */
function ignoredBlocks(report: EvaluationReport): Block[] {
    const rows = report.inputs.flatMap(input => input.ignoredRows.flatMap(group => group.rows.map(row => ({
        cells: [[input.path], [String(row.line)], [row.repeats ? `${group.text} (repeats ${row.repeats})` : group.text]] as Text[]
    }))));
    const unlisted = report.inputs.flatMap(input => input.ignoredRows.filter(group => group.count > group.rows.length)
        .map(group => `${input.path}: ${formatNumber(group.count - group.rows.length)} more rows ${group.reason === 'duplicate' ? 'that repeat earlier rows' : 'outside the period'} are not listed.`));
    return rows.length ? [
        { kind: 'table', columns: ['File', 'Line', 'Why it was not counted'], rows },
        ...unlisted.map((text): Block => ({ kind: 'note', text: [text] }))
    ] : [];
}

function missedBlocks(levels: readonly LevelResult[]): Block[] {
    const rows = levels.flatMap(result => result.missed.map(item => ({
        cells: [[result.level], [item.id], [item.start], [item.deadline ?? ''], [item.end ?? (item.measured ? '' : 'still open')], [item.measured ?? '']] as Text[]
    })));
    const unlisted = levels.filter(r => r.items && r.items.missed > r.missed.length)
        .map(r => `${r.level} (${r.window.label}): ${r.items!.missed - r.missed.length} more missed items are not listed.`);
    return rows.length ? [
        { kind: 'table', columns: ['Level', 'Item', 'Started', 'Deadline', 'Stopped', 'Measured'], rows },
        ...unlisted.map((text): Block => ({ kind: 'note', text: [text] }))
    ] : [];
}

/** Tickets and leads whose own window closes after the assessed one: judged in a later period. */
function openBlocks(levels: readonly LevelResult[]): Block[] {
    const rows = levels.flatMap(result => (result.open?.items ?? []).map(item => ({
        cells: [[result.level], [result.window.label], [item.id], [item.start], [item.closes]] as Text[]
    })));
    const unlisted = levels.filter(r => r.open && r.open.count > r.open.items.length)
        .map(r => `${r.level} (${r.window.label}): ${r.open!.count - r.open!.items.length} more open items are not listed.`);
    return rows.length ? [
        { kind: 'paragraph', text: ['These tickets and leads are judged in the period in which their own window closes; they are in no figure of this report.'] },
        { kind: 'table', columns: ['Level', 'Window', 'Item', 'Started', 'Window closes'], rows },
        ...unlisted.map((text): Block => ({ kind: 'note', text: [text] }))
    ] : [];
}

function removedBlocks(levels: readonly LevelResult[]): Block[] {
    const rows = levels.flatMap(result => result.removed.map(removal => ({
        cells: [
            [result.level], [scope(result)], [result.window.label], [removal.text],
            [countText(removal.count, result.countedAs)], [idList(removal.ids, removal.count)]
        ] as Text[]
    })));
    return rows.length ? [{ kind: 'table', columns: ['Level', 'Scope', 'Window', 'Why', 'Removed', 'Which'], rows }] : [];
}

/** "1 ticket", "90 intervals", "12.5 intervals". */
function countText(count: number, noun: string): string {
    const rounded = Math.round(count * 100) / 100;
    return rounded === 1 ? `1 ${noun.replace(/s$/, '')}` : `${formatNumber(rounded)} ${noun}`;
}

const LISTED_IDS = 10;

function idList(ids: readonly string[], count: number): string {
    const more = Math.round(count) - Math.min(ids.length, LISTED_IDS);
    return ids.slice(0, LISTED_IDS).join(', ') + (ids.length && more > 0 ? ` and ${more} more` : '');
}

function keptBlocks(levels: readonly LevelResult[]): Block[] {
    const rows = levels.flatMap(result => result.kept.map(kept => ({
        cells: [[result.level], [scope(result)], [result.window.label], [kept.text], [formatNumber(Math.round(kept.count * 100) / 100)]] as Text[]
    })));
    return rows.length ? [{ kind: 'table', columns: ['Level', 'Scope', 'Window', 'What', 'Count'], rows }] : [];
}

function creditBlocks(report: EvaluationReport): Block[] {
    const credited = report.levels.filter(result => result.credit);
    if (credited.length === 0) return [];
    return [
        {
            kind: 'table',
            columns: ['Level', 'Window', 'Measured', 'Tier', 'Credit'],
            rows: credited.map(result => ({
                cells: [[result.level], [result.window.label], [result.measured?.text ?? ''], [result.credit!.tier], [result.credit!.text]]
            }))
        },
        {
            kind: 'table',
            columns: ['Owed by', 'Month', 'Computed', 'Caps and minimum', 'Payable'],
            rows: report.credits.flatMap(party => party.periods.map(period => ({
                cells: [
                    [party.party], [period.period], [amount(period.computed, party)],
                    [period.adjustments.map(a => `${a.rule}: ${amount(a.before, party)} -> ${amount(a.after, party)}`).join('; ') || 'none applied'],
                    [amount(period.payable, party)]
                ] as Text[]
            })))
        },
        ...report.credits.map((party): Block => ({ kind: 'paragraph', text: [`${party.party} owes `, strong(party.text), ` for ${report.period.label}.`] }))
    ];
}

function amount(value: number, party: PartyCredits): string {
    return party.unit === '%' ? `${formatNumber(value)} %` : formatMoney(value, party.unit);
}

function noteBlocks(report: EvaluationReport): Block[] {
    const items = [
        ...report.levels.flatMap(result => [result.reason, ...result.notes].filter((n): n is string => !!n)
            .map(note => `${result.level}${result.service ? ` (${result.service})` : ''}, ${result.window.label}: ${note}`)),
        ...report.notes
    ];
    return items.length ? [{ kind: 'list', numbering: 'bullets', items: items.map(text => ({ text: [text] })) }] : [];
}

function dataTable(report: EvaluationReport): Block {
    return {
        kind: 'table',
        columns: ['File', 'Layout', 'Rows', 'Outside the period', 'Ignored columns'],
        rows: report.inputs.map(input => ({
            cells: [[input.path], [input.layout], [formatNumber(input.rows)], [formatNumber(input.outsidePeriod)], [input.ignoredColumns.join(', ')]]
        }))
    };
}
