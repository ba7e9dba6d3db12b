/**
 * The auditor's pass over one data file's rows before they are counted: each row is looked up in the ledger shared
 * by all files; a repeat is set aside (and listed), a contradiction becomes an error naming both places. What the
 * report says about the rows it did not count lives here too, so that every ignored row is listed with its reason.
 */
import type { Service } from '../generated/ast.js';
import { DataError } from './data/data-row.js';
import type { Layout } from './data/layouts.js';
import type { RowValues } from './data/row-values.js';
import { hashText, mix, mixInt, type RowLedger, type RowPlace, type SampleStream } from './row-ledger.js';

/** At most this many ignored rows are listed per file and reason; the count is always complete. */
export const LISTED_IGNORED = 1000;

export type IgnoredReason = 'duplicate' | 'outside-period';

/** Rows of one file that were read and checked but not counted, for one reason. */
export interface IgnoredRows {
    readonly reason: IgnoredReason;
    /** What the report says about these rows. */
    readonly text: string;
    count: number;
    /** The first LISTED_IGNORED rows: their line and, for a duplicate, the place of the row it repeats. */
    readonly rows: Array<{ readonly line: number, readonly repeats?: string }>;
}

const IGNORED_TEXT: Record<IgnoredReason, string> = {
    duplicate: 'repeats an earlier row exactly: counted once',
    'outside-period': 'outside every window assessed in the period'
};

export class RowAudit {
    private readonly metrics: ReadonlyArray<{ readonly code: number, readonly index: number }>;
    private readonly serviceCodes = new Map<Service, number>();
    /** Streams of rows without segments by service: one lookup per row where the ledger would take three. */
    private readonly plainStreams = new Map<Service | undefined, SampleStream>();
    readonly ignored = new Map<IgnoredReason, IgnoredRows>();

    /**
     * `slotMs`: the interval a sample occupies in the ledger, the shortest interval of the levels the file feeds;
     * undefined when the file feeds no level (nothing is counted, so nothing can be counted twice).
     */
    constructor(private readonly ledger: RowLedger, private readonly layout: Layout, private readonly file: number,
        private readonly paths: readonly string[], private readonly slotMs: number | undefined) {
        this.metrics = layout.metrics.map(({ metric, index }) => ({ code: ledger.metricCode(metric.name), index }));
    }

    /** Whether to count the row (`day`: the local day of its start): false for a repeat (now listed); a conflict is added to `errors`. */
    admit(row: RowValues, day: number, line: number, errors: DataError[]): boolean {
        if (this.slotMs === undefined) return true;
        const fingerprint = this.fingerprint(row);
        const verdict = this.layout.name === 'samples'
            ? this.ledger.sample(this.streamOf(row), row, day, fingerprint, this.file, line)
            : this.ledger.item(this.layout.name, row.id, fingerprint, { file: this.file, line });
        if (verdict.kind === 'new') return true;
        if (verdict.kind === 'duplicate') {
            this.ignore('duplicate', line, this.placeText(verdict.of));
            return false;
        }
        const what = this.layout.name === 'samples' ? 'interval' : this.layout.name === 'tickets' ? 'ticket' : 'lead';
        const which = this.layout.name === 'samples' ? '' : ` ${row.id}`;
        errors.push(new DataError(line, 1, `the same ${what}${which} as ${this.placeText(verdict.with)} with different values; `
            + 'the evaluation cannot tell which is right: keep one of the two rows'));
        return false;
    }

    private streamOf(row: RowValues): SampleStream {
        if (row.segments.length) return this.ledger.stream(row.service, row.segments, this.slotMs!);
        let stream = this.plainStreams.get(row.service);
        if (!stream) this.plainStreams.set(row.service, stream = this.ledger.stream(row.service, row.segments, this.slotMs!));
        return stream;
    }

    ignore(reason: IgnoredReason, line: number, repeats?: string): void {
        let group = this.ignored.get(reason);
        if (!group) this.ignored.set(reason, group = { reason, text: IGNORED_TEXT[reason], count: 0, rows: [] });
        group.count++;
        if (group.rows.length < LISTED_IGNORED) group.rows.push(repeats === undefined ? { line } : { line, repeats });
    }

    private placeText(place: RowPlace): string {
        return `${this.paths[place.file] ?? 'another file'}:${place.line}`;
    }

    /** The values the evaluation reads from the row, folded into 32 bits; columns it ignores do not count. */
    private fingerprint(row: RowValues): number {
        let hash = mix(mix(0x2545F491, row.start), row.end ?? NaN);
        // A sample's service and segments choose its stream in the ledger already; a ticket's are part of its values.
        if (this.layout.name !== 'samples') {
            if (row.service) hash = mixInt(hash, this.serviceCode(row.service));
            for (const segment of row.segments) hash = mixInt(hash, hashText(segment.name));
        }
        if (row.exclusion) hash = mixInt(hash, hashText(row.exclusionNamed ? `${row.exclusion}:${row.exclusionNamed.text}` : row.exclusion));
        hash = mixInt(hash, (row.dutyUnmet ? 1 : 0) + (row.connected ? 2 : 0));
        for (const interval of row.waiting) hash = mix(mix(hash, interval.start), interval.end);
        for (const { code, index } of this.metrics) hash = mix(mixInt(hash, code), row.values[index] ?? NaN);
        return hash;
    }

    private serviceCode(service: Service): number {
        let code = this.serviceCodes.get(service);
        if (code === undefined) this.serviceCodes.set(service, code = hashText(service.name));
        return code;
    }
}

/** A data file named twice, as the same path written two ways (`a.csv`, `./a.csv`, `data//a.csv`). */
export function samePath(a: string, b: string): boolean {
    return normalPath(a) === normalPath(b);
}

function normalPath(path: string): string {
    const parts: string[] = [];
    for (const part of path.replace(/\\/g, '/').split('/')) {
        if (part === '.' || (part === '' && parts.length > 0)) continue;
        if (part === '..' && parts.length && parts[parts.length - 1] !== '..' && parts[parts.length - 1] !== '') parts.pop();
        else parts.push(part);
    }
    return parts.join('/');
}
