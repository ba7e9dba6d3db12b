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
 * explicitly moved as the node's tokens moved (a range found from the node is found afresh). The other checks run.
 * Same checks, same order, same diagnostics (test/incremental compares them with a full build after every edit).
 */
import {
    interruptAndCheck, type AstNode, type DiagnosticInfo, type ValidationAcceptor, type ValidationCategory,
    type ValidationCheck, type ValidationSeverity
} from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
import type { Agreement } from '../generated/ast.js';
import { localityOf } from '../validation/local-checks.js';
import type { SlaValidationRegistry } from '../validation/sla-validation-registry.js';
import { astIndexOf, type AstIndex } from './ast-index.js';
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

/** A check of a node type, and for a local check which nodes it is local for. */
interface TypeCheck {
    readonly check: ValidationCheck
    readonly isLocalFor?: (node: AstNode) => boolean
}

/** The trees whose validation ran to the end, with the checks' categories: their nodes' local reports are complete. */
const completed = new WeakMap<AstNode, string>();

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
    const checksOf = new Map<string, readonly TypeCheck[]>();
    for (let i = 0; i < nodes.length; i++) {
        if (i % NODES_PER_CANCELLATION_CHECK === 0) await interruptAndCheck(cancelToken);
        const node = nodes[i];
        let checks = checksOf.get(node.$type);
        if (!checks) {
            checks = registry.checksFor(node.$type, categories).map(check => ({ check, isLocalFor: localityOf(registry.originalOf(check)) }));
            checksOf.set(node.$type, checks);
        }
        if (!checks.length) continue;
        const where = again ? 'same' : reusable && placeOf(i, node, reusable);
        const previous = localReports.get(node);
        // Reports made for this tree (in a validation that was cancelled, or ran before) are where they belong;
        // those of the previous tree are moved when the node follows the re-parsed item.
        const current = previous?.root === root;
        const earlier = where && (current || (!again && previous?.root === splice?.previous)) ? previous?.reports : undefined;
        let reports: Map<ValidationCheck, Report[]> | undefined;
        for (const { check, isLocalFor } of checks) {
            if (!isLocalFor?.(node)) {
                const pending = check(node, accept, cancelToken);
                if (pending) await pending;
                continue;
            }
            let made: Report[] | undefined;
            if (where) {
                made = earlier?.get(check);
                if (made && where === 'after' && !current) made = made.map(report => moved(report, splice!.shift));
                for (const report of made ?? []) accept(report.severity, report.message, report.info);
            } else {
                const recording: ValidationAcceptor = (severity, message, info) => {
                    (made ??= []).push({ severity, message, info });
                    accept(severity, message, info);
                };
                const pending = check(node, recording, cancelToken);
                if (pending) await pending;
            }
            if (made) (reports ??= new Map()).set(check, made);
        }
        if (reports) localReports.set(node, { root, reports });
        else if (previous) localReports.delete(node);
    }
    completed.set(root, key);
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
