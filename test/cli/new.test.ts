import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../packages/cli/src/main.js';
import { AGREEMENT_TEMPLATES } from '../../packages/language/src/generator/templates/agreement-templates.js';

let dir: string;

beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-new-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PARTIES = ['--provider', 'Acme Managed Services GmbH', '--customer', 'Globex Logistics AG'];

describe('sla new', () => {
    test('--list shows every template with what it is for, and the locales', async () => {
        const result = await run(['new', '--list']);
        expect(result.exit).toBe(0);
        const [templates, locales] = result.stdout.trim().split('\n\n');
        expect(templates.split('\n').map(line => line.split(' ')[0])).toEqual(AGREEMENT_TEMPLATES.map(t => t.id));
        expect(result.stdout).toContain('managed-it-helpdesk    Managed IT helpdesk: A managed service provider');
        expect(locales.split('\n')).toEqual([
            'Locales (--locale; --currency and --timezone default to the locale\'s):',
            '  en-GB  English (United Kingdom): GBP, Europe/London (the default)',
            '  en-US  English (United States): USD, America/New_York',
            '  de-DE  Deutsch (Deutschland): EUR, Europe/Berlin'
        ]);
    });

    test('--locale sets the locale, and the currency and time zone it implies', async () => {
        const result = await run(['new', '--template', 'managed-it-helpdesk', ...PARTIES, '--locale', 'en-US']);
        expect(result.exit).toBe(0);
        expect(result.stdout).toContain('    timezone "America/New_York"\n    locale en-US\n');
        expect(result.stdout).toContain('            price 3000? USD per month\n');
        expect(result.stdout).not.toMatch(/EUR|UTC/);
    });

    test('--currency and --timezone override the locale\'s, in their canonical spelling', async () => {
        const result = await run(['new', '--template', 'cloud-hosting-uptime', ...PARTIES, '--locale', 'en-us',
            '--currency', 'cad', '--timezone', 'america/toronto']);
        expect(result.exit).toBe(0);
        expect(result.stdout).toContain('    timezone "America/Toronto"\n    locale en-US\n');
        expect(result.stdout).toContain('            price 2000? CAD per month\n');
        expect(result.stdout).not.toContain('USD');
    });

    test('without options the agreement is in the default locale, en-GB, priced in GBP on London time', async () => {
        const result = await run(['new', '--template', 'sales-marketing-leads', ...PARTIES]);
        expect(result.stdout).toContain('    timezone "Europe/London"\n    locale en-GB\n');
        expect(result.stdout).toContain(' GBP per month');
    });

    test.each(AGREEMENT_TEMPLATES.map(t => t.id))('%s in de-DE with USD checks clean but for its placeholders', async id => {
        const out = path.join(dir, `${id}.de-DE.sla`);
        const written = await run(['new', '--template', id, ...PARTIES, '--locale', 'de-DE', '--currency', 'usd', '-o', out]);
        expect(written.stdout).toMatch(/ \(locale de-DE, USD, Europe\/Berlin\)\n$/);
        const checked = await run(['check', out]);
        const lines = checked.stdout.trim().split('\n');
        expect(lines.slice(0, -1).filter(line => !/: info sla-placeholder: /.test(line))).toEqual([]);
        expect(lines.at(-1)).toBe(`1 file checked: 0 errors, 0 warnings, ${lines.length - 1} infos`);
    });

    test('a locale, currency or time zone that does not exist is a usage error with what to write instead', async () => {
        await expect(run(['new', '--template', 'managed-it-helpdesk', ...PARTIES, '--locale', 'en-UK']))
            .rejects.toThrow("there is no locale 'en-UK'; did you mean 'en-GB'? locales: en-GB, en-US, de-DE");
        await expect(run(['new', '--template', 'managed-it-helpdesk', ...PARTIES, '--currency', 'USX']))
            .rejects.toThrow("'USX' is not a currency code the language knows; did you mean 'USD'?");
        await expect(run(['new', '--template', 'managed-it-helpdesk', ...PARTIES, '--timezone', 'Mars/Olympus']))
            .rejects.toThrow("'Mars/Olympus' is not a time zone; use an IANA name such as Europe/Berlin, America/New_York or UTC");
    });

    for (const template of AGREEMENT_TEMPLATES) {
        test(`writes the ${template.id} template, which 'sla check' passes with its placeholders listed, and '--ready' does not`, async () => {
            const out = path.join(dir, `${template.id}.sla`);
            const written = await run(['new', '--template', template.id, ...PARTIES, '-o', out]);
            expect(written).toEqual({ exit: 0, stdout: `${out}: ${template.title} for Acme Managed Services GmbH and Globex Logistics AG (locale en-GB, GBP, Europe/London)\n`, stderr: '' });
            const checked = await run(['check', out]);
            const lines = checked.stdout.trim().split('\n');
            expect(lines.slice(0, -1).filter(line => !/: info sla-placeholder: /.test(line))).toEqual([]);
            expect(lines.at(-1)).toBe(`1 file checked: 0 errors, 0 warnings, ${lines.length - 1} infos`);
            expect(checked.exit).toBe(0);
            expect((await run(['check', '--ready', out])).exit).toBe(1);
        });
    }

    test('without -o, writes the agreement to standard output, parameterised by the parties', async () => {
        const result = await run(['new', '--template', 'cloud-hosting-uptime', ...PARTIES, '--start', '2027-01-01']);
        expect(result.exit).toBe(0);
        expect(result.stdout).toMatch(/^agreement CloudHosting "Cloud Hosting Service Level Agreement" \{\n/);
        expect(result.stdout).toContain('        provider Acme "Acme Managed Services GmbH" {\n');
        expect(result.stdout).toContain('        customer Globex "Globex Logistics AG" {\n');
        expect(result.stdout).toContain('    effective 2027-01-01 until 2027-12-31?\n');
    });

    test('never overwrites a file: one line on standard error, exit 2, the file unchanged', async () => {
        const out = path.join(dir, 'existing.sla');
        fs.writeFileSync(out, 'my agreement');
        const result = await run(['new', '--template', 'managed-it-helpdesk', ...PARTIES, '-o', out]);
        expect(result).toEqual({ exit: 2, stdout: '', stderr: `sla: cannot write ${out}: already exists; choose another file or delete it first\n` });
        expect(fs.readFileSync(out, 'utf8')).toBe('my agreement');
    });

    test('a file that cannot be written is one line and exit 2', async () => {
        const blocker = path.join(dir, 'a-file');
        fs.writeFileSync(blocker, '');
        const out = path.join(blocker, 'agreement.sla');
        const result = await run(['new', '--template', 'managed-it-helpdesk', ...PARTIES, '-o', out]);
        expect(result.exit).toBe(2);
        expect(result.stderr).toMatch(new RegExp(`^sla: cannot write ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [^\\n]+\\n$`));
    });

    test('usage errors name what is missing or wrong', async () => {
        await expect(run(['new', '--template', 'managed-it-helpdesk'])).rejects.toThrow("sla new needs --provider, --customer; run 'sla new --list' for the templates");
        await expect(run(['new', '--template', 'nope', ...PARTIES])).rejects.toThrow("there is no template 'nope'; templates: managed-it-helpdesk, cloud-hosting-uptime, sales-marketing-leads, internal-multi-level");
        await expect(run(['new', '--template', 'managed-it-helpdesk', '--provider', ' ', '--customer', 'X'])).rejects.toThrow('--provider must name the party');
        await expect(run(['new', '--template', 'managed-it-helpdesk', ...PARTIES, '--start', '2026-02-30'])).rejects.toThrow("the start date must be a date written YYYY-MM-DD (got '2026-02-30')");
    });
});
