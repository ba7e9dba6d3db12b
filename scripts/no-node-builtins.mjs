// An esbuild plugin for the bundles that run in a browser (the language server's Web Worker, the web page, the
// extension in VS Code for the Web): an import of a Node built-in fails the build, naming the importer, instead of
// surfacing as a broken page at run time.
import { builtinModules } from 'node:module';

const builtins = new Set(builtinModules);

export const noNodeBuiltins = {
    name: 'no-node-builtins',
    setup(build) {
        build.onResolve({ filter: /^[a-z_:]/ }, args => {
            const name = args.path.replace(/^node:/, '');
            if (!args.path.startsWith('node:') && !builtins.has(name) && !builtins.has(name.split('/')[0])) return undefined;
            return { errors: [{ text: `'${args.path}' is a Node built-in, imported by ${args.importer}; code for the browser must not use Node` }] };
        });
    }
};
