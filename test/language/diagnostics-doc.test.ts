import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { SECTIONS } from '../../packages/language/src/catalogue/sections.js';
import { FIXED_CODES } from '../../packages/language/src/validation/issue-codes.js';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { repoRoot } from '../helpers.js';

const doc = fs.readFileSync(path.join(repoRoot, 'docs/diagnostics.md'), 'utf8');

test('docs/diagnostics.md documents every diagnostic code', () => {
    const codes = [...FIXED_CODES, ...SECTIONS.filter(s => s.presence !== 'optional').map(s => IssueCodes.missingSection(s.id))];
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter(code => !doc.includes(`\`${code}\``))).toEqual([]);
});

test('each code has its own entry with a failing snippet and the fix', () => {
    const entries = doc.split('\n### ').slice(1);
    for (const code of FIXED_CODES) {
        const entry = entries.find(e => e.startsWith(`\`${code}\`:`));
        expect(entry, code).toBeDefined();
        expect(entry, code).toContain('```sla');
        expect(entry, code).toMatch(/\nFix:/);
    }
});

test('each code is tested in test/validation or test/language', () => {
    const tests = ['validation', 'language'].flatMap(dir => fs.readdirSync(path.join(repoRoot, 'test', dir))
        .filter(f => f.endsWith('.test.ts')).map(f => fs.readFileSync(path.join(repoRoot, 'test', dir, f), 'utf8'))).join('\n');
    const untested = Object.entries(IssueCodes).filter(([key, code]) => typeof code === 'string'
        && !tests.includes(`IssueCodes.${key}`) && !tests.includes(`'${code}'`)).map(([, code]) => code);
    expect(untested).toEqual([]);
});
