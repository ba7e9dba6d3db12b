import { CstUtils, GrammarAST, isLeafCstNode } from 'langium';
import { test } from 'vitest';
import { parse, readExample, services, exampleFiles } from '../helpers.js';

test('probe', async () => {
    const out: string[] = [];
    for (const file of exampleFiles()) {
        const text = readExample(file);
        const document = await parse(text, { documentUri: `file:///probe/${file.replace(/\//g, '_')}` });
        await services.shared.workspace.DocumentBuilder.build([document], {});
        const leaves = CstUtils.flattenCst(document.parseResult.value.$cstNode!).filter(l => !l.hidden).toArray();
        for (const leaf of leaves.slice(1)) {
            const word = leaf.text;
            if (/^["\d]/.test(word) || /^[{},]$/.test(word)) continue;
            const position = document.textDocument.positionAt(leaf.offset);
            const list = await services.Sla.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
            const labels = list?.items.map(i => i.label) ?? [];
            if (!labels.includes(word)) {
                const line = text.split('\n')[position.line];
                out.push(`${file}:${position.line + 1}: ${word} | ${line.trim()} | got ${labels.slice(0, 8).join(' ')}`);
            }
        }
    }
    console.log(out.length + '\n' + out.join('\n'));
}, 600_000);
