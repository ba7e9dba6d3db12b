/**
 * One data row read against its layout: when it happened, which service and segments it belongs to, its flags,
 * and its metric cells as values. Every cell that is not what its column holds becomes an error at its position.
 * The reader fills one `RowValues` object again for every row: a year of samples is ten million rows, and
 * nothing of a row is kept once it is added to the totals.
 */
import type { Exclusion, ExclusionKind, Metric, Segment, Service } from '../../generated/ast.js';
import { unitInfo } from '../../units.js';
import { parseIntervals, type Interval } from '../time/timestamp.js';
import type { TimeZone } from '../time/time-zone.js';
import { MS_PER_DAY } from '../time/civil.js';
import { DATA_DATE_RANGE } from '../time/timestamp.js';
import { EXPECTED, INVALID, OUT_OF_RANGE, readFlag, readNumber, readTimestamp } from './cells.js';

/** A run (`start` to `end`) is split day by day; a year, a leap day and a time-zone change bound that work. */
const MAX_RUN_DAYS = 367;
const MAX_RUN_MS = MAX_RUN_DAYS * MS_PER_DAY;

function outsideDataYears(column: string, cell: string): string {
    return `'${column}' ${cell.trim()} is outside the dates an evaluation reads (${DATA_DATE_RANGE})`;
}
import { DataError, type DataRow } from './data-row.js';
import type { ColumnVocabulary, FixedColumn, Layout } from './layouts.js';

export type CellKind = keyof typeof EXPECTED;

const EXCLUSION_KINDS: readonly ExclusionKind[] = ['maintenance', 'customer-caused', 'force-majeure', 'free-tier', 'other'];

const TIME_COLUMN_NAMES = { samples: 'start', tickets: 'created', leads: 'handed_over' } as const;

/** The current row's values; valid until the next row is read. */
export interface RowValues {
    readonly id: string;
    readonly start: number;
    /** The end of a run of samples (`end` column); undefined for a single interval. */
    readonly end?: number;
    readonly service?: Service;
    readonly segments: readonly Segment[];
    /** The exclusion kind the row is flagged with, and the exclusion when the cell names one (`other: bouncing`). */
    readonly exclusion?: ExclusionKind;
    readonly exclusionNamed?: Exclusion;
    readonly dutyUnmet: boolean;
    readonly connected: boolean;
    readonly waiting: readonly Interval[];
    /** Metric cells by column index: a number (an instant for timestamps, 1 or 0 for flags) or undefined. */
    readonly values: ReadonlyArray<number | undefined>;
}

export interface RowReaderSetup {
    readonly layout: Layout;
    readonly width: number;
    readonly zone: TimeZone;
    readonly vocabulary: ColumnVocabulary;
    readonly services: ReadonlyMap<string, Service>;
    readonly segments: ReadonlyMap<string, Segment>;
    readonly exclusions: readonly Exclusion[];
    readonly cellKinds: ReadonlyMap<number, CellKind>;
}

class MutableRow implements RowValues {
    id = '';
    start = 0;
    end: number | undefined;
    service: Service | undefined;
    segments: Segment[] = [];
    exclusion: ExclusionKind | undefined;
    exclusionNamed: Exclusion | undefined;
    dutyUnmet = false;
    connected = false;
    waiting: readonly Interval[] = [];
    values: Array<number | undefined> = [];
}

export class RowReader {
    private readonly row = new MutableRow();
    private readonly metricColumns: ReadonlyArray<{ metric: Metric, index: number, kind: CellKind, percent: boolean }>;
    private readonly timeName: string;
    private current!: DataRow;
    private errors!: DataError[];

    constructor(private readonly setup: RowReaderSetup) {
        this.metricColumns = setup.layout.metrics.map(({ metric, index }) => ({
            metric, index, kind: setup.cellKinds.get(index)!, percent: unitInfo(metric.unit?.name)?.dimension === 'percent'
        }));
        this.timeName = TIME_COLUMN_NAMES[setup.layout.name];
    }

    /** The row's values, or undefined after adding its errors to `errors`. */
    read(row: DataRow, errors: DataError[]): RowValues | undefined {
        this.current = row;
        this.errors = errors;
        const before = errors.length;
        const { layout, width, zone } = this.setup;
        const cells = row.cells;
        if (cells.length !== width) {
            this.fail(Math.min(cells.length, width), `this row has ${cells.length} cells; the header has ${width} columns`);
            return undefined;
        }
        const values = this.row;
        const fixed = layout.fixed;
        const start = readTimestamp(cells[layout.time], zone);
        if (start === OUT_OF_RANGE) this.fail(layout.time, outsideDataYears(this.timeName, cells[layout.time]));
        else if (typeof start !== 'number') this.fail(layout.time, `'${this.timeName}' must be ${EXPECTED.timestamp}; found '${cells[layout.time]}'`);
        else values.start = start;
        values.end = fixed.end === undefined ? undefined : this.end(cells, fixed.end, start);
        values.service = fixed.service === undefined ? undefined : this.service(cells[fixed.service], fixed.service);
        values.segments.length = 0;
        if (fixed.segment !== undefined) this.segment(fixed.segment, this.setup.segments, 'a segment');
        for (const { dimension, index } of layout.dimensions) this.segment(index, this.setup.vocabulary.dimensions.get(dimension)!, `a ${dimension} segment`);
        values.exclusion = values.exclusionNamed = undefined;
        if (fixed.exclusion !== undefined) this.exclusion(cells[fixed.exclusion], fixed.exclusion);
        values.dutyUnmet = this.flag('customer_duty_unmet');
        values.connected = this.flag('connected');
        values.waiting = fixed.waiting_on_customer === undefined ? [] : this.intervals(cells[fixed.waiting_on_customer], fixed.waiting_on_customer);
        values.id = fixed.id === undefined ? `line ${row.line}` : cells[fixed.id].trim();
        if (fixed.id !== undefined && values.id === '') this.fail(fixed.id, `every ${layout.name === 'tickets' ? 'ticket' : 'lead'} needs an 'id'`);
        for (const column of this.metricColumns) values.values[column.index] = this.metricCell(column, start);
        return errors.length > before ? undefined : values;
    }

    private fail(index: number, message: string): void {
        const at = this.current.at(index);
        this.errors.push(new DataError(at.line, at.column, message));
    }

    private end(cells: readonly string[], index: number, start: unknown): number | undefined {
        const value = readTimestamp(cells[index], this.setup.zone);
        if (value === INVALID) this.fail(index, `'end' must be ${EXPECTED.timestamp} or empty; found '${cells[index]}'`);
        else if (value === OUT_OF_RANGE) this.fail(index, `${outsideDataYears('end', cells[index])}; for a run still going on, write when the data was exported`);
        else if (value !== undefined && typeof start === 'number' && value <= start) this.fail(index, `'end' must be after 'start' (${cells[this.setup.layout.time].trim()})`);
        else if (value !== undefined && typeof start === 'number' && value - start > MAX_RUN_MS) {
            this.fail(index, `'end' is ${Math.floor((value - start) / MS_PER_DAY)} days after 'start'; a row stands for at most ${MAX_RUN_DAYS} days of intervals, so split it into rows of a year or less`);
        } else return value;
        return undefined;
    }

    private service(cell: string, index: number): Service | undefined {
        const services = this.setup.services;
        const service = services.get(cell) ?? services.get(cell.trim());
        if (!service) {
            const name = cell.trim();
            this.fail(index, `${name ? `'${name}' is not a service of the agreement` : 'the service is missing'}; the services are ${[...services.keys()].join(', ')}`);
        }
        return service;
    }

    private segment(index: number, known: ReadonlyMap<string, Segment>, what: string): void {
        const name = this.current.cells[index].trim();
        if (name === '') return;
        const segment = known.get(name);
        if (segment) this.row.segments.push(segment);
        else this.fail(index, `'${name}' is not ${what}; the agreement has ${[...known.keys()].join(', ') || 'none'}`);
    }

    /** `customer-caused`, or `other: bouncing` to name the one exclusion of that kind whose text contains the words. */
    private exclusion(cell: string, index: number): void {
        const colon = cell.indexOf(':');
        const text = (colon < 0 ? cell : cell.slice(0, colon)).trim();
        if (text === '') return;
        const kind = EXCLUSION_KINDS.find(k => k === text);
        if (!kind) {
            this.fail(index, `'${text}' is not an exclusion kind; write one of ${EXCLUSION_KINDS.join(', ')}, or leave it empty`);
            return;
        }
        this.row.exclusion = kind;
        if (colon < 0) return;
        const words = cell.slice(colon + 1).trim().toLowerCase();
        const matches = this.setup.exclusions.filter(e => e.kind === kind && e.text.toLowerCase().includes(words));
        if (matches.length === 1) this.row.exclusionNamed = matches[0];
        else this.fail(index, matches.length === 0
            ? `no ${kind} exclusion of the agreement mentions '${words}'`
            : `'${words}' is in ${matches.length} ${kind} exclusions; quote more of the one you mean`);
    }

    private flag(column: FixedColumn): boolean {
        const index = this.setup.layout.fixed[column];
        if (index === undefined) return false;
        const value = readFlag(this.current.cells[index]);
        if (value === INVALID) this.fail(index, `'${column}' must be ${EXPECTED.flag}; found '${this.current.cells[index]}'`);
        return value === true;
    }

    private intervals(cell: string, index: number): readonly Interval[] {
        if (cell.trim() === '') return [];
        const parsed = parseIntervals(cell, this.setup.zone);
        if (typeof parsed !== 'string') return parsed;
        this.fail(index, `'waiting_on_customer': ${parsed}`);
        return [];
    }

    private metricCell({ metric, index, kind, percent }: typeof this.metricColumns[number], start: unknown): number | undefined {
        const text = this.current.cells[index];
        let value = kind === 'flag' ? readFlag(text) : kind === 'timestamp' ? readTimestamp(text, this.setup.zone) : readNumber(text);
        if (value === INVALID && kind === 'number' && percent) {
            const yes = readFlag(text);
            value = yes === INVALID || yes === undefined ? yes : yes ? 100 : 0;
        }
        if (value === INVALID) {
            this.fail(index, `'${metric.name}' must be ${EXPECTED[kind]}${kind === 'number' && percent ? ', or yes/no for 100 % / 0 %' : ''}; found '${text}'`);
            return undefined;
        }
        if (value === OUT_OF_RANGE) {
            this.fail(index, outsideDataYears(metric.name, text));
            return undefined;
        }
        if (kind === 'timestamp' && typeof value === 'number' && typeof start === 'number' && value < start) {
            this.fail(index, `'${metric.name}' (${text.trim()}) is before '${this.timeName}' (${this.current.cells[this.setup.layout.time].trim()})`);
            return undefined;
        }
        return typeof value === 'boolean' ? Number(value) : value;
    }
}
