import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { isolateBidi } from '../text-safety.js';
import { foldLongText, isLongText, isUnterminatedText, withoutPlaceholderMark } from './text-values.js';

/**
 * Versions are text: `version 2.10` is not version 2.1, so keep the digits as written. A text whose closing quote
 * is missing (reported by the validator) keeps all its characters. A long text (`"""`) is folded into prose. The
 * placeholder mark `?` after a number, date or time is not part of the value (validation/placeholders.ts reads it
 * from the token). A text, short or long, with bidirectional controls (reported as `sla-bidi-control`) is
 * isolated, so that wherever it is shown (a rendered clause, a hover) an override in a party's name cannot reverse
 * the words after it.
 */
export class SlaValueConverter extends DefaultValueConverter {

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'VersionText': {
                const text = cstNode.text;
                return text.startsWith('"') ? ValueConverter.convertString(text) : withoutPlaceholderMark(text);
            }
            case 'Text': return isolateBidi(isLongText(cstNode.text) ? foldLongText(cstNode.text) : convertText(cstNode.text));
            case 'STRING': return isolateBidi(convertText(input));
            case 'NUMBER': return ValueConverter.convertNumber(withoutPlaceholderMark(input));
            case 'DATE':
            case 'TIME': return withoutPlaceholderMark(input);
        }
        return super.runConverter(rule, input, cstNode);
    }
}

function convertText(text: string): string {
    return ValueConverter.convertString(isUnterminatedText(text) ? `${text}"` : text);
}
