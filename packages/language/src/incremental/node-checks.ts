/**
 * Langium's walk over every AST node for the checks, without its per-node allocations: Langium builds a stream of
 * the checks for every node and awaits a cancellation check at every node; here the checks of each AST type are
 * looked up once per validation and cancellation is checked every 64 nodes. Same checks, same order, same
 * diagnostics (test/incremental compares them with a full build after every edit).
 */
import {
    AstUtils, interruptAndCheck, type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationCheck,
    type ValidationRegistry
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

const NODES_PER_CANCELLATION_CHECK = 64;

export async function runNodeChecks(
    registry: ValidationRegistry, root: AstNode, categories: ValidationCategory[] | undefined, accept: ValidationAcceptor,
    cancelToken: CancellationToken
): Promise<void> {
    const checksOf = new Map<string, ValidationCheck[]>();
    let visited = 0;
    for (const node of AstUtils.streamAst(root)) {
        if (visited++ % NODES_PER_CANCELLATION_CHECK === 0) await interruptAndCheck(cancelToken);
        let checks = checksOf.get(node.$type);
        if (!checks) {
            checks = registry.getChecks(node.$type, categories).toArray();
            checksOf.set(node.$type, checks);
        }
        for (const check of checks) await check(node, accept, cancelToken);
    }
}
