/**
 * A streaming reader for JSON data files: one array of flat objects, `[{"id": "T-1", "created": "..."}, ...]`,
 * with the same keys as the CSV columns. Values are strings, numbers, booleans or null (an empty cell); a list of
 * intervals may be an array of `"start/end"` strings or of `["start", "end"]` pairs. The file is read twice: once
 * for the keys (the header is every key any object has), once for the rows; only the object being read is held
 * in memory.
 */
import { DataError, type DataRow, type DataRows, type Position } from './data-row.js';

/** Thrown while scanning when the buffer ends inside a row that the next chunk completes. */
class NeedMore extends Error { }

class JsonRow implements DataRow {
    constructor(readonly line: number, readonly cells: readonly string[], private readonly positions: ReadonlyArray<Position | undefined>,
        private readonly end: Position) { }

    at(index: number): Position {
        return this.positions[index] ?? this.end;
    }
}

/** A cursor over the buffer that knows the line and column of every character it passes. */
class Scanner {
    index = 0;
    line = 1;
    lineStart = 0;

    constructor(public text: string, public final: boolean) { }

    save(): [number, number, number] {
        return [this.index, this.line, this.lineStart];
    }

    restore([index, line, lineStart]: [number, number, number]): void {
        this.index = index;
        this.line = line;
        this.lineStart = lineStart;
    }

    get position(): Position {
        return { line: this.line, column: this.index - this.lineStart + 1 };
    }

    error(message: string, at: Position = this.position): DataError {
        return new DataError(at.line, at.column, message);
    }

    skipSpace(): void {
        for (;;) {
            if (this.index >= this.text.length) {
                if (!this.final) throw new NeedMore();
                return;
            }
            const code = this.text.charCodeAt(this.index);
            if (code === 10) {
                this.line++;
                this.lineStart = this.index + 1;
            } else if (code !== 32 && code !== 9 && code !== 13) {
                return;
            }
            this.index++;
        }
    }

    /** The next non-space character, without consuming it; '' at the end of the file. */
    peek(): string {
        this.skipSpace();
        return this.text.charAt(this.index);
    }

    expect(char: string, what: string): void {
        if (this.peek() !== char) throw this.error(`expected ${what}${this.found()}`);
        this.index++;
    }

    found(): string {
        const char = this.text.charAt(this.index);
        return char ? `, found '${char}'` : ', but the file ends here';
    }

    string(): string {
        const start = this.position;
        this.expect('"', 'a string');
        let value = '';
        for (let from = this.index; ; this.index++) {
            if (this.index >= this.text.length) {
                if (!this.final) throw new NeedMore();
                throw this.error('this string is never closed', start);
            }
            const code = this.text.charCodeAt(this.index);
            if (code === 34) {
                value += this.text.slice(from, this.index++);
                return value;
            }
            if (code === 10 || code < 32) throw this.error('a line break or control character inside a string; write it as an escape such as \\n');
            if (code === 92) {
                value += this.text.slice(from, this.index);
                value += this.escape();
                from = this.index + 1;
            }
        }
    }

    private escape(): string {
        if (this.index + 1 >= this.text.length && !this.final) throw new NeedMore();
        const char = this.text.charAt(this.index + 1);
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (char in simple) {
            this.index++;
            return simple[char];
        }
        if (char === 'u') {
            if (this.index + 5 >= this.text.length && !this.final) throw new NeedMore();
            const hex = this.text.slice(this.index + 2, this.index + 6);
            if (/^[0-9a-fA-F]{4}$/.test(hex)) {
                this.index += 5;
                return String.fromCharCode(parseInt(hex, 16));
            }
        }
        throw this.error('an invalid escape in a string');
    }

    /** A number, `true`, `false` or `null`, as the text a CSV cell would hold. */
    literal(): string {
        let end = this.index;
        while (end < this.text.length && !/[\s,\]}:]/.test(this.text.charAt(end))) end++;
        if (end >= this.text.length && !this.final) throw new NeedMore();
        const token = this.text.slice(this.index, end);
        if (!/^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)$/.test(token)) throw this.error(`expected a value${this.found()}`);
        this.index = end;
        return token === 'null' ? '' : token;
    }
}

export function readJson(open: () => AsyncIterable<string>): DataRows {
    return async sink => {
        // A first pass finds every key, so that rows may leave out keys that later rows have.
        const header = new Map<string, Position>();
        await scanObjects(open(), object => {
            for (const entry of object.entries) if (!header.has(entry.key)) header.set(entry.key, entry.keyAt);
        });
        const keys = [...header.keys()];
        const index = new Map(keys.map((key, i) => [key, i]));
        let first = true;
        await scanObjects(open(), object => {
            if (first) {
                first = false;
                if (sink(new JsonRow(object.start.line, keys, [...header.values()], object.start)) === false) return false;
            }
            const cells = new Array<string>(keys.length).fill('');
            const positions = new Array<Position | undefined>(keys.length);
            for (const entry of object.entries) {
                cells[index.get(entry.key)!] = entry.value;
                positions[index.get(entry.key)!] = entry.valueAt;
            }
            return sink(new JsonRow(object.start.line, cells, positions, object.end));
        });
    };
}

/** One row object as read: its keys and values with their positions. */
interface JsonObject {
    readonly start: Position;
    readonly end: Position;
    readonly entries: ReadonlyArray<{ readonly key: string, readonly keyAt: Position, readonly value: string, readonly valueAt: Position }>;
}

async function scanObjects(chunks: AsyncIterable<string>, onObject: (object: JsonObject) => boolean | void): Promise<void> {
    const reader = new JsonObjectReader();
    const push = (objects: readonly JsonObject[]) => objects.every(object => onObject(object) !== false);
    for await (const chunk of chunks) {
        if (!push(reader.feed(chunk, false))) return;
    }
    push(reader.feed('', true));
}

/** Reads objects one by one; an object cut off at the end of a chunk is read again, whole, when the next chunk comes. */
class JsonObjectReader {
    private readonly scanner = new Scanner('', false);
    private state: 'start' | 'first' | 'next' | 'done' = 'start';

    feed(chunk: string, final: boolean): JsonObject[] {
        const scanner = this.scanner;
        const consumed = scanner.index;
        const bom = this.state === 'start' && consumed === 0 && chunk.charCodeAt(0) === 0xFEFF;
        scanner.text = scanner.text.slice(consumed) + (bom ? chunk.slice(1) : chunk);
        scanner.lineStart -= consumed;
        scanner.index = 0;
        scanner.final = final;
        const objects: JsonObject[] = [];
        for (;;) {
            const saved = scanner.save();
            try {
                const object = this.step();
                if (object === 'done') return objects;
                if (object) objects.push(object);
            } catch (error) {
                if (!(error instanceof NeedMore)) throw error;
                scanner.restore(saved);
                return objects;
            }
        }
    }

    /** Reads the next piece of the array: its opening, one object, or its end. */
    private step(): JsonObject | 'done' | undefined {
        const scanner = this.scanner;
        switch (this.state) {
            case 'start':
                scanner.expect('[', "'[': a JSON data file is an array of row objects");
                this.state = 'first';
                return undefined;
            case 'first':
            case 'next': {
                if (scanner.peek() === ']') {
                    scanner.index++;
                    this.state = 'done';
                    return undefined;
                }
                if (this.state === 'next') scanner.expect(',', "',' or ']' after a row");
                const object = this.object();
                this.state = 'next';
                return object;
            }
            case 'done':
                if (scanner.peek() !== '') throw scanner.error(`unexpected text after the end of the array${scanner.found()}`);
                return 'done';
        }
    }

    private object(): JsonObject {
        const scanner = this.scanner;
        scanner.peek();
        const start = scanner.position;
        scanner.expect('{', 'a row object');
        const entries: Array<JsonObject['entries'][number]> = [];
        if (scanner.peek() === '}') {
            scanner.index++;
        } else {
            for (;;) {
                scanner.peek();
                const keyAt = scanner.position;
                const key = scanner.string();
                scanner.expect(':', "':' after a key");
                scanner.peek();
                const valueAt = scanner.position;
                entries.push({ key, keyAt, value: this.value(), valueAt });
                if (scanner.peek() === ',') {
                    scanner.index++;
                    continue;
                }
                scanner.expect('}', "',' or '}' in a row");
                break;
            }
        }
        return { start, end: scanner.position, entries };
    }

    /** A cell value: a scalar, or an array of `"start/end"` strings or `["start", "end"]` pairs joined by `;`. */
    private value(): string {
        const scanner = this.scanner;
        const char = scanner.peek();
        if (char === '"') return scanner.string();
        if (char !== '[') {
            if (char === '{') throw scanner.error('a value in a row cannot be an object');
            return scanner.literal();
        }
        scanner.index++;
        const parts: string[] = [];
        while (scanner.peek() !== ']') {
            if (parts.length) scanner.expect(',', "',' or ']' in a list");
            if (scanner.peek() === '[') {
                scanner.index++;
                const from = scanner.string();
                scanner.expect(',', "',' between the start and the end of an interval");
                const to = scanner.string();
                scanner.expect(']', "']' after the end of an interval");
                parts.push(`${from}/${to}`);
            } else {
                parts.push(scanner.string());
            }
        }
        scanner.index++;
        return parts.join(';');
    }
}
