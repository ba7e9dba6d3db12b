// Builds the web editor into packages/web/out/site: index.html, style.css and app.js, a folder that works from any
// static host and from file://. The language server's worker is bundled first and built into app.js as text (a
// page from file:// may not start a worker from a file). Neither bundle may import a Node built-in.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { noNodeBuiltins } from './no-node-builtins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = 'packages/web/out/site';
const common = { absWorkingDir: root, bundle: true, platform: 'browser', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning' };

try {
    const worker = await esbuild.build({ ...common, entryPoints: ['packages/language/src/browser/main.ts'], format: 'iife', write: false, plugins: [noNodeBuiltins] });
    const workerSource = {
        name: 'sla-worker-source',
        setup(build) {
            build.onResolve({ filter: /^sla-worker-source$/ }, () => ({ path: 'sla-worker-source', namespace: 'sla-worker' }));
            build.onLoad({ filter: /.*/, namespace: 'sla-worker' }, () => ({ contents: worker.outputFiles[0].text, loader: 'text' }));
        }
    };
    rmSync(`${root}/${site}`, { recursive: true, force: true });
    mkdirSync(`${root}/${site}`, { recursive: true });
    await esbuild.build({
        ...common,
        entryPoints: ['packages/web/src/main.ts'],
        outfile: `${site}/app.js`,
        format: 'iife',
        loader: { '.sla': 'text' },
        plugins: [workerSource, noNodeBuiltins]
    });
    for (const file of ['index.html', 'style.css']) copyFileSync(`${root}/packages/web/src/${file}`, `${root}/${site}/${file}`);
} catch {
    process.exit(1);
}
