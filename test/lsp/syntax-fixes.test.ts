/**
 * Quick fixes for everyday slips: each turns the mistaken agreement back into the one the author meant, and the
 * result has no errors.
 */
import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/validation/issue-codes.js';
import { clearDocumentsAfterEach, MINIMAL, readExample, validate } from '../helpers.js';
import { actionsFor, apply, errors, withCode } from './code-action-helpers.js';

clearDocumentsAfterEach();

const HELPDESK = readExample('managed-it-helpdesk.sla');

/** The agreement with `from` replaced by `to` (every match of a global pattern, else the one occurrence). */
function mistaken(base: string, from: string | RegExp, to: string): string {
    if (typeof from === 'string') expect(base.split(from).length, `'${from}' occurs once`).toBe(2);
    return base.replace(from, to);
}

async function fixed(text: string, code: string, title: string) {
    const { actions, uri, diagnostics } = await actionsFor(text, withCode(code));
    expect(diagnostics.map(d => d.message), code).toHaveLength(1);
    const action = actions.find(a => a.title === title);
    expect(action, `no fix '${title}' among ${actions.map(a => a.title).join(' | ')}`).toBeDefined();
    return apply(text, action!, uri);
}

describe('a fix turns the slip into what the author meant', () => {
    const cases: Array<[string, string, string | RegExp, string, string, string]> = [
        ['a US date', MINIMAL, 'effective 2026-01-01', 'effective 01/01/2026', IssueCodes.DateFormat, "Change to '2026-01-01'"],
        ['a European date', MINIMAL, 'effective 2026-01-01', 'effective 01.01.2026', IssueCodes.DateFormat, "Change to '2026-01-01'"],
        ['a date among holidays', HELPDESK, 'holidays 2026-01-01, 2026-04-03', 'holidays 2026-01-01, 04/03/2026', IssueCodes.DateFormat, "Change to '2026-04-03'"],
        ['a 12-hour time', HELPDESK, 'hours 20:00 to 23:59', 'hours 8pm to 23:59', IssueCodes.TimeFormat, "Change to '20:00'"],
        ['a currency sign', HELPDESK, 'price 4800 EUR per month', 'price €4800 per month', IssueCodes.CurrencySymbol, "Change to '4800 EUR'"],
        ['a thousands separator', HELPDESK, 'price 4800 EUR', 'price 4,800 EUR', IssueCodes.NumberFormat, "Change to '4800'"],
        ['`monthly` in a price', HELPDESK, 'price 4800 EUR per month', 'price 4800 EUR monthly', IssueCodes.PeriodWord, "Change to 'per month'"],
        ['`every monthly`', HELPDESK, 'every month\n            due', 'every monthly\n            due', IssueCodes.PeriodWord, "Change to 'month'"],
        ['`monthly` for a report', HELPDESK, 'every month\n            due', 'monthly\n            due', IssueCodes.PeriodWord, "Change to 'every month'"],
        ['`quarterly` window', HELPDESK, 'window calendar quarter', 'window quarterly', IssueCodes.PeriodWord, "Change to 'calendar quarter'"],
        ['a # comment', MINIMAL, '    goals {\n', '    goals {\n        # why we do this\n', IssueCodes.HashComment, "Change to '// why we do this'"],
        ['a misspelt keyword', MINIMAL, 'goal "Keep', 'gaol "Keep', IssueCodes.UnknownWord, "Change to 'goal'"],
        ['a capitalised weekday', HELPDESK, 'days saturday', 'days Saturday', IssueCodes.UnknownWord, "Change to 'saturday'"],
        ['a range of days with a dash', HELPDESK, 'days monday to friday', 'days monday-friday', IssueCodes.UnknownWord, "Change to 'monday to friday'"],
        ['`=>`', MINIMAL, 'Uptime >= 99.5 %', 'Uptime => 99.5 %', IssueCodes.TargetFormat, "Change to '>='"],
        ['`within` for a comparator', HELPDESK, 'ResponseTime <= 15 business', 'ResponseTime within 15 business', IssueCodes.TargetFormat, "Change to '<='"],
        ['`to` for `until`', MINIMAL, '2026-01-01 until', '2026-01-01 to', IssueCodes.UnknownWord, "Change to 'until'"],
        ['a name split by a space', HELPDESK, 'calendar PatchWindow', 'calendar Patch Window', IssueCodes.NameFormat, "Change to 'PatchWindow'"],
        ['a cap without its period', MINIMAL, 'cap 25 % per month', 'cap 25 %', IssueCodes.MissingPeriod, "Add 'per month'"],
        ['a goal without quotes', MINIMAL, 'goal "Keep the shop online."', 'goal Keep the shop online.', IssueCodes.TextWithoutQuotes, 'Put "Keep the shop online." in quotes'],
        ['a missing } at the end', MINIMAL, /}\n$/, '', IssueCodes.MissingBrace, 'Add the missing }'],
        ['a missing } before the next item', HELPDESK, '2026-12-25, 2026-12-26\n        }\n', '2026-12-25, 2026-12-26\n', IssueCodes.MissingBrace, 'Add the missing } on the line before'],
        ['a missing { at the end of a line', HELPDESK, 'level P3Resolution "P3 resolution" for Helpdesk {', 'level P3Resolution "P3 resolution" for Helpdesk', IssueCodes.MissingBrace, 'Add { at the end of the line before']
    ];
    test.each(cases)('%s', async (_, base, from, to, code, title) => {
        const text = mistaken(base, from, to);
        const after = await fixed(text, code, title);
        const expected = code === IssueCodes.HashComment ? base.replace('    goals {\n', '    goals {\n        // why we do this\n') : base;
        expect(after).toBe(expected);
        expect(errors((await validate(after)).diagnostics)).toEqual([]);
    });
});

test('a hyphenated name is renamed where it is declared and everywhere it is used', async () => {
    const text = mistaken(MINIMAL, /\bShopUptime\b/g, 'Shop-Uptime');
    expect(errors((await validate(text)).diagnostics)).toEqual([expect.stringContaining(IssueCodes.NameFormat)]);
    const after = await fixed(text, IssueCodes.NameFormat, "Rename 'Shop-Uptime' to 'ShopUptime' everywhere");
    expect(after).toBe(MINIMAL);
    expect(errors((await validate(after)).diagnostics)).toEqual([]);
});

test('a date that reads two ways is offered both readings', async () => {
    const { actions } = await actionsFor(mistaken(MINIMAL, 'effective 2026-01-01', 'effective 03/01/2026'), withCode(IssueCodes.DateFormat));
    expect(actions.map(a => a.title)).toEqual(["Change to '2026-03-01'", "Change to '2026-01-03'"]);
});
