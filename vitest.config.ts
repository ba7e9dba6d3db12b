import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
    resolve: {
        // Tests run on the TypeScript sources, not on the last build.
        alias: [
            { find: /^sla-language\/node$/, replacement: source('packages/language/src/node/index.ts') },
            { find: /^sla-language$/, replacement: source('packages/language/src/index.ts') },
            // The extension's browser entry imports the client's browser build, exported only under the `browser`
            // condition; test/extension/web-entry.test.ts runs that entry in Node.
            { find: /^vscode-languageclient\/browser$/, replacement: source('node_modules/vscode-languageclient/lib/browser/main.js') }
        ]
    },
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/browser/**', 'test/e2e/**'],
        testTimeout: 30_000,
        pool: 'threads'
    }
});
