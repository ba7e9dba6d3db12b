/**
 * V8 keeps the source of every script it runs for as long as it runs, and one character beyond Latin-1 makes it keep
 * the whole source at two bytes a character: for the server's bundle, about 1.3 MB more for as long as the editor is
 * open. The bundler escapes such characters in strings, not in regular expressions (parser/sla-token-builder.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../helpers.js';

const NODE_PROGRAMS = ['packages/extension/out/server.cjs', 'packages/language/out/server.cjs', 'packages/extension/out/extension.cjs', 'packages/cli/out/sla.cjs'];

test.each(NODE_PROGRAMS)('%s has no character beyond Latin-1', file => {
    const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
    const at = text.search(/[^\x00-\xFF]/);
    expect(at < 0 ? 'none' : text.slice(Math.max(0, at - 40), at + 10)).toBe('none');
});
