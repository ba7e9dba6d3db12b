/**
 * One reading of file-system errors for every place that reads or writes files: the server's agreement documents,
 * data files and the CLI give the same reason for the same cause, in words a contract manager understands.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterAll, describe, expect, test } from 'vitest';
import { readAgreement } from '../../packages/cli/src/files.js';
import { describeFileError } from '../../packages/language/src/file-errors.js';
import { readDataFile } from '../../packages/language/src/node/data-files.js';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { IssueCodes } from '../../packages/language/src/validation/issue-codes.js';
import { describeUnreadable } from '../../packages/language/src/workspace/unreadable-text.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-file-errors-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const errno = (code: string) => Object.assign(new Error(`${code}: system words, open '/x'`), { code });

describe('a file-system error', () => {
    test.each([
        ['ENOENT', 'no such file or folder'],
        ['EACCES', 'permission denied'],
        ['EPERM', 'permission denied'],
        ['ELOOP', 'is a symbolic link loop'],
        ['ENOSPC', 'no space left on the device; free some space and try again'],
        ['EMFILE', 'too many files are open; close some programs and try again'],
        ['EBUSY', 'another program is using it; close that program and try again']
    ])('%s reads "%s"', (code, reason) => {
        expect(describeFileError(errno(code))).toBe(reason);
    });

    test('an unknown cause keeps the first line of its own words', () => {
        expect(describeFileError(errno('EWHATEVER'))).toBe(`EWHATEVER: system words, open '/x'`);
        expect(describeFileError('plain')).toBe('plain');
    });

    test('the server, the data reader and the CLI give the same reason for a missing file', async () => {
        const missingAgreement = path.join(dir, 'gone.sla');
        const missingData = path.join(dir, 'gone.csv');
        expect(describeUnreadable(errno('ENOENT'))).toBe('cannot be read: no such file');
        expect(() => readAgreement(missingAgreement)).toThrow(`${missingAgreement}: no such file or folder`);
        await expect(readDataFile(missingData)(() => undefined)).rejects.toThrow('no such file');
    });

    test('the server says what the file is, or why it cannot be read, in one sentence', () => {
        expect(describeUnreadable(errno('ELOOP'))).toBe('is a symbolic link loop');
        expect(describeUnreadable(errno('EACCES'))).toBe('cannot be read: permission denied');
        expect(describeUnreadable(errno('EMFILE'))).toBe('cannot be read: too many files are open; close some programs and try again');
    });

    test('an agreement the server cannot find gets one diagnostic that says so', async () => {
        const services = createSlaServices(NodeFileSystem);
        const uri = URI.file(path.join(dir, 'deleted.sla'));
        const document = await services.shared.workspace.LangiumDocumentFactory.fromUri(uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(document.diagnostics?.map(d => [d.code, d.message])).toEqual([
            [IssueCodes.CheckFailed, 'This file cannot be read: no such file.']
        ]);
    });
});
