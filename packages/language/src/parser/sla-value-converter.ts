import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/** Versions are text: `version 2.10` is not version 2.1, so keep the digits as written. */
export class SlaValueConverter extends DefaultValueConverter {

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'VersionText') {
            const text = cstNode.text;
            return text.startsWith('"') ? ValueConverter.convertString(text) : text;
        }
        return super.runConverter(rule, input, cstNode);
    }
}
