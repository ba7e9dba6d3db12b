/** `npm run test:browser`: the rendered agreement in a real headless Chromium (Debian's, at /usr/bin/chromium). */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import root from '../../vitest.config.js';

export default defineConfig({
    root: fileURLToPath(new URL('../..', import.meta.url)),
    resolve: root.resolve,
    test: {
        include: ['test/browser/**/*.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 60_000,
        // One browser per file is plenty; files in parallel would only compete for the CPU.
        fileParallelism: false
    }
});
