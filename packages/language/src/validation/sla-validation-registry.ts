/**
 * Langium's check registry, with checks called as what they are. Langium wraps every check in an async function
 * that awaits it, so each of the tens of thousands of check calls per validation allocates promises and waits a
 * microtask even though every SLA check is synchronous. Here a synchronous check is called directly and only a
 * check that returns a promise is awaited. A check that throws is handled as Langium does: its node gets an
 * "An error occurred during validation" error and the other checks go on; a cancellation passes through.
 */
import { isOperationCancelled, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCheck } from 'langium';

const CONTEXT = 'An error occurred during validation';

export class SlaValidationRegistry extends ValidationRegistry {

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            let result: unknown;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                reportFailure(error, accept, node);
                return undefined;
            }
            return result instanceof Promise ? this.handleException(() => result as Promise<void>, CONTEXT, accept, node) : undefined;
        };
    }
}

/** What Langium's `handleException` does with a check's error, without waiting. */
function reportFailure(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
    if (isOperationCancelled(error)) throw error;
    console.error(`${CONTEXT}:`, error);
    if (error instanceof Error && error.stack) console.error(error.stack);
    accept('error', `${CONTEXT}: ${error instanceof Error ? error.message : String(error)}`, { node });
}
