// Writes the extension's snippets from the section catalogue (packages/language/src/generator/snippets.ts), after
// the language package is compiled. A test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { editorSnippets } from '../packages/language/out/generator/snippets.js';

const target = new URL('../packages/extension/snippets/sla.json', import.meta.url);
writeFileSync(target, JSON.stringify(editorSnippets(), null, 4) + '\n');
