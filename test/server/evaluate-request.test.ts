import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    createProtocolConnection, InitializeRequest, StreamMessageReader, StreamMessageWriter, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import { EvaluateRequest, type EvaluateParams, type EvaluateResult } from '../../packages/language/src/sla-protocol.js';
import { MINIMAL, readExample, repoRoot } from '../helpers.js';

/** `sla/evaluate` on the bundled server, as "SLA: Evaluate Against Data..." uses it. */
describe('sla/evaluate on the language server', () => {
    let server: ChildProcess;
    let connection: ProtocolConnection;
    const data = (name: string) => path.join(repoRoot, 'examples/data', name);
    const file = (name: string) => ({ uri: pathToFileURL(data(name)).toString() });
    const cloud = pathToFileURL(path.join(repoRoot, 'examples/cloud-hosting-uptime.sla')).toString();
    const broken = 'file:///tmp/evaluate/broken.sla';

    beforeAll(async () => {
        server = spawn(process.execPath, [path.join(repoRoot, 'packages/language/bin/sla-language-server.cjs'), '--stdio']);
        connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.listen();
        await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: cloud, languageId: 'sla', version: 1, text: readExample('cloud-hosting-uptime.sla') } });
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: broken, languageId: 'sla', version: 1, text: MINIMAL.replace(/    review \{[\s\S]*?\n    \}\n/, '') } });
    });

    afterAll(() => {
        connection.dispose();
        server.kill();
    });

    const evaluate = (params: EvaluateParams) => connection.sendRequest<EvaluateResult>(EvaluateRequest.method, params);

    test('answers with the report as a page under the nonce it was given', async () => {
        const result = await evaluate({ uri: cloud, dataFiles: [file('cloud-hosting-2026-10-samples.csv')], period: '2026-10', html: { nonce: 'n0nce' } });
        expect(result).toMatchObject({ title: 'Compliance: Cloud Hosting Service Level Agreement', problems: [], summary: { met: 1, breached: 2, 'no-data': 3 } });
        expect(result.html).toContain('style-src &#39;nonce-n0nce&#39;; script-src &#39;none&#39;');
        expect(result.html).toContain('Cirrolane owes <strong>USD\u00a0549.20</strong> for 2026-10.');
    });

    test('answers with the problems, and no page, for bad data', async () => {
        const result = await evaluate({ uri: cloud, dataFiles: [file('managed-it-2026-10-tickets.csv')] });
        expect(result.html).toBeUndefined();
        expect(result.problems[0]).toBe(`${data('managed-it-2026-10-tickets.csv')}:2:8: 'Helpdesk' is not a service of the agreement; the services are Compute, BlockStorage, LoadBalancer, Support`);
        expect(result.problems.at(-1)).toBe(`${data('managed-it-2026-10-tickets.csv')}: stopped reading after 20 errors`);
    });

    test('does not evaluate an agreement with errors', async () => {
        const result = await evaluate({ uri: broken, dataFiles: [file('cloud-hosting-2026-10-samples.csv')] });
        expect(result).toEqual({ title: 'Compliance: Minimal agreement', problems: ['The agreement has 1 error; fix it before evaluating.'] });
    });

    test('reads a data file from the text the client sent, naming it by its name', async () => {
        const text = fs.readFileSync(data('cloud-hosting-2026-10-samples.csv'), 'utf8');
        const sent = await evaluate({ uri: cloud, dataFiles: [{ uri: 'dropped:/October%20samples.csv', text }], period: '2026-10' });
        expect(sent).toMatchObject({ problems: [], summary: { met: 1, breached: 2, 'no-data': 3 } });
        const bad = await evaluate({ uri: cloud, dataFiles: [{ uri: 'dropped:/tickets.csv', text: fs.readFileSync(data('managed-it-2026-10-tickets.csv'), 'utf8') }] });
        expect(bad.problems[0]).toMatch(/^tickets\.csv:2:8: 'Helpdesk' is not a service of the agreement/);
    });

    test('evaluates as of the moment it is given; without one, as of now (October has ended)', async () => {
        const half = 'start,end,service,Uptime\n2026-10-01T00:00Z,2026-10-15T00:00Z,Compute,up\n2026-10-01T00:00Z,2026-10-15T00:00Z,BlockStorage,up\n';
        const dataFiles = [{ uri: 'dropped:/half.csv', text: half }];
        const running = await evaluate({ uri: cloud, dataFiles, asOf: '2026-10-15T00:00' });
        expect(running).toMatchObject({ problems: [], summary: { 'in-progress': 2, breached: 0 } });
        expect(running.html).toContain('<td>in progress</td>');
        expect(running.html).not.toContain('owes <strong>');
        const ended = await evaluate({ uri: cloud, dataFiles });
        expect(ended).toMatchObject({ problems: [], summary: { 'in-progress': 0, breached: 2 } });
        const bad = await evaluate({ uri: cloud, dataFiles, asOf: 'mid October' });
        expect(bad.problems).toEqual([expect.stringMatching(/^'mid October' is not a date or time; write a date and time in the agreement's time zone/)]);
        await expect(connection.sendRequest(EvaluateRequest.method, { uri: cloud, dataFiles, asOf: 20261015 })).rejects.toThrow(/asOf is a date or time as text/);
    });

    test('says which data file it cannot read instead of failing the request', async () => {
        const result = await evaluate({ uri: cloud, dataFiles: [{ uri: 'vscode-vfs://github/acme/data/samples.csv' }] });
        expect(result.problems).toEqual(['samples.csv: is a vscode-vfs: resource, which the server cannot read; the editor should send its text']);
    });

    test('refuses data files named by path instead of URI', async () => {
        await expect(connection.sendRequest(EvaluateRequest.method, { uri: cloud, dataFiles: [data('cloud-hosting-2026-10-samples.csv')] }))
            .rejects.toThrow(/each with a uri/);
    });

    // Issue 17: one sample row running to an export's open-ended 9999-12-31 took 89 s and blocked every request.
    test('answers a row running to 9999-12-31 with one problem, at once, while other requests are answered', async () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-evaluate-far-'));
        const file = path.join(folder, 'far.csv');
        fs.writeFileSync(file, 'start,end,service,Uptime\n2026-10-01T00:00Z,9999-12-31T00:00Z,Compute,up\n');
        const started = Date.now();
        const [result, symbols] = await Promise.all([
            evaluate({ uri: cloud, dataFiles: [{ uri: pathToFileURL(file).toString() }] }),
            connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: cloud } })
        ]);
        expect(result.problems).toEqual([`${file}:2:19: 'end' 9999-12-31T00:00Z is outside the dates an evaluation reads (1970-01-01 to 2199-12-31); for a run still going on, write when the data was exported`]);
        expect(symbols).not.toEqual([]);
        expect(Date.now() - started).toBeLessThan(15_000);
        fs.rmSync(folder, { recursive: true, force: true });
    });
});
