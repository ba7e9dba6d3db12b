import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `npm run test:e2e`: the extension in a real VS Code; slow (code-server, Chromium), so apart from `npm test`. */
export default defineConfig({
    root: fileURLToPath(new URL('../..', import.meta.url)),
    test: {
        include: ['test/e2e/**/*.e2e.test.ts'],
        // One code-server and one browser; the steps run in order on the same workbench.
        fileParallelism: false,
        pool: 'forks',
        reporters: ['verbose']
    }
});
