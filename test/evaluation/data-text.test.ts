/**
 * Data files sent as text (the web editor, VS Code for the Web): read as JSON or CSV by their name, exactly as the
 * same files from disk, and a binary file refused as a whole.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DataError } from '../../packages/language/src/evaluation/data/data-row.js';
import { readDataText } from '../../packages/language/src/evaluation/data/data-text.js';
import { readDataFile } from '../../packages/language/src/node/data-files.js';
import { repoRoot } from '../helpers.js';
import { rowsOf } from './evaluation-fixtures.js';

const example = (name: string) => path.join(repoRoot, 'examples/data', name);
const cells = async (rows: ReturnType<typeof readDataText>) => (await rowsOf(rows)).map(row => [row.line, ...row.cells]);

describe('data files sent as text', () => {
    test.each(['cloud-hosting-2026-10-samples.csv', 'cloud-hosting-2026-10-tickets.json'])('%s reads as the same rows as from disk', async name => {
        const sent = await cells(readDataText(`dropped ${name}`, fs.readFileSync(example(name), 'utf8')));
        expect(sent.length).toBeGreaterThan(2);
        expect(sent).toEqual(await cells(readDataFile(example(name))));
    });

    test('a binary file is refused as a whole, with what it is', async () => {
        const error = await rowsOf(readDataText('export.csv', 'PK\u0003\u0004\0\0binary')).then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(DataError);
        expect(error).toMatchObject({ line: 0, message: 'is a binary file, not CSV or JSON text' });
    });
});
