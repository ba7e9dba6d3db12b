import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { SECTIONS } from '../../packages/language/src/catalogue/sections.js';
import { repoRoot } from '../helpers.js';

test('docs/diagnostics.md documents every diagnostic code', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs/diagnostics.md'), 'utf8');
    const codes = [
        ...Object.values(IssueCodes).filter((c): c is string => typeof c === 'string'),
        ...SECTIONS.filter(s => s.presence !== 'optional').map(s => IssueCodes.missingSection(s.id))
    ];
    expect(codes.length).toBeGreaterThan(2);
    expect(codes.filter(code => !doc.includes(`\`${code}\``))).toEqual([]);
});
