/**
 * Why a file's text could not be read, as the rest of a sentence that starts "This file" ("is a folder, not a
 * file"). Browser-safe: the Node reader (node/agreement-files.ts) throws it, the document factory reports it.
 */
export class UnreadableText extends Error { }

export function describeUnreadable(error: unknown): string {
    if (error instanceof UnreadableText) return error.message;
    switch ((error as { code?: string })?.code) {
        case 'ENOENT': return 'no longer exists';
        case 'EACCES':
        case 'EPERM': return 'cannot be read: permission denied';
        case 'ELOOP': return 'is a symbolic link loop';
        case 'EISDIR': return 'is a folder, not a file';
        default: return `cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    }
}
