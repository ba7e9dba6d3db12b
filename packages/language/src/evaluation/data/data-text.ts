/**
 * A data file whose text is already in memory: sent by an editor that reads files itself (VS Code for the Web, the
 * web page). Files on disk are streamed by node/data-files.ts instead; both read CSV, or JSON when the name ends
 * in `.json`.
 */
import { readCsv } from './csv-reader.js';
import { DataError, type DataRows } from './data-row.js';
import { readJson } from './json-reader.js';

/** JSON when the file's name says so, CSV otherwise. */
export function isJsonName(name: string): boolean {
    return name.toLowerCase().endsWith('.json');
}

export function readDataText(name: string, text: string): DataRows {
    if (text.includes('\0')) return unreadableData('is a binary file, not CSV or JSON text');
    const chunks = async function* (): AsyncIterable<string> { yield text; };
    return isJsonName(name) ? readJson(chunks) : readCsv(chunks());
}

/** A data file that cannot be read at all: reading it reports why, as a problem with the file as a whole. */
export function unreadableData(reason: string): DataRows {
    return async () => { throw fileProblem(reason); };
}

/** A problem with the file as a whole has no line; line 0 says so. */
export function fileProblem(message: string): DataError {
    return new DataError(0, 0, message);
}
