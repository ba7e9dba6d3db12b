import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { isolateBidi } from '../text-safety.js';

/**
 * Versions are text: `version 2.10` is not version 2.1, so keep the digits as written. A text whose closing quote
 * is missing (reported by the validator) keeps all its characters. A text with bidirectional controls (reported
 * as `sla-bidi-control`) is isolated, so that wherever it is shown (a rendered clause, a hover) an override in a
 * party's name cannot reverse the words after it.
 */
export class SlaValueConverter extends DefaultValueConverter {

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'VersionText') {
            const text = cstNode.text;
            return text.startsWith('"') ? ValueConverter.convertString(text) : text;
        }
        if (rule.name === 'STRING') {
            return isolateBidi(ValueConverter.convertString(isUnterminatedString(input) ? `${input}"` : input));
        }
        return super.runConverter(rule, input, cstNode);
    }
}

/** A STRING token that ran to the end of its line without a closing quote. */
export function isUnterminatedString(text: string): boolean {
    return !/^"(\\.|[^"\\])*"$/.test(text);
}
