/** The extension's editing contributions: generated snippets that match the catalogue, and the commands. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SECTIONS } from '../../packages/language/src/catalogue/sections.js';
import { editorSnippets } from '../../packages/language/src/generator/snippets.js';
import { repoRoot } from '../helpers.js';

const extensionDir = path.join(repoRoot, 'packages/extension');
const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));

describe('snippets', () => {
    test('the committed snippets are the ones the catalogue generates (run `node scripts/generate-snippets.mjs` after a catalogue change)', () => {
        const committed = JSON.parse(fs.readFileSync(path.join(extensionDir, 'snippets/sla.json'), 'utf8'));
        expect(committed).toEqual(JSON.parse(JSON.stringify(editorSnippets())));
    });

    test('every section has a snippet whose names are tab stops shared by all their uses', () => {
        const snippets = Object.values(editorSnippets());
        expect(snippets.map(s => s.prefix)).toEqual(['agreement', ...SECTIONS.map(s => s.keyword)]);
        const responsibilities = snippets.find(s => s.prefix === 'responsibilities')!.body.join('\n');
        expect(responsibilities).toContain('${21:Provider} must');
        expect(responsibilities).toContain('excuses ${25:AvailabilityTarget}');
    });

    test('are contributed for the sla language and packaged', () => {
        expect(manifest.contributes.snippets).toEqual([{ language: 'sla', path: './snippets/sla.json' }]);
        expect(fs.readFileSync(path.join(extensionDir, '.vscodeignore'), 'utf8')).toContain('!snippets/sla.json');
    });
});

describe('commands', () => {
    test('"SLA: New Agreement from Template..." and "SLA: Insert Section..." are contributed and activate the extension', () => {
        const commands = manifest.contributes.commands.filter((c: { command: string }) => ['sla.newAgreement', 'sla.insertSection'].includes(c.command));
        expect(commands).toEqual([
            { command: 'sla.newAgreement', title: 'New Agreement from Template...', category: 'SLA' },
            { command: 'sla.insertSection', title: 'Insert Section...', category: 'SLA' }
        ]);
        expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onCommand:sla.newAgreement', 'onCommand:sla.insertSection']));
    });
});
