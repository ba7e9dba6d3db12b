/** Every keyword of the grammar, in every rule that uses it, and every unit has a one-sentence meaning and an example. */
import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { documentedKeywords, keywordDoc, unitDocumentation } from '../../packages/language/src/lsp/keyword-docs.js';
import { unitsOf } from '../../packages/language/src/units.js';
import { services } from '../helpers.js';

const keywords = AstUtils.streamAllContents(services.Sla.Grammar).filter(GrammarAST.isKeyword)
    .filter(keyword => !/^[{},]$/.test(keyword.value)).toArray();

describe('keyword documentation', () => {
    test('every keyword in every rule that uses it is explained, with an example that uses it', () => {
        const missing = keywords.filter(keyword => {
            const found = keywordDoc(keyword);
            return !found || !/\.$/.test(found.text) || !found.example.includes(keyword.value);
        }).map(keyword => `${AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name}: ${keyword.value}`);
        expect(missing).toEqual([]);
        expect(keywords.length).toBeGreaterThan(150);
    });

    test('the table explains no word the grammar does not have, and no rule a word is not used in', () => {
        const rulesOf = (value: string) => keywords.filter(keyword => keyword.value === value)
            .map(keyword => AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name);
        const stale = documentedKeywords().filter(({ keyword, rules }) => rulesOf(keyword).length === 0 || rules?.some(rule => !rulesOf(keyword).includes(rule)));
        expect(stale).toEqual([]);
    });

    test('a word explained differently by rule: `hours` of a calendar, of a service, and as a unit', () => {
        const hours = keywords.filter(keyword => keyword.value === 'hours').map(keyword => keywordDoc(keyword)!.text);
        expect(new Set(hours).size).toBe(3);
    });

    test('every unit spelling is explained, with an example', () => {
        for (const dimension of ['percent', 'duration', 'count', 'money'] as const) {
            for (const unit of unitsOf(dimension)) {
                const found = unitDocumentation(unit);
                expect(found?.example, unit).toContain(unit);
            }
        }
        expect(unitDocumentation('fortnights')).toBeUndefined();
    });
});
