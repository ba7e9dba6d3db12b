/**
 * The classes of input that found issue 17's defects, as properties: many broken items in one block, huge
 * repetitions, protocol-invalid but plausible editor messages, evaluation data at the edges of dates, offsets and
 * numbers, column names of Object.prototype, and special files. Each must finish without an exception escaping
 * and without a hang; the normal suite tries a few of each, `npm run fuzz` thousands.
 */
import fc from 'fast-check';
import { EmptyFileSystem, URI } from 'langium';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';
import { collectFiles, InputProblem, readAgreement } from '../../packages/cli/src/files.js';
import { readCsv } from '../../packages/language/src/evaluation/data/csv-reader.js';
import { DataError } from '../../packages/language/src/evaluation/data/data-row.js';
import { readJson } from '../../packages/language/src/evaluation/data/json-reader.js';
import { evaluateAgreement } from '../../packages/language/src/evaluation/evaluate.js';
import { parsePeriod } from '../../packages/language/src/evaluation/windows.js';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { checkAgreements } from '../../packages/language/src/workspace/agreement-workspace.js';
import { MINIMAL, parse } from '../helpers.js';
import { seedTexts } from './corpus.js';
import { countDocument, fuzzParameters, propertyTimeout } from './fuzz-config.js';

/** Diagnostics that stand for an exception inside a check or a build phase. */
const CRASH = /^An error occurred|internal error/;

async function checkedWithoutCrash(text: string): Promise<void> {
    countDocument();
    const services = createSlaServices(EmptyFileSystem);
    const [checked] = await checkAgreements(services, [{ path: '/fuzz/hostile.sla', text }]);
    expect(checked.diagnostics.filter(d => CRASH.test(d.message)).map(d => d.message)).toEqual([]);
}

describe('many broken items in one block', () => {
    const brokenItem = fc.constantFrom(
        'term "T" means "M",', 'goal "g";', 'provider Acme "A" ,', 'service S "s" { description }', 'metric M { kind }',
        'level L for { }', ', ,', '"dangling text"', 'Uptime >= %', 'credits for { }', '}', '{'
    );
    const block = fc.constantFrom('definitions', 'goals', 'parties', 'services', 'metrics', 'levels', 'remedies', 'reporting');

    test('thousands of them are each reported, in linear time, without an exception', async () => {
        await fc.assert(fc.asyncProperty(block, brokenItem, fc.integer({ min: 100, max: 3_000 }), async (keyword, item, count) => {
            await checkedWithoutCrash(MINIMAL.replace('    goals {', `    ${keyword} {\n${`        ${item}\n`.repeat(count)}    }\n    goals {`));
        }), fuzzParameters(3));
    }, propertyTimeout(120_000));
});

describe('huge repetitions', () => {
    const tokens = [...new Set(seedTexts.flatMap(text => text.split(/\s+/)).filter(Boolean))];

    test('any token of the examples repeated up to 20,000 times, alone or inside an agreement', async () => {
        await fc.assert(fc.asyncProperty(fc.constantFrom(...tokens), fc.integer({ min: 500, max: 20_000 }), fc.boolean(), async (token, count, inside) => {
            const repeated = `${token} `.repeat(count);
            await checkedWithoutCrash(inside ? MINIMAL.replace('    goals {', `${repeated}\n    goals {`) : repeated);
        }), fuzzParameters(3));
    }, propertyTimeout(120_000));
});

describe('protocol-invalid but plausible editor messages', () => {
    /** The handlers the server's document manager registers, driven as a client's messages would. */
    function editorSession() {
        const services = createSlaServices(EmptyFileSystem);
        const handlers: Record<string, (params: unknown) => void> = {};
        const register = (name: string) => (handler: (params: unknown) => void) => { handlers[name] = handler; return { dispose() { } }; };
        services.shared.workspace.TextDocuments!.listen({
            onDidOpenTextDocument: register('open'), onDidChangeTextDocument: register('change'), onDidCloseTextDocument: register('close'),
            onWillSaveTextDocument: register('willSave'), onWillSaveTextDocumentWaitUntil: register('willSaveWaitUntil'), onDidSaveTextDocument: register('save')
        } as never);
        return { services, handlers };
    }

    const anyValue = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string({ maxLength: 20 }), fc.object({ maxDepth: 1 }),
        fc.constant(MINIMAL), fc.array(fc.integer(), { maxLength: 3 }));
    const position = fc.oneof(fc.record({ line: fc.integer({ min: -2, max: 80 }), character: fc.integer({ min: -2, max: 200 }) }), anyValue);
    const change = fc.oneof(fc.record({ text: anyValue }), fc.record({ range: fc.oneof(fc.record({ start: position, end: position }), anyValue), text: anyValue }), anyValue);

    test('didOpen with null or missing text, didChange with missing fields or odd ranges: no exception, every document built', async () => {
        await fc.assert(fc.asyncProperty(fc.record({ languageId: anyValue, version: anyValue, text: anyValue }, { requiredKeys: [] }),
            fc.array(fc.record({ version: anyValue, contentChanges: fc.oneof(fc.array(change, { maxLength: 3 }), anyValue) }), { maxLength: 4 }),
            async (opened, changes) => {
                countDocument();
                const { services, handlers } = editorSession();
                const uri = 'file:///fuzz/opened.sla';
                handlers.open({ textDocument: { uri, ...opened } });
                for (const { version, contentChanges } of changes) {
                    handlers.change({ textDocument: { uri, version }, contentChanges });
                }
                await services.shared.workspace.DocumentBuilder.update([URI.parse(uri)], []);
                const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))!;
                expect(typeof document.textDocument.getText()).toBe('string');
                await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
                expect(document.diagnostics).toBeDefined();
            }), fuzzParameters(30));
    });
});

describe('evaluation data at the edges', () => {
    const agreementText = MINIMAL;
    const year = fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1969, 1970, 2199, 2200, 9999, 0, 1));
    const offset = fc.oneof(fc.constantFrom('Z', '', '+14:00', '-12:00', '+99:99', '-00:60', '+1400', '+14:01'),
        fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([s, h, m]) => `${s}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`));
    const timestamp = fc.tuple(year, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }), offset)
        .map(([y, m, d, h, o]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00${o}`);
    const number = fc.oneof(fc.constantFrom('1e309', '-1e309', '1e308', 'NaN', 'Infinity', '0x10', '', ' ', '1', '0', 'up', 'down'), fc.double().map(String));
    const columnName = fc.constantFrom('constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'prototype',
        '__defineGetter__', 'start', 'end', 'service', 'Uptime', 'exclusion', 'id', 'created', 'segment');

    test('timestamps, offsets, numbers, periods and column names at the edges: a problem or a report, within seconds', async () => {
        const document = await parse(agreementText);
        await fc.assert(fc.asyncProperty(fc.array(columnName, { minLength: 1, maxLength: 6 }),
            fc.array(fc.tuple(timestamp, fc.option(timestamp), number), { minLength: 1, maxLength: 5 }),
            fc.option(fc.oneof(fc.constantFrom('0000', '9999-12', '1970-01', '2199-W52', '2026-10'), year.map(String))), fc.boolean(),
            async (columns, rows, period, asJson) => {
                countDocument();
                const header = ['start', 'end', 'service', 'Uptime', ...columns];
                const cells = rows.map(([start, end, value]) => [start, end ?? '', 'Shop', value, ...columns.map(() => 'x')]);
                const text = asJson
                    ? JSON.stringify(cells.map(row => Object.fromEntries(header.map((name, i) => [name, row[i]]))))
                    : [header, ...cells].map(row => row.join(',')).join('\n');
                const chunks = async function* () { yield text; };
                const started = Date.now();
                const outcome = await evaluateAgreement(document.parseResult.value,
                    [{ path: asJson ? 'edge.json' : 'edge.csv', rows: asJson ? readJson(chunks) : readCsv(chunks()) }],
                    { period: period ?? undefined }).catch((error: unknown) => {
                    if (error instanceof DataError) return undefined;
                    throw error;
                });
                expect(outcome === undefined || outcome.problems !== undefined || outcome.report !== undefined).toBe(true);
                expect(Date.now() - started).toBeLessThan(10_000);
                if (period) expect(['string', 'object']).toContain(typeof parsePeriod(period));
            }), fuzzParameters(30));
    }, propertyTimeout(120_000));
});

describe('special files', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-fuzz-files-'));
    afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
    let made = 0;

    /** Makes one file of a kind in a fresh sub-folder and returns its path. */
    function make(kind: string): string {
        const dir = path.join(folder, String(made++));
        fs.mkdirSync(dir);
        const at = (name: string) => path.join(dir, name);
        switch (kind) {
            case 'fifo': spawnSync('mkfifo', [at('pipe.sla')]); return at('pipe.sla');
            case 'device': return '/dev/zero';
            case 'folder': fs.mkdirSync(at('folder.sla')); return at('folder.sla');
            case 'loop': fs.symlinkSync('b.sla', at('a.sla')); fs.symlinkSync('a.sla', at('b.sla')); return at('a.sla');
            case 'self': fs.symlinkSync('.', at('self')); fs.writeFileSync(at('x.sla'), MINIMAL); return dir;
            case 'dangling': fs.symlinkSync('nowhere.sla', at('gone.sla')); return at('gone.sla');
            case 'upper': fs.writeFileSync(at('X.SLA'), MINIMAL); return at('X.SLA');
            case 'text': fs.writeFileSync(at('notes.txt'), MINIMAL); return at('notes.txt');
            case 'binary': fs.writeFileSync(at('bin.sla'), Buffer.from([0, 1, 2, 3])); return at('bin.sla');
            case 'latin1': fs.writeFileSync(at('l.sla'), Buffer.from([0x61, 0xe9, 0x22])); return at('l.sla');
            case 'through-file': fs.writeFileSync(at('plain'), 'x'); return path.join(at('plain'), 'a.sla');
            default: fs.writeFileSync(at('ok.sla'), MINIMAL); return at('ok.sla');
        }
    }

    test('any mix of pipes, devices, folders, link loops and odd names: one problem each, never a hang', async () => {
        const kinds = ['fifo', 'device', 'folder', 'loop', 'self', 'dangling', 'upper', 'text', 'binary', 'latin1', 'through-file', 'ok'];
        await fc.assert(fc.property(fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 5 }), picked => {
            countDocument();
            const { files, problems } = collectFiles(picked.map(make));
            for (const file of files) {
                try {
                    readAgreement(file);
                } catch (error) {
                    expect(error).toBeInstanceOf(InputProblem);
                }
            }
            expect(problems.every(problem => problem instanceof InputProblem && !problem.message.includes('\n'))).toBe(true);
        }), fuzzParameters(20));
    });
});
