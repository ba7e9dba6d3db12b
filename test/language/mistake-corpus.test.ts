/**
 * One everyday mistake at a time in a clean agreement (mistakes/corpus.ts): each must give one error, two at most,
 * on or next to the line of the mistake, in the words of the agreement (no parser vocabulary), with the code of
 * the slip, and never a report that a section is missing when it is written. `MISTAKE_REPORT=1` prints the error
 * count per mistake.
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { SECTIONS } from '../../packages/language/src/catalogue/sections.js';
import { IssueCodes, MISSING_SECTION_CODES } from '../../packages/language/src/validation/issue-codes.js';
import { clearDocumentsAfterEach, readExample, validate } from '../helpers.js';
import { MISTAKES, withMistake, type Mistake } from './mistakes/corpus.js';

clearDocumentsAfterEach();

const BASE = readExample('managed-it-helpdesk.sla');
const PARSER_WORDS = /token|Expecting|->|offset|EOF|RULE|\u200B/;
const counts: Array<{ section: string, mistake: string, errors: number }> = [];

/** The 0-based lines the mistake changed in the edited text, widened by one before and two after. */
function nearMistake(text: string): [number, number] {
    const before = BASE.split('\n'), after = text.split('\n');
    let first = 0;
    while (first < after.length && before[first] === after[first]) first++;
    let fromEnd = 0;
    while (fromEnd < after.length - first && before.at(-1 - fromEnd) === after.at(-1 - fromEnd)) fromEnd++;
    const last = Math.max(first, after.length - 1 - fromEnd);
    return [first - 1, last + 2];
}

function describeErrors(errors: Diagnostic[]): string {
    return errors.map(e => `${e.range.start.line + 1}: ${e.code}: ${e.message}`).join('\n');
}

test('the base agreement has no errors', async () => {
    expect((await validate(BASE)).diagnostics.filter(d => d.severity === 1)).toEqual([]);
});

describe.each(SECTIONS.map(spec => spec.keyword).filter(keyword => MISTAKES.some(m => m.section === keyword)).concat('header'))('%s', section => {
    test.each(MISTAKES.filter(m => m.section === section).map(m => [m.what, m] as [string, Mistake]))('%s', async (_, mistake) => {
        const text = withMistake(BASE, mistake);
        const diagnostics = (await validate(text)).diagnostics;
        const errors = diagnostics.filter(d => d.severity === 1);
        counts.push({ section, mistake: mistake.what, errors: errors.length });
        const listing = describeErrors(errors);
        expect(errors.length, listing).toBeGreaterThanOrEqual(1);
        expect(errors.length, listing).toBeLessThanOrEqual(2);
        expect(errors[0].code, listing).toBe(mistake.code);
        const [from, to] = nearMistake(text);
        for (const error of errors) {
            expect(error.range.start.line, `${listing}\nexpected between lines ${from + 1} and ${to + 1}`).toBeGreaterThanOrEqual(from);
            expect(error.range.start.line, `${listing}\nexpected between lines ${from + 1} and ${to + 1}`).toBeLessThanOrEqual(to);
            expect(error.message).not.toMatch(PARSER_WORDS);
        }
        // Every section is written in every mistaken agreement: none may be reported missing.
        expect(diagnostics.filter(d => MISSING_SECTION_CODES.includes(d.code as string)).map(d => d.message)).toEqual([]);
    });
});

test('the corpus covers every section with at least 40 mistakes', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(40);
    expect(SECTIONS.map(spec => spec.keyword).filter(keyword => !MISTAKES.some(m => m.section === keyword))).toEqual([]);
});

test('the corpus meets every code a syntax slip can get', () => {
    expect(new Set(MISTAKES.map(m => m.code))).toEqual(new Set([
        IssueCodes.SyntaxError, IssueCodes.DateFormat, IssueCodes.TimeFormat, IssueCodes.CurrencySymbol, IssueCodes.NumberFormat,
        IssueCodes.MissingUnit, IssueCodes.MissingPeriod, IssueCodes.PeriodWord, IssueCodes.TextWithoutQuotes, IssueCodes.InnerQuotes,
        IssueCodes.TargetFormat, IssueCodes.UnknownWord, IssueCodes.MissingBrace, IssueCodes.SyntaxAfterEnd, IssueCodes.HashComment,
        IssueCodes.NameFormat
    ]));
});

afterAll(() => {
    if (process.env.MISTAKE_REPORT) {
        console.info(['| section | mistake | errors |', '| --- | --- | --- |', ...counts.map(c => `| ${c.section} | ${c.mistake} | ${c.errors} |`)].join('\n'));
    }
});
