/**
 * The grammar's colouring in CodeMirror: the keywords are the ones the TextMate grammar generated from
 * sla.langium (the list VS Code colours), plus comments, strings, numbers, dates and punctuation.
 */
import { HighlightStyle, LanguageSupport, StreamLanguage, syntaxHighlighting, type StringStream } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import grammar from '../../../syntaxes/sla.tmLanguage.json';

/** The generated keyword rule is `\b(word|word|...)\b`. */
function grammarKeywords(): ReadonlySet<string> {
    const rule = grammar.patterns.find(pattern => 'name' in pattern && pattern.name?.startsWith('keyword.'));
    const alternatives = rule && 'match' in rule ? /\((.*)\)/.exec(rule.match ?? '')?.[1] : undefined;
    if (!alternatives) throw new Error('the TextMate grammar has no keyword rule');
    return new Set(alternatives.split('|'));
}

const KEYWORDS = grammarKeywords();

interface State {
    inBlockComment: boolean;
    inString: boolean;
}

function readString(stream: StringStream, state: State): string {
    while (!stream.eol()) {
        const next = stream.next();
        if (next === '\\') stream.next();
        else if (next === '"') {
            state.inString = false;
            return 'string';
        }
    }
    return 'string';
}

const slaStream = StreamLanguage.define<State>({
    name: 'sla',
    startState: () => ({ inBlockComment: false, inString: false }),
    token(stream, state) {
        if (state.inBlockComment) {
            if (stream.skipTo('*/')) {
                stream.pos += 2;
                state.inBlockComment = false;
            } else stream.skipToEnd();
            return 'blockComment';
        }
        if (state.inString) return readString(stream, state);
        if (stream.eatSpace()) return null;
        if (stream.match('//')) {
            stream.skipToEnd();
            return 'lineComment';
        }
        if (stream.match('/*')) {
            state.inBlockComment = true;
            return 'blockComment';
        }
        if (stream.eat('"')) {
            state.inString = true;
            return readString(stream, state);
        }
        if (stream.match(/^\d{4}-\d{2}-\d{2}(T[\d:]+)?/) || stream.match(/^\d[\d_]*(\.\d+)?%?/)) return 'number';
        const word = stream.match(/^[A-Za-z_][\w-]*/) as RegExpMatchArray | null;
        if (word) return KEYWORDS.has(word[0]) ? 'keyword' : 'variableName';
        if (stream.match(/^[<>=!]=?/)) return 'operator';
        if (stream.eat(/[{}()[\]]/)) return 'bracket';
        stream.next();
        return 'punctuation';
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } }
});

/** Colours with enough contrast on white (WCAG AA) for every token kind. */
const slaHighlightStyle = HighlightStyle.define([
    { tag: tags.keyword, color: '#1d4ed8', fontWeight: '600' },
    { tag: [tags.lineComment, tags.blockComment], color: '#4b5563', fontStyle: 'italic' },
    { tag: tags.string, color: '#9a3412' },
    { tag: tags.number, color: '#047857' },
    { tag: tags.variableName, color: '#111827' },
    { tag: tags.operator, color: '#7c2d12' }
]);

export function slaLanguage(): LanguageSupport {
    return new LanguageSupport(slaStream, [syntaxHighlighting(slaHighlightStyle)]);
}
