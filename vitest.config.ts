import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
    resolve: {
        // Tests run on the TypeScript sources, not on the last build.
        alias: [
            { find: /^sla-language\/node$/, replacement: source('packages/language/src/node/index.ts') },
            { find: /^sla-language$/, replacement: source('packages/language/src/index.ts') }
        ]
    },
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/browser/**', 'test/e2e/**'],
        testTimeout: 30_000,
        pool: 'threads'
    }
});
