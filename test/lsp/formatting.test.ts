/** The formatter: the examples' layout, idempotent, and never a token or comment lost. */
import { TextDocument } from 'langium';
import { expectFormatting } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach, exampleFiles, parse, readExample, services } from '../helpers.js';

clearDocumentsAfterEach();

const format = expectFormatting(services.Sla);

async function formatted(text: string): Promise<string> {
    const document = await parse(text);
    const edits = await services.Sla.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.textDocument.uri }, options: { insertSpaces: true, tabSize: 4 }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** Every token and comment of a text, in order (whitespace dropped). */
function tokens(text: string): string[] {
    const lexed = services.Sla.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...(lexed.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map(t => t.image);
}

describe('formatting the examples', () => {
    for (const file of exampleFiles()) {
        test(`${file}: a second formatting changes nothing, and every token and comment is kept`, async () => {
            const original = readExample(file);
            const once = await formatted(original);
            const twice = await formatted(once);
            expect(twice).toBe(once);
            expect(tokens(once)).toEqual(tokens(original));
            expect(tokens(once).filter(t => t.startsWith('//') || t.startsWith('/*')).length).toBe(tokens(original).filter(t => t.startsWith('//') || t.startsWith('/*')).length);
        });
    }
});

describe('the formatter', () => {
    test('lays out the `locale` header field like the others, keeping the tag whole', async () => {
        const text = 'agreement A "A" {\n  version 1.0\n      locale    en-US\n    timezone "UTC"\n}\n';
        const once = await formatted(text);
        expect(once).toBe('agreement A "A" {\n    version 1.0\n    locale en-US\n    timezone "UTC"\n}\n');
        expect(tokens(once)).toEqual(tokens(text));
    });

    test('lays agreements out as the examples are written: formatting one changes nothing', async () => {
        for (const file of ['managed-it-helpdesk.sla', 'cloud-hosting-uptime.sla', 'multi-level/finance-erp.sla']) {
            expect(await formatted(readExample(file))).toBe(readExample(file));
        }
    });

    test('puts one field per line, indents by 4 spaces, keeps comments and at most one blank line', async () => {
        await format({
            before: `// head
  agreement   A "x" {   // trailing
version 1.0 status   draft
  parties { provider P "p" customer C "c" /* inline */ }



        goals {
   // lonely comment
     goal "g"    goal "h"
        /* block
           comment */
   }
  metrics { metric M "m" { kind ratio unit   % window calendar month scope per service , priority
  interval 5 minutes } }
  levels { level L for S , T { M >= 99.5 % in 90 % of tickets obliged P } }
  remedies { credits for L { when < 99.5 % and >= 99 % credit 10 % } cap 10 % per month }
}
// tail
`,
            after: `// head
agreement A "x" {   // trailing
    version 1.0
    status draft
    parties {
        provider P "p"
        customer C "c" /* inline */
    }

    goals {
        // lonely comment
        goal "g"
        goal "h"
        /* block
           comment */
    }
    metrics {
        metric M "m" {
            kind ratio
            unit %
            window calendar month
            scope per service, priority
            interval 5 minutes
        }
    }
    levels {
        level L for S, T {
            M >= 99.5 % in 90 % of tickets
            obliged P
        }
    }
    remedies {
        credits for L {
            when < 99.5 % and >= 99 % credit 10 %
        }
        cap 10 % per month
    }
}
// tail
`
        });
    });

    test('re-indents a document indented with tabs or 2 spaces', async () => {
        await format({
            before: 'agreement A {\n\treview {\n\t\tevery 6 months\n\t}\n  changes {\n    notice 30 days\n  }\n}\n',
            after: 'agreement A {\n    review {\n        every 6 months\n    }\n    changes {\n        notice 30 days\n    }\n}\n'
        });
    });

    test('leaves a document with syntax errors alone', async () => {
        const broken = 'agreement A {\n  review { every 6 months\n  changes {\n}\n';
        await format({ before: broken, after: broken });
    });

    test('never joins a token onto a line comment', async () => {
        await format({
            before: 'agreement A {\n    review { every // cadence\n 6 months }\n}\n',
            // The rest of the field goes on the next line, one level deeper (it kept its one space before issue 17).
            after: 'agreement A {\n    review {\n        every // cadence\n            6 months\n    }\n}\n'
        });
    });
});

describe('a list continued after a comment (issue 17)', () => {
    test.each([
        ['no indentation', 'participants Acme, // the provider\nGlobex'],
        ['one space', 'participants Acme, // the provider\n Globex'],
        ['a tab', 'participants Acme, /* the provider */\n\tGlobex'],
        ['too much', 'participants Acme, // the provider\n                         Globex']
    ])('with %s, the rest goes one level deeper than the field', async (_, review) => {
        const text = `agreement A "a" {\n    review {\n        every 6 months\n        ${review}\n    }\n}\n`;
        const once = await formatted(text);
        expect(once).toContain(`        ${review.split('\n')[0]}\n            Globex\n    }`);
        expect(await formatted(once)).toBe(once);
        expect(tokens(once)).toEqual(tokens(text));
    });
});
