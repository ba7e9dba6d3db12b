/**
 * The language package as the benchmark uses it in-process: its services (built by `npm run build` into
 * packages/language/out), for generating inputs and for the tokenize-only floor.
 */
import { EmptyFileSystem } from 'langium';
import { createSlaServices } from '../packages/language/out/index.js';

export const { Sla } = createSlaServices(EmptyFileSystem);

export function tokenize(text) {
    return Sla.parser.Lexer.tokenize(text);
}

/** Parses without linking or validation: enough to find the declarations and items an example consists of. */
export function parseAgreement(text) {
    const result = Sla.parser.LangiumParser.parse(text);
    if (result.lexerErrors.length || result.parserErrors.length) {
        throw new Error(`an example does not parse: ${[...result.lexerErrors, ...result.parserErrors][0].message}`);
    }
    return result.value;
}
