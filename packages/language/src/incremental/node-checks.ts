/**
 * Langium's walk over every AST node for the checks, without its per-node allocations: Langium streams the nodes
 * through closure-based iterators, builds a stream of the checks for every node and awaits every check and a
 * cancellation check at every node. Here the nodes come from the agreement's node list (ast-index.ts), the checks
 * of each AST type are looked up once per validation, a check is awaited only when it returns a promise
 * (sla-validation-registry.ts) and cancellation is checked every 64 nodes. Same checks, same order, same
 * diagnostics (test/incremental compares them with a full build after every edit).
 */
import {
    interruptAndCheck, type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationCheck, type ValidationRegistry
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { astIndexOf } from './ast-index.js';

const NODES_PER_CANCELLATION_CHECK = 64;

export async function runNodeChecks(
    registry: ValidationRegistry, root: AstNode, categories: ValidationCategory[] | undefined, accept: ValidationAcceptor,
    cancelToken: CancellationToken
): Promise<void> {
    const checksOf = new Map<string, ValidationCheck[]>();
    const { nodes } = astIndexOf(root);
    for (let i = 0; i < nodes.length; i++) {
        if (i % NODES_PER_CANCELLATION_CHECK === 0) await interruptAndCheck(cancelToken);
        const node = nodes[i];
        let checks = checksOf.get(node.$type);
        if (!checks) {
            checks = registry.getChecks(node.$type, categories).toArray();
            checksOf.set(node.$type, checks);
        }
        for (const check of checks) {
            const pending = check(node, accept, cancelToken);
            if (pending) await pending;
        }
    }
}
