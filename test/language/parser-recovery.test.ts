/**
 * Recovery from many broken items in one block: every item is reported and the rest of the agreement still parses,
 * however many there are (a stack frame per broken item overflowed the stack at about 1,300 in the CLI).
 */
import { describe, expect, test } from 'vitest';
import { isDefinitionsSection } from '../../packages/language/src/generated/ast.js';
import { levelsOf, section } from '../../packages/language/src/sla-model.js';
import { MINIMAL, parse } from '../helpers.js';

/** The agreement with a definitions block of `count` terms, each followed by a stray comma. */
function withBrokenTerms(count: number): string {
    const terms = Array.from({ length: count }, (_, i) => `        term "Term ${i}" means "Meaning ${i}",`).join('\n');
    return MINIMAL.replace('    goals {', `    definitions {\n${terms}\n    }\n    goals {`);
}

describe('a block with thousands of broken items', () => {
    test('reports each stray comma, keeps every term and parses the sections after the block', async () => {
        const document = await parse(withBrokenTerms(12_000));
        const agreement = document.parseResult.value;
        expect(document.parseResult.parserErrors).toHaveLength(12_000);
        expect(document.parseResult.parserErrors[11_999].token.image).toBe(',');
        const terms = section(agreement, isDefinitionsSection)?.terms ?? [];
        expect(terms).toHaveLength(12_000);
        expect(terms[11_999].meaning).toBe('Meaning 11999');
        expect(levelsOf(agreement).map(level => level.name)).toEqual(['ShopUptime']);
    });
});
