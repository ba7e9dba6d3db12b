/** Completion offers only what is valid at the cursor, with documentation. */
import { expectCompletion } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import { SECTIONS } from '../../packages/language/src/catalogue/sections.js';
import { clearDocumentsAfterEach, MINIMAL, readExample, services } from '../helpers.js';

clearDocumentsAfterEach();

const complete = expectCompletion(services.Sla);
const HELPDESK = readExample('managed-it-helpdesk.sla');

/** Completion at the `<|>` that replaces `from` in `text`. */
async function itemsAt(text: string, from: string, to: string): Promise<CompletionItem[]> {
    expect(text).toContain(from);
    let items: CompletionItem[] = [];
    await complete({ text: text.replace(from, to), index: 0, disposeAfterCheck: true, assert: (list: CompletionList) => { items = list.items; } });
    return items;
}

const labels = (items: CompletionItem[]) => items.map(i => i.label);
const documentation = (item: CompletionItem | undefined) => typeof item?.documentation === 'object' ? item.documentation.value : item?.documentation;

describe('clause library snippets', () => {
    const WITH_CLAUSES = MINIMAL.replace(/\n\}\n$/, '\n    clauses {\n        clause Liability "Limitation of liability" {\n            paragraph "Capped."\n        }\n        <|>\n    }\n}\n');

    test('inside clauses, offer the library clauses the agreement does not have, with TODO where the parties decide', async () => {
        let items: CompletionItem[] = [];
        await complete({ text: WITH_CLAUSES, index: 0, disposeAfterCheck: true, assert: (list: CompletionList) => { items = list.items; } });
        const snippets = items.filter(item => item.kind === CompletionItemKind.Snippet);
        expect(snippets.map(item => item.label)).toEqual(['clause Precedence', 'clause Payment', 'clause Termination', 'clause Confidentiality',
            'clause DataProtection', 'clause GoverningLaw', 'clause Notices']);
        const law = snippets.find(item => item.label === 'clause GoverningLaw')!;
        expect(law.insertTextFormat).toBe(InsertTextFormat.Snippet);
        expect(law.detail).toBe('Governing law and jurisdiction (clause library)');
        expect(law.textEdit?.newText).toContain('clause GoverningLaw "Governing law and jurisdiction" {\n    paragraph "This agreement is governed by the law of TODO: country or state."');
        expect(law.textEdit?.newText).toMatch(/\\\}\$0$/);
        expect(labels(items)).toContain('clause');
    });
});

describe('section snippets', () => {
    test('offer the sections the agreement lacks, and no section it has', async () => {
        const items = await itemsAt(MINIMAL, '    goals {', '    <|>\n    goals {');
        // In the order an editor shows them: by sortText, the catalogue's order.
        const shown = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
        expect(labels(shown)).toEqual(['definitions', 'calendars', 'packages', 'purchases', 'segments', 'reporting', 'clauses']);
    });

    test('insert the catalogue skeleton with tab stops, named after the agreement\'s declarations, and explain why', async () => {
        const items = await itemsAt(MINIMAL, '    goals {', '    rep<|>\n    goals {');
        const reporting = SECTIONS.find(s => s.id === 'reporting')!;
        expect(items).toHaveLength(1);
        expect(items[0]).toMatchObject({
            label: 'reporting', kind: CompletionItemKind.Snippet, insertTextFormat: InsertTextFormat.Snippet,
            detail: 'Reporting (recommended section)'
        });
        expect(items[0].textEdit?.newText).toContain('from Acme\n        to Globex');
        // The suggested value is marked inside the tab stop: typing over it replaces the mark too.
        expect(items[0].textEdit?.newText).toContain('${3:5?} business days');
        expect(documentation(items[0])).toContain(reporting.why);
        expect(documentation(items[0])).toContain('Example: `reporting {');
    });

    test('an empty agreement is offered every section and header field', async () => {
        const items = await itemsAt('agreement A {\n    <|>\n}\n', '<|>', '<|>');
        expect(labels(items)).toEqual(expect.arrayContaining([...SECTIONS.map(s => s.keyword), 'version', 'status', 'effective']));
    });
});

describe('locale', () => {
    test('after `locale` the locales are offered once each, the default first, with what they set', async () => {
        const items = await itemsAt(MINIMAL, '    version 1.0\n', '    version 1.0\n    locale <|>\n');
        expect(labels(items)).toEqual(['en-GB', 'en-US', 'de-DE']);
        expect(items[1].detail).toBe('English (United States)');
        expect(documentation(items[1])).toBe('Rendered in English (United States): its dates, numbers and spelling, on Letter paper.');
        expect(documentation(items[0])).toContain('The default for an agreement without `locale`.');
    });

    test('`locale` is offered among the header fields', async () => {
        const items = await itemsAt(MINIMAL, '    version 1.0\n', '    version 1.0\n    <|>\n');
        expect(labels(items)).toContain('locale');
    });
});

describe('keywords of the block', () => {
    test('a metric block offers only the fields it does not have yet', async () => {
        const items = await itemsAt(MINIMAL, '            window calendar month\n', '            window calendar month\n            <|>\n');
        expect(labels(items).sort()).toEqual(['description', 'minimum', 'missing', 'scope', 'source']);
    });

    test('header fields already given are not offered again', async () => {
        const items = await itemsAt(MINIMAL, '    version 1.0\n', '    version 1.0\n    <|>\n');
        expect(labels(items)).not.toContain('version');
        expect(labels(items)).not.toContain('effective');
        expect(labels(items)).toContain('status');
    });
});

describe('names of the right kind', () => {
    test('after `obliged`: the parties, each with its role and legal name', async () => {
        const items = await itemsAt(MINIMAL, 'obliged Acme', 'obliged <|>');
        expect(items.map(i => [i.label, i.detail])).toEqual([['Acme', 'Provider'], ['Globex', 'Customer']]);
        expect(documentation(items[0])).toContain('Acme Ltd.');
    });

    test('after `excuses`: the levels, with their targets', async () => {
        const items = await itemsAt(MINIMAL, 'excuses ShopUptime', 'excuses <|>');
        expect(items.map(i => [i.label, i.detail])).toEqual([['all', 'Keyword'], ['ShopUptime', 'level: Uptime at least 99.5 %']]);
        expect(documentation(items[0])).toContain('Every level another party must meet');
    });

    test('in a target: the metrics, with unit and window', async () => {
        const items = await itemsAt(HELPDESK, '            Satisfaction >= 4.2 points', '            <|>');
        expect(items.find(i => i.label === 'ResponseTime')).toMatchObject({ detail: 'metric, in business minutes, per calendar month' });
        expect(labels(items.filter(i => i.kind !== CompletionItemKind.Snippet))).toEqual(['ResponseTime', 'ResolutionTime', 'Satisfaction']);
    });

    test('a list does not offer the names it already holds', async () => {
        expect(labels(await itemsAt(MINIMAL, 'participants Acme, Globex', 'participants Acme, <|>'))).toEqual(['Globex']);
    });

    test('a segment reference offers the segments', async () => {
        expect(labels(await itemsAt(HELPDESK, 'segment P1\n', 'segment <|>\n'))).toEqual(['P1', 'P2', 'P3', 'P4']);
    });
});

describe('units that fit', () => {
    test('a threshold takes its metric\'s unit, with `business` for durations', async () => {
        const items = await itemsAt(HELPDESK, 'ResponseTime <= 15 business minutes', 'ResponseTime <= 15 <|>');
        expect(labels(items)).toEqual(['minutes', 'hours', 'days', 'weeks', 'months', 'quarters', 'years', 'seconds', 'ms', 'business']);
    });

    test('a percentage metric\'s threshold takes %', async () => {
        expect(labels(await itemsAt(MINIMAL, 'Uptime >= 99.5 %', 'Uptime >= 99.5 <|>'))).toEqual(['%']);
    });

    test('a credit tier\'s bound takes % when the level counts a share of tickets', async () => {
        expect(labels(await itemsAt(HELPDESK, 'when < 90 % and', 'when < 90 <|> and'))).toEqual(['%']);
    });

    test('a credit takes % or money, the agreement\'s currency first', async () => {
        const items = labels(await itemsAt(HELPDESK, 'credit 5 %', 'credit 5 <|>'));
        expect(items.slice(0, 3)).toEqual(['%', 'EUR', 'USD']);
        expect(items).not.toContain('hours');
    });

    test('a notice period takes durations', async () => {
        expect(labels(await itemsAt(MINIMAL, 'notice 30 days', 'notice 30 d<|>'))).toEqual(['days']);
    });

    test('a price takes a currency, and `per` takes periods and countable things', async () => {
        expect(labels(await itemsAt(HELPDESK, 'price 4800 EUR per month', 'price 4800 <|>'))[0]).toBe('EUR');
        const per = labels(await itemsAt(HELPDESK, 'price 4800 EUR per month', 'price 4800 EUR per <|>'));
        expect(per).toEqual(expect.arrayContaining(['month', 'hour', 'workstation', 'user']));
        expect(per).not.toContain('EUR');
    });

    test('a metric\'s own unit may be anything', async () => {
        expect(labels(await itemsAt(MINIMAL, 'unit %', 'unit <|>'))).toEqual(expect.arrayContaining(['%', 'minutes', 'attempts', 'EUR', 'business']));
    });
});

describe('enumerated values', () => {
    test('metric kinds, each explained', async () => {
        const items = await itemsAt(MINIMAL, 'kind ratio', 'kind <|>');
        expect(labels(items)).toEqual(['ratio', 'duration', 'count', 'average', 'score']);
        expect(documentation(items[0])).toContain('share of all');
    });

    test('aggregations explain how they differ', async () => {
        const items = await itemsAt(MINIMAL, 'aggregation percent-of-intervals', 'aggregation <|>');
        expect(documentation(items.find(i => i.label === 'percent-of-intervals'))).toContain('not the same number as a mean of per-interval rates');
    });

    test('comparators after a target\'s metric', async () => {
        const items = await itemsAt(MINIMAL, 'Uptime >= 99.5 %', 'Uptime <|>');
        expect(labels(items)).toEqual(['<=', '<', '>=', '>', '=']);
        expect(documentation(items[2])).toBe('Compares with the threshold: at least.\n\nExample: `Uptime >= 99.9 %`');
    });

    test('party roles', async () => {
        const items = await itemsAt(MINIMAL, '        customer Globex "Globex Corp."\n', '        customer Globex "Globex Corp."\n        <|>\n');
        expect(labels(items)).toEqual(expect.arrayContaining(['provider', 'customer', 'subcontractor', 'monitor', 'party']));
    });

    test('segment dimensions: those in use first, then common ones', async () => {
        const items = await itemsAt(HELPDESK, '        priority P4 "Low', '        <|>\n        priority P4 "Low');
        expect(labels(items)).toEqual(['priority', 'severity', 'lead', 'region', 'service', 'customer', 'segment']);
    });
});

describe('where a contract manager stops', () => {
    test('after `in 95 % of`: what the share counts, the metric\'s own items first, each explained', async () => {
        const items = await itemsAt(HELPDESK, 'ResponseTime <= 15 business minutes in 95 % of tickets', 'ResponseTime <= 15 business minutes in 95 % of <|>');
        expect(labels(items)[0]).toBe('tickets');
        expect(labels(items)).toEqual(expect.arrayContaining(['incidents', 'requests', 'leads']));
        expect(documentation(items[0])).toContain('Example: `ResponseTime <= 15 minutes in 95 % of tickets`');
    });

    test('after `business`: only the units business time is counted in, not `business` again, `ms` or `seconds`', async () => {
        expect(labels(await itemsAt(HELPDESK, 'ResponseTime <= 15 business minutes', 'ResponseTime <= 15 business <|>')))
            .toEqual(['minutes', 'hours', 'days', 'weeks']);
        expect(labels(await itemsAt(HELPDESK, 'unit business minutes', 'unit business <|>'))).toEqual(['minutes', 'hours', 'days', 'weeks']);
    });

    test('after 1: the singular first, the plural still offered', async () => {
        const items = labels(await itemsAt(MINIMAL, 'interval 1 minutes', 'interval 1 <|>'));
        expect(items.slice(0, 3)).toEqual(['minute', 'hour', 'day']);
        expect(items).toContain('minutes');
    });

    test('an empty level offers a whole target per metric, besides the metric names, its suggested numbers marked', async () => {
        const items = await itemsAt(HELPDESK, '            Satisfaction >= 4.2 points', '            <|>');
        const target = items.find(i => i.label === 'ResponseTime <= 30 business minutes in 95 % of tickets');
        expect(target).toMatchObject({ kind: CompletionItemKind.Snippet, insertTextFormat: InsertTextFormat.Snippet });
        expect(target!.textEdit?.newText).toBe('ResponseTime <= ${1:30?} business minutes in ${2:95?} % of ${3:tickets}');
        const empty = await itemsAt(MINIMAL, '            Uptime >= 99.5 %\n', '            <|>\n');
        expect(empty.find(i => i.kind === CompletionItemKind.Snippet)?.textEdit?.newText).toBe('Uptime >= ${1:99.5?} %');
    });

    test('no target is offered after the level has one', async () => {
        const items = await itemsAt(MINIMAL, '            obliged Acme\n', '            obliged Acme\n            <|>\n');
        expect(items.filter(i => i.kind === CompletionItemKind.Snippet)).toEqual([]);
    });

    test('period words after `per` in a cap, after `every` and after `calendar`, each explained', async () => {
        for (const [from, to] of [['cap 25 % per month', 'cap 25 % per <|>'], ['every 6 months', 'every <|>'], ['window calendar month', 'window calendar <|>']]) {
            const items = await itemsAt(MINIMAL, from, to);
            expect(labels(items), to).toEqual(expect.arrayContaining(['day', 'week', 'month', 'quarter', 'year']));
            expect(labels(items), to).not.toContain('%');
            expect(documentation(items.find(i => i.label === 'month'))).toContain('Example: `');
        }
    });

    test('after a number in a cadence: durations', async () => {
        expect(labels(await itemsAt(MINIMAL, 'every 6 months', 'every 6 <|>'))).toEqual(expect.arrayContaining(['months', 'weeks']));
    });

    test('units come with what they measure and an example', async () => {
        const items = await itemsAt(MINIMAL, 'notice 30 days', 'notice 30 <|>');
        expect(documentation(items.find(i => i.label === 'days'))).toBe('A length of time in days; with `business` in front, only the hours of the service\'s calendar count.\n\nExample: `4 days`');
    });

    test('time zones after `timezone`, the agreement\'s own first; currency codes after `currencies`', async () => {
        const zoned = MINIMAL.replace('    version 1.0\n', '    version 1.0\n    timezone "Europe/Berlin"\n');
        const calendar = zoned.replace('    services {', '    calendars {\n        calendar Office {\n            timezone "UTC"\n        }\n    }\n    services {');
        const zones = labels(await itemsAt(calendar, 'timezone "UTC"', 'timezone <|>'));
        expect(zones[0]).toBe('"Europe/Berlin"');
        expect(zones).toEqual(expect.arrayContaining(['"America/New_York"', '"Asia/Tokyo"']));
        const currencies = labels(await itemsAt(MINIMAL.replace('    version 1.0\n', '    version 1.0\n    currencies EUR, USD\n'), 'currencies EUR, USD', 'currencies EUR, <|>'));
        expect(currencies).toEqual(expect.arrayContaining(['USD', 'GBP']));
        expect(currencies).not.toContain('EUR');
    });

    test('dates year-month-day, the end of a term a day before its anniversary; times on a 24-hour clock; suggestions marked', async () => {
        const until = await itemsAt(MINIMAL, 'until 2026-12-31', 'until <|>');
        expect(until.map(i => [i.label, i.textEdit?.newText])).toEqual([['2026-12-31', '${1:2026}-${2:12}-${3:31?}']]);
        expect(documentation(until[0])).toContain('Dates are written year-month-day');
        expect(labels(await itemsAt(MINIMAL, 'effective 2026-01-01', 'effective <|>'))[0]).toMatch(/^\d{4}-\d{2}-01$/);
        const calendar = MINIMAL.replace('    services {', '    calendars {\n        calendar Office {\n            hours 08:00 to 18:00\n        }\n    }\n    services {');
        expect(labels(await itemsAt(calendar, 'hours 08:00 to 18:00', 'hours <|>'))).toEqual(['08:00']);
        expect((await itemsAt(calendar, 'hours 08:00 to 18:00', 'hours 08:00 to <|>')).map(i => [i.label, i.textEdit?.newText])).toEqual([['18:00', '${1:18:00?}']]);
    });
});
