/**
 * The extension's manifest as VS Code reads it: what it promises must exist, be packaged and fit together. The
 * end-to-end suite (test/e2e) shows the same manifest working in a real VS Code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers.js';

const extensionDir = path.join(repoRoot, 'packages/extension');
const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
const kept = fs.readFileSync(path.join(extensionDir, '.vscodeignore'), 'utf8').split('\n')
    .filter(line => line.startsWith('!')).map(line => line.slice(1).trim());

/** Whether `.vscodeignore` (everything excluded, then `!` exceptions) lets `file` into the .vsix. */
function packaged(file: string): boolean {
    const relative = path.posix.normalize(file.replace(/^\.\//, ''));
    return kept.some(pattern => pattern === relative || (pattern.endsWith('/**') && relative.startsWith(pattern.slice(0, -2))));
}

interface Command { command: string; title: string; category?: string }
const commands: Command[] = manifest.contributes.commands;

describe('the extension manifest', () => {
    test('asks for the VS Code version its language client needs', () => {
        const client = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules/vscode-languageclient/package.json'), 'utf8'));
        expect(manifest.engines.vscode).toBe(client.engines.vscode);
    });

    test('activates on .sla files', () => {
        expect(manifest.activationEvents).toContain('onLanguage:sla');
        expect(manifest.contributes.languages[0]).toMatchObject({ id: 'sla', extensions: ['.sla'] });
    });

    test('packages every file it refers to, and they exist', () => {
        const referenced = [
            manifest.main, manifest.browser, 'out/server-web.js', manifest.icon, 'README.md', 'LICENSE',
            ...manifest.contributes.languages.map((l: { configuration: string }) => l.configuration),
            ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
            ...(manifest.contributes.snippets ?? []).map((s: { path: string }) => s.path)
        ];
        expect(referenced.filter(file => !packaged(file))).toEqual([]);
        // The bundles, the grammar and the licence are built or copied before packaging; the rest is committed.
        const committed = [manifest.icon, ...manifest.contributes.languages.map((l: { configuration: string }) => l.configuration),
            ...(manifest.contributes.snippets ?? []).map((s: { path: string }) => s.path)];
        expect(committed.filter(file => !fs.existsSync(path.join(extensionDir, file)))).toEqual([]);
        expect(fs.readFileSync(path.join(extensionDir, manifest.icon)).subarray(1, 4).toString()).toBe('PNG');
    });

    test('has a browser entry for VS Code for the Web, whose bundle starts the Worker server and needs no Node', () => {
        expect(manifest.browser).toBe('./out/extension-web.cjs');
        const bundle = fs.readFileSync(path.join(extensionDir, manifest.browser), 'utf8');
        expect(bundle).toContain('server-web.js');
        expect(bundle).not.toMatch(/require\("(node:)?(fs|path|crypto|child_process|net|os)"\)/);
        expect(bundle).not.toMatch(/\bBuffer\.from\(/);
    });

    test('leaves sources, source maps and the TypeScript output out of the .vsix', () => {
        expect(['src/extension.ts', 'out/extension.cjs.map', 'out/server.cjs.map', 'out/extension.js', 'tsconfig.json']
            .filter(packaged)).toEqual([]);
    });

    test('gives every command an "SLA" category and registers it in the extension', () => {
        const sources = fs.readdirSync(path.join(extensionDir, 'src'), { recursive: true, encoding: 'utf8' })
            .filter(file => file.endsWith('.ts'))
            .map(file => fs.readFileSync(path.join(extensionDir, 'src', file), 'utf8')).join('\n');
        expect(commands.filter(c => c.category !== 'SLA' || !c.title)).toEqual([]);
        expect(commands.map(c => c.command).filter(id => !sources.includes(`'${id}'`))).toEqual([]);
    });

    test('has menus and keybindings only for contributed commands, shown only where they apply', () => {
        const contributed = new Set(commands.map(c => c.command));
        const menuItems: { command: string; when?: string }[] = Object.values(manifest.contributes.menus).flat() as never;
        const bound: { command: string; when?: string }[] = manifest.contributes.keybindings;
        expect([...menuItems, ...bound].map(item => item.command).filter(id => !contributed.has(id))).toEqual([]);
        // Editor and explorer entries appear for SLA files only; palette-wide commands may omit the clause.
        const scoped = [...menuItems.filter(item => !manifest.contributes.menus.commandPalette.includes(item)), ...bound];
        expect(scoped.filter(item => !/\bsla\b|sla\.preview/.test(item.when ?? ''))).toEqual([]);
    });
});

describe('the language configuration', () => {
    const configuration = JSON.parse(fs.readFileSync(path.join(extensionDir, 'language-configuration.json'), 'utf8'));

    test('treats hyphenated keywords, dates, times and numbers as one word (double-click, completion range)', () => {
        const words = 'aggregation percent-of-intervals effective 2026-01-01 hours 08:00 target 99.95 delta -3 P1Response';
        expect(words.match(new RegExp(configuration.wordPattern, 'g'))).toEqual(words.split(' '));
    });

    test('comments and brackets are those of the grammar', () => {
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(configuration.brackets).toEqual([['{', '}']]);
        expect(configuration.autoClosingPairs.map((p: { open: string }) => p.open)).toEqual(['{', '"', '/*']);
    });
});
