// Bundles the programs with esbuild: the Node ones into CommonJS files (VS Code loads extensions as CommonJS, and one
// self-contained file per program starts fast and installs without node_modules), the browser ones (the language
// server's Web Worker, the preview's script) into plain scripts that may not import any Node built-in.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { noNodeBuiltins } from './no-node-builtins.mjs';

const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const production = process.argv.includes('--production');

const programs = [
    { entry: 'packages/language/src/node/main.ts', out: 'packages/language/out/server.cjs' },
    { entry: 'packages/language/src/node/main.ts', out: 'packages/extension/out/server.cjs' },
    // The same server in a Web Worker: for the web editor (packages/web) and VS Code for the Web.
    { entry: 'packages/language/src/browser/main.ts', out: 'packages/language/out/worker.js', browser: true },
    { entry: 'packages/language/src/browser/main.ts', out: 'packages/extension/out/server-web.js', browser: true },
    { entry: 'packages/extension/src/extension.ts', out: 'packages/extension/out/extension.cjs', external: ['vscode'] },
    // VS Code for the Web loads the extension's `browser` entry as CommonJS in a worker.
    { entry: 'packages/extension/src/extension-web.ts', out: 'packages/extension/out/extension-web.cjs', external: ['vscode'], browser: true, format: 'cjs' },
    // The preview's script runs in the webview, a browser page.
    { entry: 'packages/extension/src/preview/webview/preview-script.ts', out: 'packages/extension/out/preview.js', browser: true },
    { entry: 'packages/cli/src/cli.ts', out: 'packages/cli/out/sla.cjs' }
];

// Package names on the command line (`extension`, `cli`, `language`) limit the build to their programs: packaging
// the extension rebuilds its own bundles without touching the ones the CLI and the tests use.
const only = process.argv.slice(2).filter(arg => !arg.startsWith('--'));
const selected = programs.filter(program => only.length === 0 || only.includes(program.out.split('/')[1]));

await Promise.all(selected.map(program => esbuild.build({
    // Paths are relative to the repository, wherever the script is started from (`npm run package` starts it in
    // packages/extension).
    absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
    entryPoints: [program.entry],
    outfile: program.out,
    bundle: true,
    external: program.external ?? [],
    ...(program.browser ? { platform: 'browser', format: program.format ?? 'iife', target: 'es2022', plugins: [noNodeBuiltins] } : {
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        // Langium is ESM and reads import.meta.url; CommonJS has __filename instead.
        define: { 'import.meta.url': 'importMetaUrl', SLA_VERSION: JSON.stringify(version) },
        banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" }
    }),
    sourcemap: !production,
    // V8 keeps the source text of every script it runs (to compile functions when first called), so the server's
    // source stays in its heap for as long as it runs: without whitespace and comments the server's bundle holds
    // about 5 MiB less. Names are kept outside production, for readable stack traces.
    ...(production ? { minify: true } : program.browser ? {} : { minifyWhitespace: true, minifySyntax: true }),
    logLevel: 'warning'
}).catch(() => process.exit(1))));
