/**
 * Langium's check registry, with checks called as what they are. Langium wraps every check in an async function
 * that awaits it, so each of the tens of thousands of check calls per validation allocates promises and waits a
 * microtask even though every SLA check is synchronous. Here a synchronous check is called directly and only a
 * check that returns a promise is awaited. A check that throws is handled as Langium does: its node gets an
 * "An error occurred during validation" error and the other checks go on; a cancellation passes through.
 *
 * The registry also keeps, for incremental/node-checks.ts, the checks of each node type as one array per set of
 * categories (the same array from one validation to the next until a check is registered) and which check each
 * wrapper calls (validation/local-checks.ts classifies them).
 */
import {
    isOperationCancelled, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCategory,
    type ValidationCheck
} from 'langium';

const CONTEXT = 'An error occurred during validation';

export class SlaValidationRegistry extends ValidationRegistry {
    private readonly checksByType = new Map<string, readonly ValidationCheck[]>();
    private readonly wrapped = new WeakMap<ValidationCheck, ValidationCheck>();

    /** The checks of a node type in these categories, in registration order (Langium's `getChecks`, kept). */
    checksFor(type: string, categories: readonly ValidationCategory[] | undefined): readonly ValidationCheck[] {
        const key = `${categories?.join(',') ?? '*'}|${type}`;
        let checks = this.checksByType.get(key);
        if (!checks) {
            checks = this.getChecks(type, categories as ValidationCategory[] | undefined).toArray();
            this.checksByType.set(key, checks);
        }
        return checks;
    }

    /** The check a registered wrapper calls. */
    originalOf(check: ValidationCheck): ValidationCheck | undefined {
        return this.wrapped.get(check);
    }

    protected override addEntry(...args: Parameters<ValidationRegistry['addEntry']>): void {
        this.checksByType.clear();
        super.addEntry(...args);
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const wrapper: ValidationCheck = (node, accept, cancelToken) => {
            let result: unknown;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                reportFailure(error, accept, node);
                return undefined;
            }
            return result instanceof Promise ? this.handleException(() => result as Promise<void>, CONTEXT, accept, node) : undefined;
        };
        this.wrapped.set(wrapper, check);
        return wrapper;
    }
}

/** What Langium's `handleException` does with a check's error, without waiting. */
function reportFailure(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
    if (isOperationCancelled(error)) throw error;
    console.error(`${CONTEXT}:`, error);
    if (error instanceof Error && error.stack) console.error(error.stack);
    accept('error', `${CONTEXT}: ${error instanceof Error ? error.message : String(error)}`, { node });
}
