import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../packages/cli/src/main.js';
import { MINIMAL, repoRoot } from '../helpers.js';

let dir: string;
const file = (name: string, content: string) => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, content);
    return target;
};

beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-evaluate-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const upAllMonth = 'start,end,service,Uptime\n2026-10-01T00:00Z,2026-11-01T00:00Z,Shop,up\n';
const example = (name: string) => path.join('examples', name);

describe('sla evaluate exit codes', () => {
    test('0 when every level with data is met', async () => {
        const result = await run(['evaluate', file('shop.sla', MINIMAL), '--data', file('up.csv', upAllMonth)]);
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain('ShopUptime  Shop   2026-10  at least 99.5 %  100 % (44,640 intervals)  met');
        expect(result.exit).toBe(0);
    });

    test('1 when a level is breached', async () => {
        const result = await run(['evaluate', example('cloud-hosting-uptime.sla'), '--data', example('data/cloud-hosting-2026-10-samples.csv')]);
        expect(result.stdout).toContain('Cirrolane owes USD 549.20 for 2026-10.');
        expect(result.exit).toBe(1);
    });

    test('usage errors', async () => {
        await expect(run(['evaluate', example('cloud-hosting-uptime.sla')])).rejects.toThrow('name at least one data file with --data');
        await expect(run(['evaluate'])).rejects.toThrow('name the agreement: sla evaluate <agreement.sla> --data <file>...');
        await expect(run(['evaluate', example('cloud-hosting-uptime.sla'), '--data', 'x.csv', '--format', 'pdf'])).rejects.toThrow("--format must be one of table, json, html, md (got 'pdf')");
    });

    test.each([
        ['a missing agreement', () => ['evaluate', path.join(dir, 'nope.sla'), '--data', 'x.csv'], 'no such file or folder'],
        ['a missing data file', () => ['evaluate', file('ok.sla', MINIMAL), '--data', path.join(dir, 'nope.csv')], 'nope.csv: no such file\n'],
        ['an agreement with errors', () => ['evaluate', file('broken.sla', MINIMAL.replace('goals {', 'goals {{')), '--data', 'x.csv'], "has 1 error; run 'sla check"],
        ['a bad row', () => ['evaluate', file('ok2.sla', MINIMAL), '--data', file('bad.csv', 'start,service,Uptime\n2026-10-05T10:00Z,Shop,perhaps\n')], 'bad.csv:2:24: '],
        ['a bad period', () => ['evaluate', file('ok3.sla', MINIMAL), '--data', file('up2.csv', upAllMonth), '--period', 'Oct'], "sla: --period: 'Oct' is not a period"],
        ['a level no duty excuses', () => ['evaluate', file('ok4.sla', MINIMAL), '--data', file('up4.csv', upAllMonth), '--excuse', 'Nope'], 'sla: --excuse: Minimal has no level named Nope to excuse'],
        ['the same data file twice', () => ['evaluate', file('ok5.sla', MINIMAL), '--data', file('up5.csv', upAllMonth), '--data', path.join(dir, 'up5.csv')], 'up5.csv: this data file is given twice'],
        ['a moment that is not one', () => ['evaluate', file('ok6.sla', MINIMAL), '--data', file('up6.csv', upAllMonth), '--as-of', '15/10/2026'],
            "sla: --as-of: '15/10/2026' is not a date or time; write a date and time in the agreement's time zone (2026-10-15T14:00), with an offset if you like (2026-10-15T14:00+02:00 or 2026-10-15T12:00Z), or a date (2026-10-15, meaning the end of that day)\n"],
        ['a period that has not started', () => ['evaluate', file('ok7.sla', MINIMAL), '--data', file('up7.csv', upAllMonth), '--period', '2026-11', '--as-of', '2026-10-15T14:00'],
            'sla: --period: 2026-11 has not started at 2026-10-15T14:00Z, the moment this evaluation is made as of: there is nothing to measure yet; name a period that has started\n'],
        ['data after the moment', () => ['evaluate', file('ok8.sla', MINIMAL), '--data', file('up8.csv', upAllMonth), '--as-of', '2026-10-15T14:00'],
            'up8.csv:2: this row describes time after 2026-10-15T14:00Z, the moment this evaluation is made as of; data cannot be from the future']
    ])('2 for %s', async (_, args, message) => {
        const result = await run(args());
        expect(result.stderr).toContain(message);
        expect(result.stdout).toBe('');
        expect(result.exit).toBe(2);
    });

    test('0 for a month still running: in progress, no credit owed, where before the missing half was down and credited', async () => {
        const half = file('half.csv', 'start,end,service,Uptime\n2026-10-01T00:00Z,2026-10-15T00:00Z,Shop,up\n');
        const before = await run(['evaluate', file('shop3.sla', MINIMAL), '--data', half, '--as-of', '2026-11-01']);
        expect(before.stdout).toContain('ShopUptime  Shop   2026-10  at least 99.5 %  45.1613 % (44,640 intervals)  BREACHED');
        expect(before.exit).toBe(1);
        const now = await run(['evaluate', path.join(dir, 'shop3.sla'), '--data', half, '--as-of', '2026-10-15T00:00']);
        expect(now.stdout).toContain('ShopUptime  Shop   2026-10  at least 99.5 %  100 % so far (20,160 intervals)  in progress');
        expect(now.stdout).toContain('As of: 2026-10-15T00:00Z');
        expect(now.exit).toBe(0);
        const json = JSON.parse((await run(['evaluate', path.join(dir, 'shop3.sla'), '--data', half, '--as-of', '2026-10-15T00:00', '--format', 'json'])).stdout);
        expect(json).toMatchObject({ asOf: '2026-10-15T00:00Z', periodInProgress: true, credits: [], levels: [{ status: 'in-progress', inProgress: { asOf: '2026-10-15T00:00Z', onTrack: true } }] });
    });

    test('data files may also follow the agreement without --data', async () => {
        const result = await run(['evaluate', file('shop2.sla', MINIMAL), file('up3.csv', upAllMonth), '--format', 'json']);
        expect(JSON.parse(result.stdout).inputs).toHaveLength(1);
    });
});

describe('sla evaluate formats', () => {
    const helpdesk = ['evaluate', example('managed-it-helpdesk.sla'), '--data', example('data/managed-it-2026-10-tickets.csv')];

    test('json is the whole report', async () => {
        const report = JSON.parse((await run([...helpdesk, '--format', 'json'])).stdout);
        expect(report.summary).toEqual({ met: 6, breached: 2, 'in-progress': 0, 'insufficient-data': 0, excused: 0, 'no-data': 0, 'not-evaluated': 1 });
        expect(report.credits).toMatchObject([{ party: 'Acme', unit: 'EUR', computed: 444.8, payable: 444.8 }]);
    });

    test('md is the report as Markdown tables', async () => {
        const markdown = (await run([...helpdesk, '--format', 'md'])).stdout;
        expect(markdown).toContain('| P1Resolution | Helpdesk · P1 | 2026-10 | at most 4 business hours in 90 % of tickets | 80 % (8 of 10 tickets) | **BREACHED** | EUR 278.00 |');
    });

    test('html is a standalone page with a strict policy, and text from the data stays text', async () => {
        const tickets = 'id,priority,created,ResponseTime\n"<img src=x onerror=alert(1)>",P1,2026-10-05T10:00Z,2026-10-05T12:00Z\n';
        const agreement = fs.readFileSync(path.join(repoRoot, 'examples/managed-it-helpdesk.sla'), 'utf8');
        const html = (await run(['evaluate', file('helpdesk.sla', agreement), '--data', file('evil.csv', tickets), '--format', 'html'])).stdout;
        expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-[^&]+&#39;; script-src &#39;none&#39;/);
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(html).not.toContain('<img');
    });
});

describe('docs/evaluation.md', () => {
    const docs = fs.readFileSync(path.join(repoRoot, 'docs/evaluation.md'), 'utf8');
    const shown = [...docs.matchAll(/```text\n\$ sla (evaluate [^\n]+)\n([\s\S]*?)```/g)];

    test('shows the output of the examples', () => {
        expect(shown.length).toBeGreaterThanOrEqual(3);
    });

    test.each(shown.map(match => [match[1], match[2]]))('sla %s prints what the documentation shows', async (command, output) => {
        const result = await run(command.split(' '));
        expect(result.stdout).toBe(output);
    });
});
