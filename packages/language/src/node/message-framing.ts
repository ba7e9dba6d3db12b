/**
 * The server's standard input as LSP messages framed by a `Content-Length` header. vscode-jsonrpc's reader treats
 * a header without a usable `Content-Length` as an error and keeps its body in the buffer, where it spoils the
 * next header: the server stopped reading for good. This stream passes well-framed messages through unchanged,
 * and drops a message with a broken header up to the next `Content-Length:`, so that one bad message costs only
 * itself. The drop is logged.
 */
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /^content-length:\s*(\d+)\s*$/im;
/** Where a header may start after a dropped message: the field every framed message has. */
const RESYNC = 'content-length:';
/** A header is a few short lines; more without its end is not a header. */
const MAX_HEADER_BYTES = 8192;

export class MessageFraming extends Transform {
    private buffer: Buffer = Buffer.alloc(0);
    /** Bytes of the current message's body still to pass through. */
    private bodyLeft = 0;

    constructor(private readonly onDropped: (reason: string) => void) {
        super();
    }

    override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
        this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
        for (;;) {
            if (this.bodyLeft > 0) {
                const body = this.buffer.subarray(0, this.bodyLeft);
                this.push(body);
                this.bodyLeft -= body.length;
                this.buffer = this.buffer.subarray(body.length);
                if (this.bodyLeft > 0) break;
                continue;
            }
            const end = this.buffer.indexOf(HEADER_END);
            if (end < 0) {
                if (this.buffer.length > MAX_HEADER_BYTES) this.dropMessage('a header without an end');
                break;
            }
            const header = this.buffer.subarray(0, end).toString('ascii');
            const length = CONTENT_LENGTH.exec(header);
            if (!length) {
                this.dropMessage(`a message whose header has no Content-Length (${JSON.stringify(header.slice(0, 80))})`);
                continue;
            }
            this.push(this.buffer.subarray(0, end + HEADER_END.length));
            this.buffer = this.buffer.subarray(end + HEADER_END.length);
            this.bodyLeft = Number(length[1]);
        }
        done();
    }

    /** Drops the broken message: everything up to the next `Content-Length:` after its start. */
    private dropMessage(reason: string): void {
        this.onDropped(`SLA language server: skipped ${reason}.`);
        const next = this.buffer.toString('latin1').toLowerCase().indexOf(RESYNC, 1);
        this.buffer = next < 0 ? Buffer.alloc(0) : this.buffer.subarray(next);
    }
}
