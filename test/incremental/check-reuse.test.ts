/**
 * Edits inside one item keep the reports of the checks that did not need to run again (validation/local-checks.ts,
 * incremental/node-checks.ts) and the tokens the text checks read (validation/text-leaves.ts). What they keep must
 * be what a full build reports: with ranges moved by the lines and columns the edit added, with the reports of the
 * edited item made afresh, with the checks that read names run again where what they read changed, and with the
 * agreement-wide checks run again.
 */
import { TextDocument, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { lastNodeChecks } from '../../packages/language/src/incremental/node-checks.js';
import { IssueCodes } from '../../packages/language/src/validation/issue-codes.js';
import { MINIMAL } from '../helpers.js';
import { DifferentialSession } from './differential.js';

function codesOf(session: DifferentialSession): unknown[] {
    return session.edited.shared.workspace.LangiumDocuments.getDocument(session.uri)!.diagnostics!.map(d => d.code);
}

/**
 * Diagnostics before and after the levels: a metric's duplicate field and zero interval, a `#` comment, a TODO, a
 * suggested value, a bidi control, a credit over 100 %, money in two currencies, and on the line where the first
 * level ends, a second level with a duplicate field.
 */
const AGREEMENT = `agreement Reuse "Reuse \u202E test" {
    version 1.0
    effective 2026-01-01 until 2026-12-31
    parties {
        provider Acme "Acme Ltd."
        customer Globex "Globex Corp."
    }
    goals {
        goal "TODO: what the shop is for"
    }
    services {
        service Shop "Web shop" {
            description "The public web shop."
        }
    }
    packages {
        package Basic "Basic" {
            price 100 EUR per month
        }
    }
    metrics {
        metric Uptime "Uptime" {
            kind ratio
            kind ratio
            unit %
            aggregation percent-of-intervals
            interval 0 minutes
            window calendar month
        }
    }
    levels {
        level ShopUptime "Shop uptime" for Shop {
            Uptime >= 99.5 %
            obliged Acme
        } level Second "Second" for Shop { Uptime >= 99.0 % obliged Acme obliged Acme }
        # a comment written the wrong way
        level Third "Third" for Shop {
            Uptime >= 98.0 %
        }
    }
    responsibilities {
        Globex must "report outages through the portal" within 1 hours excuses ShopUptime
    }
    exclusions {
        customer-caused "Outages caused by Globex's own changes"
    }
    remedies {
        credits for ShopUptime {
            when < 99.5 % and >= 99.0 % credit 10 %
            when < 99.0 % credit 150 %
        }
        credits for Third {
            when < 98.0 % credit 25? %
        }
        cap 25 % per month
        cap 500 USD per month
    }
    changes {
        proposed by Acme, Globex
        notice 30 days
        notice 10 days
    }
    review {
        every 6 months
        participants Acme, Globex
    }
}
`;

/** Replaces the first `from` after `after` with `to`. */
function replaced(text: string, after: string, from: string, to: string): string {
    const start = text.indexOf(after);
    const at = text.indexOf(from, start);
    if (start < 0 || at < 0) throw new Error(`'${from}' after '${after}' is not in the text`);
    return text.slice(0, at) + to + text.slice(at + from.length);
}

/** An edit: what it does, and the text after it made from the text before. */
type Step = [string, (text: string) => string];

/** Makes each edit in turn, from `text`, and compares the document with a full build after each. */
async function expectEachSameAsFullBuild(session: DifferentialSession, text: string, steps: readonly Step[]): Promise<void> {
    for (const [step, edit] of steps) {
        text = edit(text);
        await session.change(text);
        await session.expectSameAsFullBuild(step);
    }
}

/** Edits of the first level, each on the text before it; every one is re-parsed as that level alone. */
const LEVEL_EDITS: Step[] = [
    ['a longer title (columns move on its line only)', t => replaced(t, 'level ShopUptime', '"Shop uptime"', '"Shop uptime, all day"')],
    ['a new line (every later line moves)', t => replaced(t, 'level ShopUptime', 'obliged Acme', 'obliged Acme\n            // kept')],
    ['a longer last line (the second level moves along its line)', t => replaced(t, 'level ShopUptime', '        } level Second', '            // longer\n            } level Second')],
    ['a duplicate field in the edited level', t => replaced(t, 'level ShopUptime', 'obliged Acme', 'obliged Acme obliged Globex')],
    ['a bidi control, a TODO and a suggested value in the edited level', t => replaced(t, 'level ShopUptime', '"Shop uptime', '"TODO \u202E Shop uptime').replace('>= 99.5 %', '>= 99.5? %')],
    ['a `#` comment in the edited level', t => replaced(t, 'level ShopUptime', 'obliged Acme', 'obliged Acme # why')],
    ['a text without its closing quote', t => replaced(t, 'level ShopUptime', 'all day"', 'all day')],
    ['the quote closed', t => replaced(t, 'level ShopUptime', 'all day', 'all day"')],
    ['lines removed again', t => replaced(t, 'level ShopUptime', '\n            // kept', '')]
];

describe('edits inside one item keep what the rest reported', () => {
    test('editing a level between items with reports, step by step', async () => {
        const session = await DifferentialSession.start(AGREEMENT);
        await session.expectSameAsFullBuild('the agreement as written');
        expect(codesOf(session)).toEqual(expect.arrayContaining([
            IssueCodes.DuplicateField, IssueCodes.NonPositiveQuantity, IssueCodes.HashComment, IssueCodes.Placeholder,
            IssueCodes.BidiControl, IssueCodes.CreditOver100, IssueCodes.MixedCurrencies
        ]));
        await expectEachSameAsFullBuild(session, AGREEMENT, LEVEL_EDITS);
        expect(session.paths.get('spliced Level')).toBeGreaterThanOrEqual(5);
    });

    test('an edit of a name, a unit or a currency that checks of other items read', async () => {
        const session = await DifferentialSession.start(AGREEMENT);
        const steps: Step[] = [
            ['the metric renamed', t => replaced(t, 'metric Uptime', 'Uptime', 'Availability')],
            ['the metric named back', t => replaced(t, 'metric Availability', 'Availability', 'Uptime')],
            ['its unit changed', t => replaced(t, 'metric Uptime', 'unit %', 'unit minutes')],
            ['the price in dollars', t => replaced(t, 'package Basic', 'EUR', 'USD')],
            ['the level a schedule is for renamed', t => replaced(t, 'level Third', 'Third', 'Fourth')],
            ['the interval made valid', t => replaced(t, 'metric Uptime', 'interval 0 minutes', 'interval 1 minutes')],
            ['the duplicate kind removed', t => replaced(t, 'metric Uptime', 'kind ratio\n            kind ratio', 'kind ratio')]
        ];
        await expectEachSameAsFullBuild(session, AGREEMENT, steps);
        expect([...session.paths.keys()].some(path => path.startsWith('spliced'))).toBe(true);
    });

    test('an agreement checked again because the agreement it refines changed keeps its reports', async () => {
        const parentUri = URI.parse('file:///differential/parent.sla');
        const parent = MINIMAL.replace('agreement Minimal', 'agreement Parent');
        const child = AGREEMENT.replace('version 1.0', 'version 1.0\n    refines Parent');
        const session = await DifferentialSession.start(child, { others: [{ uri: parentUri.toString(), text: parent }] });
        await session.change(replaced(child, 'level ShopUptime', '"Shop uptime"', '"Shop uptime, all day"'));
        await session.expectSameAsFullBuild('the level edited');
        const { workspace } = session.edited.shared;
        const document = workspace.LangiumDocuments.getDocument(session.uri)!;
        const root = document.parseResult.value;
        const before = document.diagnostics;
        // The parent changes (a new line at its end): the agreement that refines it is linked and checked again.
        workspace.TextDocuments!.set(TextDocument.create(parentUri.toString(), 'sla', 1, `${parent}\n`));
        await workspace.DocumentBuilder.update([parentUri], []);
        expect(document.parseResult.value).toBe(root);
        expect(document.diagnostics).not.toBe(before);
        await session.expectSameAsFullBuild('checked again after the parent changed');
    });
});

/**
 * Items whose checks read names through their references and beyond: levels read their metric's unit and their
 * obliged party's role (or, without `obliged`, every party's), schedules their level's metric, the caps and the
 * packages, a duty the parties and levels, a purchase its package and customer, a service its providers.
 */
const NAMES = `agreement Names "Names" {
    version 1.0
    effective 2026-01-01 until 2026-12-31
    parties {
        provider Acme "Acme Ltd." {
            signatory "Dana Fischer" "Managing Director"
        }
        customer Globex "Globex Corp." {
            signatory "Martin Keller" "CFO"
        }
    }
    services {
        service Shop "Web shop" {
            description "The public web shop."
            provided by Acme
        }
    }
    packages {
        package Basic "Basic" {
            price 100 EUR per month
        }
    }
    metrics {
        metric Uptime "Uptime" {
            kind ratio
            unit %
            aggregation percent-of-intervals
            interval 5 minutes
            window calendar month
        }
        metric Response "Response time" {
            kind duration
            unit minutes
            aggregation mean
            window calendar month
        }
    }
    levels {
        level ShopUptime "Shop uptime" for Shop {
            Uptime >= 99.5 %
            obliged Acme
        }
        level ShopResponse "Shop response" for Shop {
            Response <= 30 minutes
        }
        level Quick "Quick" for Shop {
            Response <= 20 minutes
            obliged Globex
        }
    }
    responsibilities {
        Globex must "report outages through the portal" within 1 hours excuses ShopUptime
        Acme must "keep the status page current" excuses Quick
    }
    remedies {
        credits for ShopUptime {
            when < 99.5 % and >= 99.0 % credit 10 %
            when < 99.0 % credit 30 %
        }
        credits for ShopResponse {
            when > 30 minutes credit 5 %
        }
        cap 25 % per month
    }
    purchases {
        Globex takes Basic from 2026-02-01
    }
}
`;

describe('checks that read names keep their reports while what they read is unchanged', () => {
    test('edits of what other items read, each compared with a full build', async () => {
        const session = await DifferentialSession.start(NAMES);
        await session.expectSameAsFullBuild('the agreement as written');
        const steps: Step[] = [
            ['a level title edited', t => replaced(t, 'level ShopResponse', '"Shop response"', '"Shop response time"')],
            ['a metric\u2019s unit changed (thresholds and tier bounds read it)', t => replaced(t, 'metric Uptime', 'unit %', 'unit minutes')],
            ['the unit back', t => replaced(t, 'metric Uptime', 'unit minutes', 'unit %')],
            ['a level measured by another metric (its schedule\u2019s bounds read it)', t => replaced(t, 'level ShopUptime', 'Uptime >= 99.5 %', 'Response >= 99.5 %')],
            ['the metric back', t => replaced(t, 'level ShopUptime', 'Response >= 99.5 %', 'Uptime >= 99.5 %')],
            ['a cap lowered below a tier', t => replaced(t, 'remedies', 'cap 25 %', 'cap 8 %')],
            ['a second package', t => replaced(t, 'packages', '    }\n    metrics', '    package Plus "Plus" {\n            price 200 EUR per month\n        }\n    }\n    metrics')],
            ['a second purchase (which package the schedules\u2019 percentages are of is open)', t => replaced(t, 'purchases', 'from 2026-02-01', 'from 2026-02-01\n        Globex takes Plus from 2026-03-01')],
            ['the second purchase removed', t => replaced(t, 'purchases', '\n        Globex takes Plus from 2026-03-01', '')],
            ['a package priced per workstation (the schedules\u2019 basis)', t => replaced(t, 'package Basic', 'per month', 'per workstation per month')],
            ['the provider made a monitor (levels, services and duties read its role)', t => replaced(t, 'parties', 'provider Acme', 'monitor Acme')],
            ['the customer made a provider (the purchase and duties read its role)', t => replaced(t, 'parties', 'customer Globex', 'provider Globex')],
            ['roles back', t => replaced(replaced(t, 'parties', 'monitor Acme', 'provider Acme'), 'parties', 'provider Globex', 'customer Globex')],
            ['a metric renamed (levels that use it no longer resolve)', t => replaced(t, 'metric Response', 'Response', 'Reaction')],
            ['named back', t => replaced(t, 'metric Reaction', 'Reaction', 'Response')],
            ['a party renamed', t => replaced(t, 'parties', 'provider Acme', 'provider AcmeCo')],
            ['a level renamed (its schedule and duty no longer resolve)', t => replaced(t, 'level Quick', 'Quick', 'Fast')],
            ['another level declared with the old name', t => replaced(t, 'level ShopUptime', 'level ShopUptime', 'level Quick "Q" for Shop {\n            Uptime >= 99.0 %\n        }\n        level ShopUptime')],
            ['a level edited again after the renames', t => replaced(t, 'level ShopResponse', '"Shop response time"', '"Shop response"')]
        ];
        await expectEachSameAsFullBuild(session, NAMES, steps);
        expect([...session.paths.keys()].filter(path => path.startsWith('spliced')).length).toBeGreaterThanOrEqual(3);
    });

    test('an edit of a level\u2019s title replays the other items and runs only the checks of the items that read it', async () => {
        const session = await DifferentialSession.start(NAMES);
        await session.change(replaced(NAMES, 'level Quick', '"Quick"', '"Quick answer"'));
        // (Read before the full build compared with, which is a validation too.)
        const titleEdited = { ...lastNodeChecks };
        await session.expectSameAsFullBuild('the title edited');
        expect(session.paths.get('spliced Level')).toBe(1);
        // The parties, service, package, metrics, the other levels and the purchase are replayed as blocks; the
        // duty that excuses the level and the schedules (whose basis reads every level) run again.
        expect(titleEdited.replayedItems).toBeGreaterThanOrEqual(8);
        expect(titleEdited.nameChecksRun).toBeGreaterThan(0);
        // An edit of a metric no schedule's basis reads: the schedules too are replayed, and fewer nodes walked.
        await session.change(replaced(replaced(NAMES, 'level Quick', '"Quick"', '"Quick answer"'), 'metric Uptime', '"Uptime"', '"Up time"'));
        const metricEdited = { ...lastNodeChecks };
        await session.expectSameAsFullBuild('a metric\u2019s title edited');
        expect(metricEdited.walked).toBeLessThan(titleEdited.walked);
        expect(metricEdited.replayedItems).toBeGreaterThan(titleEdited.replayedItems);
    });
});
