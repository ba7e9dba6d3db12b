/** The CSV and JSON readers: what rows they give, where each cell is, and where a broken file breaks. */
import { describe, expect, test } from 'vitest';
import { readCsv } from '../../packages/language/src/evaluation/data/csv-reader.js';
import { DataError } from '../../packages/language/src/evaluation/data/data-row.js';
import { readJson } from '../../packages/language/src/evaluation/data/json-reader.js';
import { chunks, rowsOf } from './evaluation-fixtures.js';

const csv = (text: string, size?: number) => rowsOf(readCsv(chunks(text, size)));
const json = (text: string, size?: number) => rowsOf(readJson(() => chunks(text, size)));

async function failure(read: Promise<unknown>): Promise<{ line: number, column: number, message: string }> {
    const error = await read.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const { line, column, message } = error as DataError;
    return { line, column, message };
}

describe('CSV', () => {
    const text = '\uFEFFid,title,created\r\nT-1,"Printer, floor 3",2026-10-05 09:00\r\n\r\nT-2,"He said ""now""\nand left",2026-10-06 10:00\nT-3,,2026-10-07 11:00';

    test('quoted fields hold commas, quotes and line breaks; blank lines are skipped; the last line needs no line end', async () => {
        const rows = await csv(text);
        expect(rows.map(r => [r.line, ...r.cells])).toEqual([
            [1, 'id', 'title', 'created'],
            [2, 'T-1', 'Printer, floor 3', '2026-10-05 09:00'],
            [4, 'T-2', 'He said "now"\nand left', '2026-10-06 10:00'],
            [6, 'T-3', '', '2026-10-07 11:00']
        ]);
    });

    test.each([1, 2, 3, 5, 64, 1 << 20])('the same rows whatever the chunk size (%i)', async size => {
        expect((await csv(text, size)).map(r => r.cells)).toEqual((await csv(text)).map(r => r.cells));
    });

    test('every cell knows its line and column, also after a quoted line break', async () => {
        const rows = await csv(text);
        expect(rows[1].at(2)).toEqual({ line: 2, column: 24 });
        expect(rows[2].at(2)).toEqual({ line: 5, column: 11 });
        expect(rows[3].at(3)).toEqual({ line: 6, column: 22 });
    });

    test('a quoted field that is never closed is reported where it opens', async () => {
        expect(await failure(csv('id,title\nT-1,"Printer\nT-2,x\n'))).toEqual({ line: 2, column: 5, message: expect.stringContaining('never closed') });
    });

    test('text after a closing quote, and a quote inside an unquoted field, are reported where they are', async () => {
        expect(await failure(csv('id,title\nT-1,"Printer"x\n'))).toEqual({ line: 2, column: 14, message: expect.stringContaining('after a quoted field') });
        expect(await failure(csv('id,title\nT-1,"a",Pri"nter\n'))).toEqual({ line: 2, column: 12, message: expect.stringContaining('inside an unquoted field') });
    });

    test('a sink that returns false stops the reading', async () => {
        const seen: number[] = [];
        await readCsv(chunks('a\n1\n2\n3\n'))(row => {
            seen.push(row.line);
            return row.line < 2;
        });
        expect(seen).toEqual([1, 2]);
    });
});

describe('JSON', () => {
    const text = '[\n  {"id": "T-1", "created": "2026-10-05T09:00Z", "score": 71.5, "ok": true},\n  {"id": "T-2", "created": "2026-10-06T09:00Z", "waiting_on_customer": [["2026-10-06T10:00Z", "2026-10-06T11:00Z"], "2026-10-06T12:00Z/2026-10-06T13:00Z"], "score": null}\n]\n';

    test('the header is every key any row has; a row without a key has an empty cell; numbers and booleans are text', async () => {
        const rows = await json(text);
        expect(rows.map(r => r.cells)).toEqual([
            ['id', 'created', 'score', 'ok', 'waiting_on_customer'],
            ['T-1', '2026-10-05T09:00Z', '71.5', 'true', ''],
            ['T-2', '2026-10-06T09:00Z', '', '', '2026-10-06T10:00Z/2026-10-06T11:00Z;2026-10-06T12:00Z/2026-10-06T13:00Z']
        ]);
    });

    test.each([1, 3, 10])('the same rows whatever the chunk size (%i)', async size => {
        expect((await json(text, size)).map(r => r.cells)).toEqual((await json(text)).map(r => r.cells));
    });

    test('cells know the line and column of their value', async () => {
        const rows = await json(text);
        expect(rows[2].at(1)).toEqual({ line: 3, column: 28 });
        expect(rows[0].at(4)).toEqual({ line: 3, column: 49 });
    });

    test('escapes are decoded', async () => {
        const rows = await json('[{"id": "T-\\u0031\\n\\"x\\""}]');
        expect(rows[1].cells).toEqual(['T-1\n"x"']);
    });

    test.each([
        ['{"id": 1}', 1, 1, "expected '[': a JSON data file is an array of row objects"],
        ['[\n  {"id": "T-1",}\n]', 2, 16, 'expected a string'],
        ['[\n  {"id": "T-1"}\n  {"id": "T-2"}\n]', 3, 3, "expected ',' or ']' after a row"],
        ['[\n  {"id": {"nested": 1}}\n]', 2, 10, 'a value in a row cannot be an object'],
        ['[{"id": "T-1"}] x', 1, 17, 'unexpected text after the end of the array'],
        ['[{"id": "T-1', 1, 9, 'this string is never closed']
    ])('%j is reported at %i:%i', async (input, line, column, message) => {
        expect(await failure(json(input))).toEqual({ line, column, message: expect.stringContaining(message) });
    });
});
