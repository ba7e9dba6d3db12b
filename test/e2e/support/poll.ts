/** Bounded waiting: every wait in the suite names what it waits for and gives up with what it saw last. */

export interface PollOptions {
    /** What is awaited, phrased for the failure message ("the Problems panel to show sla-missing-goals"). */
    readonly what: string;
    readonly timeoutMs?: number;
    readonly intervalMs?: number;
}

/**
 * Calls `probe` until it returns something other than `undefined` and returns that; throws after the timeout with
 * the last observation (`describe` turns it into text) or the last error the probe threw.
 */
export async function waitFor<T>(probe: () => Promise<T | undefined>, options: PollOptions & {
    describe?: () => Promise<string>;
}): Promise<T> {
    const deadline = Date.now() + (options.timeoutMs ?? 20_000);
    let lastError: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined) return value;
        } catch (error) {
            lastError = error;
        }
        if (Date.now() > deadline) {
            const seen = options.describe ? await options.describe().catch(error => `(could not describe: ${error})`) : '';
            const cause = lastError instanceof Error ? ` Last error: ${lastError.message}` : '';
            throw new Error(`Timed out after ${options.timeoutMs ?? 20_000} ms waiting for ${options.what}.` +
                (seen ? ` Last seen: ${seen}` : '') + cause);
        }
        await sleep(options.intervalMs ?? 250);
    }
}

export function sleep(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}
