/**
 * The three data layouts and how a header row is read. A file's layout follows from its time column: `start`
 * (samples: one measured interval per row), `created` (tickets) or `handed_over` (leads). Every other column is
 * one of the fixed columns below, a metric of the agreement (its cells hold that metric's measurement), or a
 * segment dimension of the agreement (`priority`, `lead`: its cells name a segment). Other columns are ignored
 * and listed in the report, so that exports with extra columns can be used as they are.
 */
import type { Metric, Segment } from '../../generated/ast.js';
import { DataError, type DataRow } from './data-row.js';

export type LayoutName = 'samples' | 'tickets' | 'leads';

/** Columns with a fixed meaning, and which layouts have them. */
const FIXED_COLUMNS = {
    start: ['samples'],
    end: ['samples'],
    id: ['tickets', 'leads'],
    created: ['tickets'],
    handed_over: ['leads'],
    waiting_on_customer: ['tickets', 'leads'],
    connected: ['leads'],
    service: ['samples', 'tickets', 'leads'],
    segment: ['samples', 'tickets', 'leads'],
    exclusion: ['samples', 'tickets', 'leads'],
    customer_duty_unmet: ['samples', 'tickets', 'leads']
} as const satisfies Record<string, readonly LayoutName[]>;

export type FixedColumn = keyof typeof FIXED_COLUMNS;

const TIME_COLUMNS: ReadonlyArray<[FixedColumn, LayoutName]> = [['created', 'tickets'], ['handed_over', 'leads'], ['start', 'samples']];

/** What the names of an agreement mean as columns. */
export interface ColumnVocabulary {
    readonly metrics: ReadonlyMap<string, Metric>;
    /** Segment dimensions (`priority`) with their segments by name. */
    readonly dimensions: ReadonlyMap<string, ReadonlyMap<string, Segment>>;
}

/** A header read against the agreement: where each kind of column is. */
export interface Layout {
    readonly name: LayoutName;
    readonly fixed: Partial<Record<FixedColumn, number>>;
    readonly metrics: ReadonlyArray<{ readonly metric: Metric, readonly index: number }>;
    readonly dimensions: ReadonlyArray<{ readonly dimension: string, readonly index: number }>;
    readonly ignored: readonly string[];
    /** The index of the column that says when a row happened (`start`, `created`, `handed_over`). */
    readonly time: number;
}

export function readHeader(header: DataRow, vocabulary: ColumnVocabulary): Layout {
    const names = header.cells.map(cell => cell.trim());
    const seen = new Map<string, number>();
    names.forEach((name, index) => {
        if (name === '') throw new DataError(header.line, header.at(index).column, 'a column without a name; every column of the header row needs one');
        if (seen.has(name)) throw new DataError(header.line, header.at(index).column, `the column '${name}' appears twice (first in column ${seen.get(name)! + 1})`);
        seen.set(name, index);
    });
    const found = TIME_COLUMNS.find(([column]) => seen.has(column));
    if (!found) {
        throw new DataError(header.line, 1, "the header names no time column: 'start' (samples), 'created' (tickets) or 'handed_over' (leads)");
    }
    const [timeColumn, layout] = found;
    const fixed: Partial<Record<FixedColumn, number>> = {};
    const metrics: Array<{ metric: Metric, index: number }> = [];
    const dimensions: Array<{ dimension: string, index: number }> = [];
    const ignored: string[] = [];
    names.forEach((name, index) => {
        // Own keys only: a column named 'constructor' or '__proto__' is not a fixed column.
        const allowed = Object.hasOwn(FIXED_COLUMNS, name) ? (FIXED_COLUMNS as Record<string, readonly LayoutName[]>)[name] : undefined;
        if (allowed) {
            if (!allowed.includes(layout)) {
                throw new DataError(header.line, header.at(index).column, `the column '${name}' belongs to ${allowed.join(' and ')} files; this file has '${timeColumn}', so it holds ${layout}`);
            }
            fixed[name as FixedColumn] = index;
        } else if (vocabulary.metrics.has(name)) {
            metrics.push({ metric: vocabulary.metrics.get(name)!, index });
        } else if (vocabulary.dimensions.has(name)) {
            dimensions.push({ dimension: name, index });
        } else {
            ignored.push(name);
        }
    });
    if (layout !== 'samples' && fixed.id === undefined) {
        throw new DataError(header.line, 1, `a ${layout} file needs an 'id' column that names each ${layout === 'tickets' ? 'ticket' : 'lead'}`);
    }
    return { name: layout, fixed, metrics, dimensions, ignored, time: fixed[timeColumn]! };
}
