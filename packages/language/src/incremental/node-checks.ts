/**
 * Langium's walk over every AST node for the checks, without its per-node allocations, and without re-running the
 * local checks of the nodes an edit left alone.
 *
 * Langium streams the nodes through closure-based iterators, builds a stream of the checks for every node and
 * awaits every check and a cancellation check at every node. Here the nodes come from the agreement's node list
 * (ast-index.ts), the checks of each AST type are the registry's array, a check is awaited only when it returns a
 * promise (validation/sla-validation-registry.ts) and cancellation is checked every 64 nodes.
 *
 * After an edit that re-parsed one item (splice-record.ts), the local checks (validation/local-checks.ts) of a node
 * outside that item report what they reported on the previous tree: their reports are replayed, with a range given
 * explicitly moved as the node's tokens moved (a range found from the node is found afresh). So do the checks that
 * read names, when what the node's item reads through its references and the kinds of items the check reads are
 * unchanged (edit-impact.ts). An item whose every check is one of those is replayed as a block, its nodes not
 * visited: the walk then costs what the edit affects. The other checks run.
 * Same checks, same order, same diagnostics (test/incremental compares them with a full build after every edit).
 */
import {
    interruptAndCheck, type AstNode, type DiagnosticInfo, type ValidationAcceptor, type ValidationCategory,
    type ValidationCheck, type ValidationSeverity
} from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
import type { Agreement } from '../generated/ast.js';
import { extraReadsOf, localityOf } from '../validation/local-checks.js';
import type { SlaValidationRegistry } from '../validation/sla-validation-registry.js';
import { astIndexOf, type AstIndex } from './ast-index.js';
import { EditImpact } from './edit-impact.js';
import type { Shift } from './cst-shift.js';
import { spliceOf } from './splice-record.js';

const NODES_PER_CANCELLATION_CHECK = 64;

/** One report of a check, as the check made it. */
interface Report {
    readonly severity: ValidationSeverity
    readonly message: string
    info: DiagnosticInfo<AstNode>
}

/** What a node's local checks reported when the tree `root` was validated (only nodes with reports have one). */
interface LocalReports {
    root: AstNode
    readonly reports: Map<ValidationCheck, Report[]>
}

const localReports = new WeakMap<AstNode, LocalReports>();

/**
 * A check of a node type; for a local check which nodes it is local for, for a check that reads names the kinds of
 * items it reads besides its item's references.
 */
interface TypeCheck {
    readonly check: ValidationCheck
    readonly isLocalFor?: (node: AstNode) => boolean
    readonly extraReads?: readonly string[]
}

/** The trees whose validation ran to the end, with the checks' categories: their nodes' local reports are complete. */
const completed = new WeakMap<AstNode, string>();

/**
 * What an item's nodes reported, all of them, in order, when the tree `root` was validated with the categories
 * `key`: kept only for an item whose every check is local or reads names, so that it can be replayed as a block.
 */
interface ItemReports {
    root: AstNode
    readonly key: string
    reports: Report[]
    /** How many nodes the item holds. */
    readonly size: number
    /** Whether a check that reads names runs on its nodes, and the kinds of items those read besides references. */
    readonly readsNames: boolean
    readonly reads: readonly string[]
}

const itemReports = new WeakMap<AstNode, ItemReports>();

/**
 * What the last validation did, for tests and benchmarks: the nodes whose checks it walked, the items it replayed
 * as a block, and the checks that read names it ran and replayed.
 */
export const lastNodeChecks = { walked: 0, replayedItems: 0, nameChecksRun: 0, nameChecksReplayed: 0 };

export async function runNodeChecks(
    registry: SlaValidationRegistry, root: AstNode, categories: ValidationCategory[] | undefined, accept: ValidationAcceptor,
    cancelToken: CancellationToken
): Promise<void> {
    const key = categories?.join(',') ?? '*';
    const splice = spliceOf(root as Agreement);
    const index = astIndexOf(root);
    const nodes = index.nodes;
    // Reports are kept from a validation that ran to the end with the same checks: of this very tree (validated
    // again when a file it refers to changed), or of the previous tree, for the nodes outside the re-parsed item.
    const again = completed.get(root) === key;
    const reusable = !again && splice && index.splice && completed.get(splice.previous) === key ? index.splice : undefined;
    // Checks that read names keep their reports only after a splice, when what they read did not change.
    const impact = reusable ? new EditImpact(root as Agreement, splice!, reusable.around) : undefined;
    const checksOf = new Map<string, readonly TypeCheck[]>();
    const typeChecks = (type: string): readonly TypeCheck[] => {
        let checks = checksOf.get(type);
        if (!checks) {
            checks = registry.checksFor(type, categories).map(check => {
                const original = registry.originalOf(check);
                return { check, isLocalFor: localityOf(original), extraReads: extraReadsOf(original) };
            });
            checksOf.set(type, checks);
        }
        return checks;
    };
    // The item being walked: its reports, kept to replay it as a block next time, and what its checks read (it
    // cannot be replayed when one of them is neither local nor reads names).
    let block: { item: AstNode, start: number, reports: Report[], readsNames: boolean, reads: Set<string>, replayable: boolean } | undefined;
    const emit: ValidationAcceptor = (severity, message, info) => {
        block?.reports.push({ severity, message, info });
        accept(severity, message, info);
    };
    const endBlock = (end: number) => {
        if (block?.replayable) {
            const { item, start, reports, readsNames, reads } = block;
            itemReports.set(item, { root, key, reports, size: end - start, readsNames, reads: [...reads] });
        }
        block = undefined;
    };
    const counts = { walked: 0, replayedItems: 0, nameChecksRun: 0, nameChecksReplayed: 0 };
    for (let i = 0; i < nodes.length; i++) {
        if (i % NODES_PER_CANCELLATION_CHECK === 0) await interruptAndCheck(cancelToken);
        const node = nodes[i];
        // In the list's order, an item's nodes end where the next item, section or header field begins.
        const container = node.$container;
        const isItem = container?.$container === root;
        if (block && (isItem || container === root)) endBlock(i);
        if (isItem) {
            const where = impact && placeOf(i, node, reusable!);
            const kept = itemReports.get(node);
            const current = kept?.root === root;
            if (where && kept?.key === key && (current || kept.root === splice!.previous)
                && (!kept.readsNames || (impact!.readsSame(node) && !impact!.touches(kept.reads)))) {
                if (!current && where === 'after') kept.reports = kept.reports.map(report => moved(report, splice!.shift));
                kept.root = root;
                for (const report of kept.reports) accept(report.severity, report.message, report.info);
                i += kept.size - 1;
                counts.replayedItems++;
                continue;
            }
            block = { item: node, start: i, reports: [], readsNames: false, reads: new Set(), replayable: true };
        }
        const checks = typeChecks(node.$type);
        counts.walked++;
        if (!checks.length) continue;
        const previous = localReports.get(node);
        // Reports made for this tree (in a validation that was cancelled, or ran before) are where they belong;
        // those of the previous tree are moved when the node follows the re-parsed item. A node without any made no
        // report; one with reports of an older tree was replayed with its item as a block since, and runs its checks.
        const current = previous?.root === root;
        const known = !previous || current || (!again && previous.root === splice?.previous);
        const where = !known ? undefined : again ? 'same' : reusable && placeOf(i, node, reusable);
        const earlier = where ? previous?.reports : undefined;
        // Whether the node's checks that read names read what they read before (asked once per node, when needed).
        let readsSame: boolean | undefined;
        let reports: Map<ValidationCheck, Report[]> | undefined;
        for (const { check, isLocalFor, extraReads } of checks) {
            const local = isLocalFor?.(node);
            if (block && !local) {
                if (extraReads) {
                    block.readsNames = true;
                    for (const kind of extraReads) block.reads.add(kind);
                } else {
                    block.replayable = false;
                }
            }
            if (!local && !extraReads) {
                const pending = check(node, emit, cancelToken);
                if (pending) await pending;
                continue;
            }
            let replay = !!where && (local || where !== 'same');
            if (replay && !local) {
                if (readsSame === undefined) {
                    const item = impact?.itemOf(node);
                    readsSame = !!item && impact!.readsSame(item);
                }
                replay = readsSame && !impact!.touches(extraReads!);
            }
            if (extraReads && !local) counts[replay ? 'nameChecksReplayed' : 'nameChecksRun']++;
            let made: Report[] | undefined;
            if (replay) {
                made = earlier?.get(check);
                if (made && where === 'after' && !current) made = made.map(report => moved(report, splice!.shift));
                for (const report of made ?? []) emit(report.severity, report.message, report.info);
            } else {
                const recording: ValidationAcceptor = (severity, message, info) => {
                    (made ??= []).push({ severity, message, info });
                    emit(severity, message, info);
                };
                const pending = check(node, recording, cancelToken);
                if (pending) await pending;
            }
            if (made) (reports ??= new Map()).set(check, made);
        }
        if (reports) localReports.set(node, { root, reports });
        else if (previous) localReports.delete(node);
    }
    endBlock(nodes.length);
    completed.set(root, key);
    Object.assign(lastNodeChecks, counts);
}

/** Where the `i`th node of the list is: before or after the re-parsed item, or (undefined) in or around it. */
function placeOf(i: number, node: AstNode, splice: NonNullable<AstIndex['splice']>): 'before' | 'after' | undefined {
    if (i >= splice.to) return 'after';
    return i < splice.from && !splice.around.has(node) ? 'before' : undefined;
}

/** A report whose explicit range moves as the tokens after the re-parsed item moved (cst-shift.ts). */
function moved(report: Report, shift: Shift): Report {
    const range = report.info.range;
    return range ? { ...report, info: { ...report.info, range: movedRange(range, shift) } } : report;
}

function movedRange(range: Range, shift: Shift): Range {
    return { start: movedPosition(range.start, shift), end: movedPosition(range.end, shift) };
}

function movedPosition(position: Position, shift: Shift): Position {
    return {
        line: position.line + shift.lines,
        character: position.character + (position.line === shift.onLine ? shift.columns : 0)
    };
}
