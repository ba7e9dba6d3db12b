/**
 * The guard on code for the browser (scripts/no-node-builtins.mjs): the language server's Worker entry bundles for
 * the browser, and the Node entry does not, the build naming the Node import and who made it.
 */
import * as esbuild from 'esbuild';
import { describe, expect, test } from 'vitest';
import { noNodeBuiltins } from '../../scripts/no-node-builtins.mjs';
import { repoRoot } from '../helpers.js';

const bundle = (entry: string) => esbuild.build({
    absWorkingDir: repoRoot, entryPoints: [entry], bundle: true, write: false, platform: 'browser', format: 'iife',
    logLevel: 'silent', plugins: [noNodeBuiltins]
});

describe('code that runs in the browser imports no Node built-in', () => {
    test('the Worker server bundles for the browser', async () => {
        const { outputFiles } = await bundle('packages/language/src/browser/main.ts');
        expect(outputFiles[0].text).toContain('sla/render');
    });

    test('the Node server does not: the build names the import and the importer', async () => {
        const failure = await bundle('packages/language/src/node/main.ts').then(() => undefined, (error: esbuild.BuildFailure) => error);
        const messages = failure?.errors.map(e => e.text) ?? [];
        expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^'node:fs' is a Node built-in, imported by .*packages\/language\/src\/node\/data-files\.ts; code for the browser must not use Node$/)]));
    });
});
