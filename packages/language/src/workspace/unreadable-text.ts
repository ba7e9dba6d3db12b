/** Why a file's text could not be read, in the reader's words, from a file-system error. */
export class UnreadableText extends Error { }

export function describeUnreadable(error: unknown): string {
    if (error instanceof UnreadableText) return error.message;
    switch ((error as { code?: string })?.code) {
        case 'ENOENT': return 'it no longer exists';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'ELOOP': return 'it is a symbolic link loop';
        case 'EISDIR': return 'it is a folder, not a file';
        default: return `the file system said: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    }
}
