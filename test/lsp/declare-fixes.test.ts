/**
 * Every kind of name the agreement can refer to but not declare gets a fix that declares it, in the section for its
 * kind (added at its canonical place when missing), besides the did-you-mean fixes; the fixed agreement has no error.
 */
import { describe, expect, test } from 'vitest';
import { clearDocumentsAfterEach, MINIMAL, validate } from '../helpers.js';
import { actionsFor, apply, errors, replacedText, withCode } from './code-action-helpers.js';

clearDocumentsAfterEach();

async function declare(text: string, title: string) {
    const { actions, uri } = await actionsFor(text, withCode('sla-unresolved-reference'));
    const action = actions.find(a => a.title === title);
    expect(action, `no fix titled ${title} among ${actions.map(a => a.title).join('; ')}`).toBeDefined();
    expect(replacedText(text, action!, uri)).toEqual([]);
    const fixed = apply(text, action!, uri);
    return { fixed, errors: errors((await validate(fixed)).diagnostics), titles: actions.map(a => a.title) };
}

const WITH_CALENDARS = MINIMAL.replace('    services {', `    calendars {
        calendar Office "Office hours" {
            days monday to friday
            hours 08:00 to 18:00
        }
    }
    services {`);

describe('fixes that declare', () => {
    test('a calendar, with the calendars section when the agreement has none', async () => {
        const text = MINIMAL.replace('description "The public web shop."', 'description "The public web shop."\n            hours Office');
        const { fixed, errors: after } = await declare(text, "Add the 'calendars' section, declaring calendar 'Office'");
        expect(fixed).toContain(`    goals {
        goal "Keep the shop online."
    }
    calendars {
        calendar Office "TODO: service hours; check the days and hours" {
            days monday to friday
            hours 08:00? to 18:00?
        }
    }
    services {`);
        expect(after).toEqual([]);
    });

    test('a maintenance window named by an exclusion, in the calendars section the agreement has', async () => {
        const text = WITH_CALENDARS.replace('customer-caused "Outages caused by Globex\'s own changes"', 'maintenance "Patching" during PatchWindow notice 7 days');
        const { fixed, errors: after, titles } = await declare(text, "Declare calendar 'PatchWindow'");
        expect(fixed).toContain(`            hours 08:00 to 18:00
        }
        calendar PatchWindow "TODO: maintenance window; check the days and hours" {
            days sunday
            hours 02:00? to 06:00?
        }
    }`);
        expect(titles).toContain("Declare calendar 'PatchWindow'");
        expect(after).toEqual([]);
    });

    test('a segment, with the segments section, in the dimension its name suggests', async () => {
        const text = MINIMAL.replace('            obliged Acme\n', '            segment P1\n            obliged Acme\n');
        const { fixed, errors: after } = await declare(text, "Add the 'segments' section, declaring segment 'P1'");
        expect(fixed).toContain('    segments {\n        priority P1 "TODO: what belongs in P1"\n    }\n');
        expect(after).toEqual([]);
    });

    test('a segment next to the others, in their dimension, besides did-you-mean', async () => {
        const base = MINIMAL.replace('    metrics {', '    segments {\n        severity Sev1 "Down"\n    }\n    metrics {');
        const text = base.replace('            obliged Acme\n', '            segment Sev2\n            obliged Acme\n');
        const { fixed, errors: after, titles } = await declare(text, "Declare segment 'Sev2'");
        expect(titles).toEqual(["Change to 'Sev1'", "Declare segment 'Sev2'"]);
        expect(fixed).toContain('        severity Sev1 "Down"\n        severity Sev2 "TODO: what belongs in Sev2"\n    }');
        expect(after).toEqual([]);
    });

    test('a package named as a credit basis, with the packages section, including the services', async () => {
        const text = MINIMAL.replace('credits for ShopUptime {', 'credits for ShopUptime of Basic {');
        const { fixed, errors: after } = await declare(text, "Add the 'packages' section, declaring package 'Basic'");
        expect(fixed).toContain('    packages {\n        package Basic "TODO: package name" {\n            includes Shop\n        }\n    }\n');
        expect(after).toEqual([]);
    });

    test('a service a level is for', async () => {
        const text = MINIMAL.replace('level ShopUptime "Shop uptime" for Shop {', 'level ShopUptime "Shop uptime" for Shop, Checkout {');
        const { fixed, errors: after } = await declare(text, "Declare service 'Checkout'");
        expect(fixed).toContain('        service Checkout "TODO: service name" {\n            description "TODO: what the service delivers"\n        }\n    }');
        expect(after).toEqual([]);
    });

    test('every kind a name can refer to has a declaring fix', async () => {
        const kinds = ['party', 'calendar', 'service', 'package', 'segment', 'metric', 'level'];
        const text = WITH_CALENDARS
            .replace('description "The public web shop."', 'description "The public web shop."\n            maintenance Night\n            provided by Initech')
            .replace('level ShopUptime "Shop uptime" for Shop {', 'level ShopUptime "Shop uptime" for Shop, Checkout {')
            .replace('            Uptime >= 99.5 %\n', '            Uptime >= 99.5 %\n            segment P1\n')
            .replace('credits for ShopUptime {', 'credits for ShopUptime of Basic {')
            .replace('    remedies {', '    remedies {\n        credits for Latency {\n            when < 99 % credit 5 %\n        }')
            .replace('            Uptime >= 99.5 %\n', '            Availability >= 99.5 %\n');
        const { actions } = await actionsFor(text, withCode('sla-unresolved-reference'));
        const declared = actions.map(a => /declaring (\w+)|Declare (\w+)/.exec(a.title)).filter(m => m !== null).map(m => m[1] ?? m[2]);
        expect([...new Set(declared)].sort()).toEqual([...kinds].sort());
    });
});
