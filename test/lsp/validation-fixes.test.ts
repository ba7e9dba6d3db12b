/**
 * Quick fixes for unresolved names and for the validator's codes: each removes its diagnostic, adds no error and
 * only inserts text or replaces the range it names.
 */
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach, MINIMAL, validate } from '../helpers.js';
import { actionsFor, apply, codesOf, errors, replacedText, withCode } from './code-action-helpers.js';

clearDocumentsAfterEach();

/** The titles of the fixes for `code` in `text`, and the text after the one titled `chosen`. */
async function fixWith(text: string, code: string, chosen?: string) {
    const { actions, uri, diagnostics } = await actionsFor(text, withCode(code));
    expect(diagnostics.length).toBeGreaterThan(0);
    const action = chosen === undefined ? actions[0] : actions.find(a => a.title === chosen);
    expect(action, `no fix titled ${chosen} among ${actions.map(a => a.title)}`).toBeDefined();
    const fixed = apply(text, action!, uri);
    const after = await validate(fixed);
    return { titles: actions.map(a => a.title), fixed, after, replaced: replacedText(text, action!, uri) };
}

/** Every error of `text` except those with `code`: a fix may remove only its own diagnostic's errors, and add none. */
async function otherErrors(text: string, code: string): Promise<string[]> {
    return codesOf((await validate(text)).diagnostics.filter(d => d.severity === 1)).filter(c => c !== code).sort();
}

describe('unresolved names', () => {
    test('did-you-mean offers the closest declared names of the right kind', async () => {
        const text = MINIMAL.replace('obliged Acme', 'obliged Acm');
        const { titles, fixed, replaced } = await fixWith(text, 'sla-unresolved-reference', "Change to 'Acme'");
        expect(titles).toEqual(["Change to 'Acme'", "Declare party 'Acm'"]);
        expect(replaced).toEqual(['Acm']);
        expect(fixed).toBe(MINIMAL);
    });

    test('an undeclared party is declared in the parties section, with the role its uses suggest', async () => {
        const text = MINIMAL.replace('obliged Acme', 'obliged Initech');
        const { fixed, after, replaced } = await fixWith(text, 'sla-unresolved-reference', "Declare party 'Initech'");
        expect(replaced).toEqual([]);
        expect(fixed).toContain('        customer Globex "Globex Corp."\n        provider Initech "TODO: legal name of Initech"\n    }');
        expect(errors(after.diagnostics)).toEqual([]);
    });

    test('an undeclared metric is declared with the unit and kind its threshold implies', async () => {
        const text = MINIMAL.replace('            obliged Acme\n        }\n', '            obliged Acme\n        }\n        level Fast for Shop {\n            Latency <= 200 ms\n            obliged Acme\n        }\n');
        const { fixed, after } = await fixWith(text, 'sla-unresolved-reference', "Declare metric 'Latency'");
        expect(fixed).toContain(`        metric Latency "TODO: metric title" {
            kind duration
            unit ms
            aggregation maximum
            window calendar month
            source "TODO: where the measurements come from"
        }
    }`);
        expect(errors(after.diagnostics)).toEqual([]);
    });

    test('a level named but not declared gets a target its credit tiers fit', async () => {
        const text = MINIMAL.replace('credits for ShopUptime', 'credits for CheckoutUptime');
        const { fixed, after } = await fixWith(text, 'sla-unresolved-reference', "Declare level 'CheckoutUptime'");
        expect(fixed).toContain('        level CheckoutUptime "TODO: level title" {\n            Uptime >= 99.5? %\n            obliged Acme\n        }\n');
        expect(errors(after.diagnostics)).toEqual([]);
    });
});

describe('units', () => {
    test('a number without its unit gets the unit its metric is measured in', async () => {
        const text = MINIMAL.replace('Uptime >= 99.5 %', 'Uptime >= 99.5');
        const { titles, fixed, replaced } = await fixWith(text, 'sla-missing-unit');
        expect(titles).toEqual(["Add the unit '%'"]);
        expect(replaced).toEqual([]);
        expect(fixed).toBe(MINIMAL);
    });

    test('a notice period without its unit is offered time units', async () => {
        const text = MINIMAL.replace('notice 30 days', 'notice 30');
        const { titles, after } = await fixWith(text, 'sla-missing-unit', "Add the unit 'days'");
        expect(titles).toEqual(["Add the unit 'days'", "Add the unit 'hours'", "Add the unit 'minutes'"]);
        expect(errors(after.diagnostics)).toEqual([]);
    });

    test('a misspelt unit is corrected', async () => {
        const { titles, fixed } = await fixWith(MINIMAL.replace('notice 30 days', 'notice 30 dayz'), 'sla-unknown-unit');
        expect(titles).toEqual(["Change to 'days'"]);
        expect(fixed).toBe(MINIMAL);
    });

    test('a locale that does not exist is replaced by the ones meant', async () => {
        const text = MINIMAL.replace('    version 1.0\n', '    version 1.0\n    locale en_US\n');
        const { titles, fixed, after } = await fixWith(text, 'sla-unknown-locale');
        expect(titles).toEqual(["Change to 'en-US'"]);
        expect(fixed).toBe(MINIMAL.replace('    version 1.0\n', '    version 1.0\n    locale en-US\n'));
        expect(errors(after.diagnostics)).toEqual([]);
        const english = await fixWith(MINIMAL.replace('    version 1.0\n', '    version 1.0\n    locale "English"\n'), 'sla-unknown-locale');
        expect(english.titles).toEqual(["Change to 'en-GB'", "Change to 'en-US'"]);
        expect(english.replaced).toEqual(['"English"']);
    });

    test('a threshold in the wrong kind of unit takes its metric\'s unit', async () => {
        const { titles, fixed, replaced } = await fixWith(MINIMAL.replace('Uptime >= 99.5 %', 'Uptime >= 99.5 business hours'), 'sla-unit-mismatch');
        expect(titles).toEqual(["Change the unit to '%'"]);
        expect(replaced).toEqual(['business hours']);
        expect(fixed).toBe(MINIMAL);
    });

    const PACKAGES = '    packages {\n        package Basic {\n            includes Shop\n            price 100 EUR per month\n            extra 90 USD per hour "Extra work"\n        }\n    }\n';

    test('amounts in several currencies get the `currencies` header they need', async () => {
        const text = MINIMAL.replace('    metrics {', `${PACKAGES}    metrics {`);
        const { titles, fixed, after } = await fixWith(text, 'sla-mixed-currencies');
        expect(titles).toEqual(['Declare the currencies: currencies EUR, USD']);
        expect(fixed).toContain('    effective 2026-01-01 until 2026-12-31\n    currencies EUR, USD\n    parties {');
        expect(codesOf(after.diagnostics)).not.toContain('sla-mixed-currencies');
    });

    test('a price without a currency takes one the agreement uses', async () => {
        const text = MINIMAL.replace('    metrics {', `${PACKAGES.replace('90 USD', '90 EUR').replace('100 EUR per month', '100 hours per month')}    metrics {`);
        const { titles, fixed } = await fixWith(text, 'sla-money-without-currency');
        expect(titles).toEqual(["Change the unit to 'EUR'"]);
        expect(fixed).toContain('price 100 EUR per month');
    });
});

describe('parties', () => {
    test('a party without a role is given one', async () => {
        const text = MINIMAL.replace('        customer Globex "Globex Corp."\n', '        customer Globex "Globex Corp."\n        party Vigil "Vigil Probes Ltd."\n');
        const { titles, fixed, after } = await fixWith(text, 'sla-party-without-role', 'Make it a monitor');
        expect(titles).toEqual(['Make it a provider', 'Make it a customer', 'Make it a subcontractor', 'Make it a monitor']);
        expect(fixed).toContain('        monitor Vigil "Vigil Probes Ltd."\n');
        expect(codesOf(after.diagnostics)).not.toContain('sla-party-without-role');
    });

    test('an agreement without a provider gets one declared', async () => {
        const text = MINIMAL.replace('provider Acme', 'subcontractor Acme');
        const { fixed, after } = await fixWith(text, 'sla-no-provider');
        expect(fixed).toContain('        customer Globex "Globex Corp."\n        provider Provider "TODO: legal name of Provider"\n    }');
        expect(codesOf(after.diagnostics)).not.toContain('sla-no-provider');
        expect(codesOf(after.diagnostics.filter(d => d.severity === 1)).sort()).toEqual(await otherErrors(text, 'sla-no-provider'));
    });

    test('an agreement without a customer gets one declared', async () => {
        const text = MINIMAL.replace('customer Globex', 'subcontractor Globex');
        const { fixed, after } = await fixWith(text, 'sla-no-customer');
        expect(fixed).toContain('        subcontractor Globex "Globex Corp."\n        customer Customer "TODO: legal name of Customer"\n    }');
        expect(codesOf(after.diagnostics)).not.toContain('sla-no-customer');
    });

    test('a level of an agreement with two providers is given the one obliged to meet it', async () => {
        const text = MINIMAL.replace('        customer Globex', '        provider Hostco "Hostco AB"\n        customer Globex').replace('            obliged Acme\n', '');
        const { titles, fixed, after } = await fixWith(text, 'sla-obliged-party-missing', 'Oblige Hostco');
        expect(titles).toEqual(['Oblige Acme', 'Oblige Hostco']);
        expect(fixed).toContain('            Uptime >= 99.5 %\n            obliged Hostco\n        }');
        expect(codesOf(after.diagnostics)).not.toContain('sla-obliged-party-missing');
    });
});

describe('credit tiers and fairness', () => {
    test('credits that shrink as performance falls are reordered among the tiers', async () => {
        const text = MINIMAL.replace('credit 10 %', 'credit 2X %').replace('credit 25 %', 'credit 10 %').replace('credit 2X %', 'credit 25 %');
        const { titles, fixed, replaced } = await fixWith(text, 'sla-tier-not-monotone');
        expect(titles).toEqual(['Reorder the credits so that they grow as performance falls']);
        expect(replaced.sort()).toEqual(['10 %', '25 %']);
        expect(fixed).toBe(MINIMAL);
    });

    const UNFAIR = MINIMAL.replace(' excuses ShopUptime', '').replace('customer-caused "Outages caused by Globex\'s own changes"', 'force-majeure "Storms"');

    test('credits nothing excuses: a customer-caused exclusion for the level', async () => {
        const { titles, fixed, after } = await fixWith(UNFAIR, 'sla-no-customer-excusal', "Add a customer-caused exclusion for 'ShopUptime'");
        expect(titles).toEqual(["Add a customer-caused exclusion for 'ShopUptime'", "Let Globex's duty excuse 'ShopUptime'"]);
        expect(fixed).toContain('        force-majeure "Storms"\n        customer-caused "TODO: what the customer can cause that affects Shop uptime" applies to ShopUptime\n    }');
        expect(codesOf(after.diagnostics)).not.toContain('sla-no-customer-excusal');
    });

    test('credits nothing excuses: the customer\'s duty excuses the level', async () => {
        const { fixed, after } = await fixWith(UNFAIR, 'sla-no-customer-excusal', "Let Globex's duty excuse 'ShopUptime'");
        expect(fixed).toBe(UNFAIR.replace('within 1 hours', 'within 1 hours excuses ShopUptime'));
        expect(codesOf(after.diagnostics)).not.toContain('sla-no-customer-excusal');
    });
});

describe('business time', () => {
    test('business time in an agreement without calendars: the calendars section', async () => {
        const text = MINIMAL.replace('within 1 hours', 'within 1 business hours');
        const { titles, fixed, after } = await fixWith(text, 'sla-business-time-without-calendar');
        expect(titles).toEqual(["Add the 'calendars' section"]);
        expect(fixed).toContain('    }\n    calendars {\n        calendar BusinessHours "Business hours" {\n            days monday to friday\n            hours 08:00? to 18:00?\n        }\n    }\n    services {');
        expect(codesOf(after.diagnostics)).not.toContain('sla-business-time-without-calendar');
    });

    test('services of a business-time level are counted in a calendar', async () => {
        const text = MINIMAL
            .replace('    services {', '    calendars {\n        calendar OfficeHours {\n            days monday to friday\n            hours 08:00 to 18:00\n        }\n    }\n    services {')
            .replace('            unit %\n            aggregation percent-of-intervals\n            interval 1 minutes\n', '            unit %\n            aggregation percent-of-intervals\n            interval 1 minutes\n        }\n        metric Resolution {\n            kind duration\n            unit business hours\n            aggregation per-ticket\n')
            .replace('    responsibilities {', '    responsibilities {\n        Globex must "describe every fault" excuses Fix')
            .replace('            obliged Acme\n        }\n', '            obliged Acme\n        }\n        level Fix for Shop {\n            Resolution <= 8 business hours\n            obliged Acme\n        }\n');
        const { titles, fixed, after } = await fixWith(text, 'sla-business-time-without-calendar');
        expect(titles).toEqual(["Count 'Shop' in the hours of 'OfficeHours'"]);
        expect(fixed).toContain('            description "The public web shop."\n            hours OfficeHours\n        }');
        expect(codesOf(after.diagnostics)).not.toContain('sla-business-time-without-calendar');
    });
});
