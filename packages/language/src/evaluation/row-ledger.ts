/**
 * Which rows the evaluation has already counted, across every data file, so that a row is counted once however
 * often it arrives: an auditor's check. A sample is identified by its service, segments and measurement interval,
 * a ticket or lead by its id. A row that repeats an earlier one exactly (the same values in every column the
 * evaluation reads) is a duplicate: counted once and reported. A row for the same interval, ticket or lead with
 * other values is a conflict: an error naming both places, because no rule can say which of the two is right.
 *
 * Samples are kept in typed arrays per service and local day, one slot per interval (a year of per-minute samples
 * for 20 services is 10.5 million slots of 9 bytes), since a Map of ten million keys would cost more than the
 * evaluation itself. Each slot keeps a 32-bit fingerprint of the row's values and where the row was read.
 */
import type { Segment, Service } from '../generated/ast.js';
import type { RowValues } from './data/row-values.js';
import type { TimeZone } from './time/time-zone.js';

/** Where a row was read: the index of its file among the inputs and its line. */
export interface RowPlace {
    readonly file: number;
    readonly line: number;
}

export type LedgerVerdict =
    | { readonly kind: 'new' }
    | { readonly kind: 'duplicate', readonly of: RowPlace }
    | { readonly kind: 'conflict', readonly with: RowPlace };

const NEW: LedgerVerdict = { kind: 'new' };

/** The slots of one service (and segments) on one local day. */
interface DayBlock {
    readonly start: number;
    readonly fingerprints: Int32Array;
    readonly lines: Uint32Array;
    readonly files: Uint8Array;
}

/** The samples of one service (and segments) at one slot length, day by day. */
export class SampleStream {
    private readonly days = new Map<number, DayBlock>();
    private lastDay = NaN;
    private last?: DayBlock;

    constructor(readonly slotMs: number, private readonly zone: TimeZone) { }

    block(day: number): DayBlock {
        if (day === this.lastDay) return this.last!;
        let block = this.days.get(day);
        if (!block) {
            const start = this.zone.dayStart(day);
            const slots = Math.ceil((this.zone.dayStart(day + 1) - start) / this.slotMs);
            block = { start, fingerprints: new Int32Array(slots), lines: new Uint32Array(slots), files: new Uint8Array(slots) };
            this.days.set(day, block);
        }
        this.lastDay = day;
        return this.last = block;
    }
}

/** More files than this share the file index of the last one; the report then names the place less exactly. */
const MAX_FILES = 255;

export class RowLedger {
    /** Per slot length, then per service, then per segment combination. */
    private readonly samples = new Map<number, Map<Service | undefined, Map<string, SampleStream>>>();
    private readonly items = new Map<string, { fingerprint: number, file: number, line: number }>();
    private readonly metricOrder = new Map<string, number>();

    constructor(private readonly zone: TimeZone) { }

    /**
     * Records a sample row covering the intervals from its start to its end (one interval without an end), each
     * `slotMs` long, in the stream of its service and segments (`stream`); `day` is the local day of its start.
     * A row whose every interval is already recorded with the same fingerprint is a duplicate.
     */
    sample(stream: SampleStream, row: RowValues, day: number, fingerprint: number, file: number, line: number): LedgerVerdict {
        const slotMs = stream.slotMs;
        const fileCode = Math.min(file, MAX_FILES) + 1;
        let block = stream.block(day);
        const first = Math.floor((row.start - block.start) / slotMs);
        if (row.end === undefined) {
            if (first >= block.lines.length) block = stream.block(++day);
            const slot = first >= block.lines.length ? 0 : first;
            return this.claim(block, slot, fingerprint, fileCode, line) ?? NEW;
        }
        // A run: every interval it covers must be free, or all of them held by this very row.
        let verdict: LedgerVerdict | undefined;
        let repeated = true;
        const claimed: Array<[DayBlock, number]> = [];
        for (let at = row.start; at < row.end; at += slotMs) {
            if (at >= block.start + block.lines.length * slotMs) block = stream.block(++day);
            const slot = Math.floor((at - block.start) / slotMs);
            const found = this.claim(block, slot, fingerprint, fileCode, line);
            if (found?.kind === 'conflict') {
                verdict = found;
                break;
            }
            if (!found) {
                repeated = false;
                claimed.push([block, slot]);
            } else verdict ??= found;
        }
        if (verdict?.kind === 'duplicate' && !repeated) {
            // Part of the run was seen before, part was not: the rows overlap, which is a conflict, not a repeat.
            verdict = { kind: 'conflict', with: verdict.of };
        }
        if (verdict?.kind === 'conflict') for (const [b, slot] of claimed) b.lines[slot] = b.files[slot] = b.fingerprints[slot] = 0;
        return verdict ?? NEW;
    }

    /** Records a ticket or lead by its id. */
    item(layout: string, id: string, fingerprint: number, place: RowPlace): LedgerVerdict {
        const key = `${layout}\u0000${id}`;
        const seen = this.items.get(key);
        if (!seen) {
            this.items.set(key, { fingerprint, file: place.file, line: place.line });
            return NEW;
        }
        const at = { file: seen.file, line: seen.line };
        return seen.fingerprint === fingerprint ? { kind: 'duplicate', of: at } : { kind: 'conflict', with: at };
    }

    /** A number per metric name, so that a fingerprint does not depend on the order of a file's columns. */
    metricCode(name: string): number {
        let code = this.metricOrder.get(name);
        if (code === undefined) this.metricOrder.set(name, code = hashText(name));
        return code;
    }

    /** Undefined when the slot was free (it is now this row's); else whether the row repeats or contradicts it. */
    private claim(block: DayBlock, slot: number, fingerprint: number, file: number, line: number): LedgerVerdict | undefined {
        if (block.files[slot] === 0) {
            block.fingerprints[slot] = fingerprint;
            block.lines[slot] = line;
            block.files[slot] = file;
            return undefined;
        }
        const at = { file: block.files[slot] - 1, line: block.lines[slot] };
        return block.fingerprints[slot] === fingerprint ? { kind: 'duplicate', of: at } : { kind: 'conflict', with: at };
    }

    /** The stream of samples of a service and segments at a slot length. */
    stream(service: Service | undefined, segments: readonly Segment[], slotMs: number): SampleStream {
        let byService = this.samples.get(slotMs);
        if (!byService) this.samples.set(slotMs, byService = new Map());
        let bySegments = byService.get(service);
        if (!bySegments) byService.set(service, bySegments = new Map());
        const key = segments.length === 0 ? '' : segments.map(s => s.name).sort().join('\u0000');
        let stream = bySegments.get(key);
        if (!stream) bySegments.set(key, stream = new SampleStream(slotMs, this.zone));
        return stream;
    }
}

const scratch = new Float64Array(1);
const words = new Int32Array(scratch.buffer);

/** Folds a number into a 32-bit hash (both halves of its 64-bit pattern). */
export function mix(hash: number, value: number): number {
    scratch[0] = value;
    hash = Math.imul(hash ^ words[0], 0x9E3779B1);
    hash = Math.imul(hash ^ words[1], 0x85EBCA77);
    return hash ^ (hash >>> 15);
}

/** Folds a 32-bit integer (a code, flags) into a hash: cheaper than `mix` for values that are integers already. */
export function mixInt(hash: number, value: number): number {
    hash = Math.imul(hash ^ value, 0x9E3779B1);
    return hash ^ (hash >>> 15);
}

export function hashText(text: string): number {
    let hash = 0x811C9DC5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return hash;
}
