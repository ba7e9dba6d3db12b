/**
 * Why a file's text could not be read, as the rest of a sentence that starts "This file" ("is a folder, not a
 * file"). Browser-safe: the Node reader (node/agreement-files.ts) throws it, the document factory reports it.
 */
import { describeFileError, thisFileSentence } from '../file-errors.js';

export class UnreadableText extends Error { }

export function describeUnreadable(error: unknown): string {
    return error instanceof UnreadableText ? error.message : thisFileSentence(describeFileError(error, 'file'));
}
