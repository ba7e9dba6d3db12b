import { test } from 'vitest';
import { AstUtils, GrammarAST } from 'langium';
import { services } from '../helpers.js';
test('p', () => {
    const grammar = services.Sla.Grammar;
    const pairs = new Map<string, Set<string>>();
    for (const kw of AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword)) {
        const rule = AstUtils.getContainerOfType(kw, GrammarAST.isParserRule)?.name ?? '?';
        if (!/^[a-z]/.test(kw.value)) continue;
        pairs.set(kw.value, new Set([...(pairs.get(kw.value) ?? []), rule]));
    }
    console.log([...pairs].map(([k, r]) => `${k}: ${[...r].join(',')}`).join('\n'));
});
