/**
 * Tokens for what people type by habit where the language wants something else: `03/01/2026`, `6pm`, `24/7`,
 * `$149`, `4,800`, `# a note`. Each becomes one token, so the parser reports one error on the whole slip (with
 * the way to write it, see syntax-messages.ts) instead of a cascade over its pieces, and quick fixes can rewrite
 * it. Stray punctuation becomes a token too, so it is reported where it stands, in the words of the place, rather
 * than as a lexer error followed by a parser error.
 *
 * None of these tokens is used by the grammar, except `#` comments, which are hidden like `//` comments and
 * reported by the document validator.
 */
import { DefaultLexerErrorMessageProvider, DefaultTokenBuilder, type Grammar, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';

export const SlipTokens = {
    /** `03/01/2026`, `01.03.2026`, `2026/03/01`: a date not written year-month-day. */
    ForeignDate: 'FOREIGN_DATE',
    /** `8am`, `6:30pm`. */
    TwelveHourTime: 'TWELVE_HOUR_TIME',
    /** `24/7`, `24x7`. */
    RoundTheClock: 'ROUND_THE_CLOCK',
    /** `$149`, `149 €`, `£20`. */
    CurrencySymbol: 'CURRENCY_SYMBOL',
    /** `4,800`. */
    GroupedNumber: 'GROUPED_NUMBER',
    /** `# a note`. */
    HashComment: 'HASH_COMMENT',
    /** Any other character the language has no use for. */
    Stray: 'STRAY_CHARACTER'
} as const;

const SLIPS: TokenType[] = [
    { name: SlipTokens.ForeignDate, PATTERN: /\d{4}[/.]\d{1,2}[/.]\d{1,2}|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4}/ },
    { name: SlipTokens.TwelveHourTime, PATTERN: /\d{1,2}(?::\d{2})?\s?[aApP]\.?[mM]\.?(?![\w])/ },
    { name: SlipTokens.RoundTheClock, PATTERN: /24\s?[/xX]\s?7(?![\w])/ },
    // $ € £ ¥ (written as escapes, see STRAY)
    { name: SlipTokens.CurrencySymbol, PATTERN: /[$\u20AC\u00A3\u00A5]\s?\d+(?:[.,]\d+)*|\d+(?:[.,]\d+)*\s?[$\u20AC\u00A3\u00A5]|[$\u20AC\u00A3\u00A5]/ },
    { name: SlipTokens.GroupedNumber, PATTERN: /\d{1,3}(?:,\d{3})+(?:\.\d+)?/ },
    { name: SlipTokens.HashComment, PATTERN: /#[^\n\r]*/, GROUP: 'hidden' }
];

/**
 * Punctuation and symbols people type. Listed rather than "any character" because the lexer's first-character
 * optimisation cannot handle a complement set, and without it lexing is a third slower; any other character is a
 * lexer error, worded by SlaLexerErrorMessageProvider. Beyond ASCII: § ° ± × ÷ € £ ¥ • · ‘ ’ “ ” – — …,
 * written as escapes: the bundler escapes every other non-ASCII character, but not those in a regular expression,
 * and one such character makes V8 keep the whole bundle's source, which it holds while the server runs, at two
 * bytes a character.
 */
const STRAY: TokenType = {
    name: SlipTokens.Stray,
    PATTERN: /[!#$%&'()*+,\-./:;<=>?@[\\\]^`{|}~\u00A7\u00B0\u00B1\u00D7\u00F7\u20AC\u00A3\u00A5\u2022\u00B7\u2018\u2019\u201C\u201D\u2013\u2014\u2026]/
};

export class SlaTokenBuilder extends DefaultTokenBuilder {

    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        // Keywords come first, then the grammar's terminals: the slips go between, ahead of NUMBER, whose digits
        // they start with; the stray character goes last.
        const firstTerminal = tokens.findIndex(token => typeof token.PATTERN !== 'string');
        const at = firstTerminal < 0 ? tokens.length : firstTerminal;
        return [...tokens.slice(0, at), ...SLIPS.map(token => ({ ...token })), ...tokens.slice(at), { ...STRAY }];
    }
}

/** A character no token takes (a letter outside a-z, an emoji): said in the words of the agreement. */
export class SlaLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const character = fullText.slice(startOffset, startOffset + length);
        return `The character '${character}' cannot be used here. Names are written with the letters a-z and A-Z, digits`
            + ' and _; any other character belongs in a text in double quotes.';
    }
}
