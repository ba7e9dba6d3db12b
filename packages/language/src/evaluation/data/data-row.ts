/**
 * What the CSV and JSON readers hand to the evaluation: rows of text cells, each row knowing where its cells are
 * in the file, so that any bad value is reported with its line and column.
 */

/** A problem in a data file, at a 1-based line and column. */
export class DataError extends Error {
    constructor(readonly line: number, readonly column: number, message: string) {
        super(message);
    }
}

/** A 1-based line and column in a data file. */
export interface Position {
    readonly line: number;
    readonly column: number;
}

export interface DataRow {
    /** The line the row starts on (1-based). */
    readonly line: number;
    /** The cells, as text; a JSON reader writes numbers and booleans as text too. An absent cell is ''. */
    readonly cells: readonly string[];
    /** Where a cell starts; for a cell past the last one, just after the row's end. */
    at(index: number): Position;
}

/** Receives each row while the file is read; a row is valid only during the call. `false` stops the reading. */
export type RowSink = (row: DataRow) => boolean | void;

/**
 * A data file as a source of rows, the first being the header: reading calls the sink once per row. Rows are
 * pushed rather than collected in batches, so that each dies young and a file of any size reads in little memory.
 */
export type DataRows = (sink: RowSink) => Promise<void>;
