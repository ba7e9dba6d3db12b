/** The extension's editing contributions: generated snippets that match the catalogue, and the commands. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLAUSE_LIBRARY } from '../../packages/language/src/catalogue/clause-library.js';
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
        expect(snippets.map(s => s.prefix)).toEqual(['agreement', ...SECTIONS.map(s => s.keyword), ...CLAUSE_LIBRARY.map(c => `clause ${c.name}`)]);
        const responsibilities = snippets.find(s => s.prefix === 'responsibilities')!.body.join('\n');
        expect(responsibilities).toContain('${21:Provider} must');
        expect(responsibilities).toContain('excuses ${25:AvailabilityTarget}');
        const liability = snippets.find(s => s.prefix === 'clause Liability')!;
        expect(liability.description).toMatch(/^Limitation of liability \(clause library, inside 'clauses'\)\. /);
        expect(liability.body.join('\n')).toContain('is limited to TODO: the cap');
    });

    test('are contributed for the sla language and packaged', () => {
        expect(manifest.contributes.snippets).toEqual([{ language: 'sla', path: './snippets/sla.json' }]);
        expect(fs.readFileSync(path.join(extensionDir, '.vscodeignore'), 'utf8')).toContain('!snippets/sla.json');
    });
});

describe('commands', () => {
    test('"SLA: New Agreement from Template...", "SLA: Insert Section..." and "SLA: Insert Clause..." are contributed and activate the extension', () => {
        const commands = manifest.contributes.commands.filter((c: { command: string }) => ['sla.newAgreement', 'sla.insertSection', 'sla.insertClause'].includes(c.command));
        expect(commands).toEqual([
            { command: 'sla.newAgreement', title: 'New Agreement from Template...', category: 'SLA' },
            { command: 'sla.insertSection', title: 'Insert Section...', category: 'SLA' },
            { command: 'sla.insertClause', title: 'Insert Clause...', category: 'SLA' }
        ]);
        expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onCommand:sla.newAgreement', 'onCommand:sla.insertSection', 'onCommand:sla.insertClause']));
    });
});
