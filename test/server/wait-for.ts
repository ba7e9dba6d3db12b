/**
 * Polls until the server has done something the test can see (diagnostics published, a notification received):
 * the probe's first value that is not undefined, or an error after `timeoutMs`.
 */
export async function waitFor<T>(probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error('timed out waiting for the server');
        await new Promise(resolve => setTimeout(resolve, 20));
    }
}
