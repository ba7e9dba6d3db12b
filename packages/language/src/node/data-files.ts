/**
 * Data files on disk (Node only) as streams of text: CSV, or JSON when the name ends in `.json`. Bytes are decoded as strict
 * UTF-8, so a binary or mis-encoded file is refused instead of read as garbage.
 */
import * as fs from 'node:fs';
import { TextDecoder } from 'node:util';
import { readCsv } from '../evaluation/data/csv-reader.js';
import { DataError, type DataRows } from '../evaluation/data/data-row.js';
import { fileProblem, isJsonName } from '../evaluation/data/data-text.js';
import { readJson } from '../evaluation/data/json-reader.js';
import { describeFileError } from '../file-errors.js';

export function readDataFile(path: string): DataRows {
    return isJsonName(path) ? readJson(() => fileText(path)) : readCsv(fileText(path));
}

async function* fileText(path: string): AsyncIterable<string> {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let stream: fs.ReadStream;
    try {
        const stat = fs.statSync(path);
        if (stat.isDirectory()) throw fileProblem('is a folder, not a data file');
        // A named pipe or a device (/dev/zero) would block or never end.
        if (!stat.isFile()) throw fileProblem('is not a regular file (a pipe, a device or a socket); only files are read');
        stream = fs.createReadStream(path, { highWaterMark: 1 << 20 });
    } catch (error) {
        throw error instanceof DataError ? error : fileProblem(describeFileError(error, 'file'));
    }
    try {
        for await (const bytes of stream as AsyncIterable<Buffer>) {
            if (bytes.includes(0)) throw fileProblem('is a binary file, not CSV or JSON text');
            yield decode(decoder, bytes);
        }
        yield decode(decoder, undefined);
    } catch (error) {
        throw error instanceof DataError ? error : fileProblem(describeFileError(error, 'file'));
    } finally {
        stream.destroy();
    }
}

function decode(decoder: TextDecoder, bytes: Buffer | undefined): string {
    try {
        return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
        throw fileProblem('is not UTF-8 text; save it as UTF-8 and try again');
    }
}
