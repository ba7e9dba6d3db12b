/**
 * Langium's completion parser, able to start at any parser rule. Completion asks the parser which grammar
 * elements may come at the cursor; Langium's parser reads the agreement from its first token to the cursor, so
 * the cost grows with the text before the cursor. Starting with the rule of the item around the cursor reads
 * only that item's text (windowed-completion.ts decides when the result is the same).
 */
import { EOF } from 'chevrotain';
import { createParser, LangiumCompletionParser, type CompletionParserResult, type LangiumCoreServices } from 'langium';

export class ItemCompletionParser extends LangiumCompletionParser {

    /**
     * Reads `input` as the parser rule `rule` (called without arguments), as the parse of a whole agreement reads
     * it after the calls that lead there. Returns undefined when the parse met a syntax error before the end of
     * the input: the recovery from it depends on the rules around the item, which this parse does not have.
     */
    parseAs(input: string, rule: string): CompletionParserResult | undefined {
        const start = this.allRules.get(rule);
        if (!start) return undefined;
        const entry = this.mainRule;
        this.mainRule = start;
        try {
            const result = this.parse(input);
            // Errors at the end of the input are the cursor's, as in a whole parse.
            return this.wrapper.errors.every(error => error.token.tokenType === EOF) ? result : undefined;
        } finally {
            this.mainRule = entry;
        }
    }
}

/** Builds the parser as Langium's `createCompletionParser` does. */
export function createItemCompletionParser(services: LangiumCoreServices): ItemCompletionParser {
    const parser = new ItemCompletionParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
