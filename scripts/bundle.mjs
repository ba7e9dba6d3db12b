// Bundles the three programs into CommonJS files with esbuild: VS Code loads extensions as CommonJS, and one
// self-contained file per program starts fast and installs without node_modules.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const production = process.argv.includes('--production');

const programs = [
    { entry: 'packages/language/src/main.ts', out: 'packages/language/out/server.cjs' },
    { entry: 'packages/language/src/main.ts', out: 'packages/extension/out/server.cjs' },
    { entry: 'packages/extension/src/extension.ts', out: 'packages/extension/out/extension.cjs', external: ['vscode'] },
    { entry: 'packages/cli/src/cli.ts', out: 'packages/cli/out/sla.cjs' }
];

await Promise.all(programs.map(program => esbuild.build({
    entryPoints: [program.entry],
    outfile: program.out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: program.external ?? [],
    // Langium is ESM and reads import.meta.url; CommonJS has __filename instead.
    define: { 'import.meta.url': 'importMetaUrl', SLA_VERSION: JSON.stringify(version) },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    sourcemap: !production,
    minify: production,
    logLevel: 'warning'
}).catch(() => process.exit(1))));
