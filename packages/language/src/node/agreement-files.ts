/**
 * The one rule for reading an agreement from disk, in the CLI and in the language server alike: only a regular
 * file (a named pipe or a device such as /dev/zero would block or never end), at most `MAX_AGREEMENT_BYTES`
 * (read through one descriptor, so a file that grows while it is read is still bounded), not binary, UTF-8 (a
 * leading byte-order mark dropped). Every refusal is an `UnreadableText` whose message completes "This file ...".
 */
import * as fs from 'node:fs';
import { NodeFileSystemProvider } from 'langium/node';
import type { URI } from 'langium';
import { UnreadableText } from '../workspace/unreadable-text.js';

/** An agreement is a few thousand lines; 16 MiB is hundreds of thousands. */
export const MAX_AGREEMENT_BYTES = 16 * 1024 * 1024;

/** Agreement files end in `.sla`, in any case (`X.SLA` from a case-insensitive file system). */
export function isAgreementFileName(name: string): boolean {
    return /\.sla$/i.test(name);
}

/** The text of an agreement file, or an `UnreadableText`; file-system errors are thrown as they are. */
export function readAgreementFileSync(file: string): string {
    const stat = fs.statSync(file);
    refuseUnusable(stat);
    const descriptor = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
        refuseUnusable(fs.fstatSync(descriptor));
        const buffer = Buffer.alloc(Math.min(stat.size, MAX_AGREEMENT_BYTES) + 1);
        let length = 0;
        for (let read; length < buffer.length && (read = fs.readSync(descriptor, buffer, length, buffer.length - length, null)) > 0;) length += read;
        return decodeAgreement(buffer.subarray(0, length));
    } finally {
        fs.closeSync(descriptor);
    }
}

/** `readAgreementFileSync` for the server, which must not block while it reads. */
export async function readAgreementFile(file: string): Promise<string> {
    refuseUnusable(await fs.promises.stat(file));
    const handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
        const stat = await handle.stat();
        refuseUnusable(stat);
        const buffer = Buffer.alloc(Math.min(stat.size, MAX_AGREEMENT_BYTES) + 1);
        let length = 0;
        for (let read; length < buffer.length && (read = (await handle.read(buffer, length, buffer.length - length, null)).bytesRead) > 0;) length += read;
        return decodeAgreement(buffer.subarray(0, length));
    } finally {
        await handle.close();
    }
}

function refuseUnusable(stat: fs.Stats): void {
    if (stat.isDirectory()) throw new UnreadableText('is a folder, not a file');
    if (!stat.isFile()) throw new UnreadableText('is not a regular file (a pipe, a device or a socket); only files are read');
    if (stat.size > MAX_AGREEMENT_BYTES) {
        throw new UnreadableText(`is ${formatMiB(stat.size)}; agreements larger than ${formatMiB(MAX_AGREEMENT_BYTES)} are not read`);
    }
}

function decodeAgreement(bytes: Uint8Array): string {
    if (bytes.length > MAX_AGREEMENT_BYTES) {
        throw new UnreadableText(`is larger than ${formatMiB(MAX_AGREEMENT_BYTES)}; agreements that large are not read`);
    }
    if (bytes.includes(0)) throw new UnreadableText('is a binary file, not an agreement');
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return text.startsWith('\uFEFF') ? text.slice(1) : text;
    } catch {
        throw new UnreadableText('is not UTF-8 text; save it as UTF-8 and try again');
    }
}

function formatMiB(bytes: number): string {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** The server's file system: Langium's, with agreements read by the rule above. */
export class AgreementFileSystemProvider extends NodeFileSystemProvider {
    override readFile(uri: URI): Promise<string> {
        return readAgreementFile(uri.fsPath);
    }
}

export const AgreementFileSystem = { fileSystemProvider: () => new AgreementFileSystemProvider() };
