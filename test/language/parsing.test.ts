import { describe, expect, test } from 'vitest';
import {
    isCalendarsSection, isEffectiveField, isLevelsSection, isMetricsSection, isPackagesSection, isPartiesSection,
    isRemediesSection, isReviewSection, isServicesSection, isVersionField, type Credits, type Level
} from '../../packages/language/src/generated/ast.js';
import { headerField, section } from '../../packages/language/src/sla-model.js';
import { clearDocumentsAfterEach, MINIMAL, parse } from '../helpers.js';

clearDocumentsAfterEach();

async function parseClean(text: string) {
    const document = await parse(text);
    expect(document.parseResult.lexerErrors.map(e => e.message)).toEqual([]);
    expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
    return document.parseResult.value;
}

/** The minimal agreement with one section's block replaced or added. */
function withSection(keyword: string, block: string): string {
    const start = MINIMAL.indexOf(`    ${keyword} {`);
    if (start < 0) return MINIMAL.replace(/\}\s*$/, `${block}\n}\n`);
    const end = MINIMAL.indexOf('\n    }\n', start) + '\n    }\n'.length;
    return MINIMAL.slice(0, start) + block + '\n' + MINIMAL.slice(end);
}

describe('agreement header', () => {
    test('reads version, status, kind, tier, term, time zone, supersedes and currencies', async () => {
        const agreement = await parseClean(`agreement A "Title" {
            version 2.10 status active kind multi-level tier customer
            effective 2026-01-01 until 2027-12-31 timezone "Europe/Berlin"
            supersedes "A 2025" currencies EUR, USD
        }`);
        expect(agreement.name).toBe('A');
        expect(agreement.title).toBe('Title');
        expect(headerField(agreement, isVersionField)?.version).toBe('2.10');
        expect(headerField(agreement, isEffectiveField)).toMatchObject({ start: '2026-01-01', end: '2027-12-31' });
        expect(agreement.header.map(h => h.$type)).toEqual([
            'VersionField', 'StatusField', 'KindField', 'TierField', 'EffectiveField', 'TimezoneField',
            'SupersedesField', 'CurrenciesField'
        ]);
    });

    test('keeps comments out of the model', async () => {
        const agreement = await parseClean(`// leading\nagreement A /* inline */ "T" { // trailing\n version 1 }`);
        expect(agreement.title).toBe('T');
    });
});

describe('sections', () => {
    test('parties with roles, legal names, internal flag, signatories and contacts', async () => {
        const agreement = await parseClean(withSection('parties', `    parties {
        provider Acme "Acme Ltd." { signatory "Dana" "Director" contact "Desk" "desk@acme.example" }
        customer Globex "Globex Corp." internal
        subcontractor Hoster "Hoster BV"
        monitor Watch "Watchdog Ltd."
        party Unassigned "Someone"
    }`));
        const parties = section(agreement, isPartiesSection)!.parties;
        expect(parties.map(p => [p.role, p.name, p.internal])).toEqual([
            ['provider', 'Acme', false], ['customer', 'Globex', true], ['subcontractor', 'Hoster', false],
            ['monitor', 'Watch', false], [undefined, 'Unassigned', false]
        ]);
        expect(parties[0].details.map(d => d.$type)).toEqual(['Signatory', 'Contact']);
    });

    test('calendars with day ranges, day lists, hours and holidays', async () => {
        const agreement = await parseClean(withSection('calendars', `    calendars {
        calendar Office "Office" { days monday to friday hours 08:00 to 18:00 timezone "Europe/Paris" holidays 2026-12-25, 2026-12-26 }
        calendar Weekend { days saturday, sunday hours 0:00 to 23:59 }
    }`));
        const [office, weekend] = section(agreement, isCalendarsSection)!.calendars;
        expect(office).toMatchObject({ from: '08:00', to: '18:00', holidays: ['2026-12-25', '2026-12-26'] });
        expect(office.days).toMatchObject({ first: 'monday', last: 'friday' });
        expect(weekend.days).toMatchObject({ first: 'saturday', others: ['sunday'] });
    });

    test('services with scope, out of scope, hours, maintenance, providers and dependencies', async () => {
        const agreement = await parseClean(withSection('services', `    calendars { calendar Office { days monday to friday } }
    services {
        service Shop "Shop" {
            description "d" scope "a", "b" out of scope "c" hours Office maintenance Office
            provided by Acme depends on Db
        }
        service Db { }
    }`));
        const shop = section(agreement, isServicesSection)!.services[0];
        expect(shop.scope).toEqual(['a', 'b']);
        expect(shop.outOfScope).toEqual(['c']);
        expect(shop.dependencies[0].ref?.name).toBe('Db');
        expect(shop.hours?.ref?.name).toBe('Office');
        expect(shop.providers[0].ref?.name).toBe('Acme');
    });

    test('packages with price, per-unit charges and extra charges', async () => {
        const agreement = await parseClean(withSection('packages', `    packages {
        package Gold "Gold" {
            includes Shop
            price 149 USD per month
            charge 35 USD per seat per month "Per seat"
            extra 120 USD per hour
        }
    }`));
        const gold = section(agreement, isPackagesSection)!.packages[0];
        expect(gold.price).toMatchObject({ amount: { value: 149, unit: 'USD' }, per: ['month'] });
        expect(gold.charges.map(c => [c.kind, c.rate.amount.value, c.rate.per])).toEqual([
            ['charge', 35, ['seat', 'month']], ['extra', 120, ['hour']]
        ]);
    });

    test('metrics with kind, business units, aggregation, interval, rolling and calendar windows, scope', async () => {
        const agreement = await parseClean(withSection('metrics', `    metrics {
        metric Response "Response" {
            kind duration unit business minutes aggregation per-ticket interval 5 minutes
            window rolling 30 days source "tickets" scope per service, region description "d"
        }
        metric Uptime { kind ratio unit % aggregation mean-of-intervals window calendar month }
    }`));
        const [response, uptime] = section(agreement, isMetricsSection)!.metrics;
        expect(response).toMatchObject({ kind: 'duration', aggregation: 'per-ticket', scope: ['service', 'region'] });
        expect(response.unit).toMatchObject({ business: true, name: 'minutes' });
        expect(response.window).toMatchObject({ length: { value: 30, unit: 'days' } });
        expect(uptime.window?.period).toBe('month');
    });

    test('levels with several services, a share of cases, segment, obliged party and condition', async () => {
        const agreement = await parseClean(withSection('levels', `    segments { priority P1 "Critical" }
    levels {
        level Fast "Fast" for Shop {
            Uptime <= 4 business hours in 95 % of tickets
            segment P1 obliged Acme when "only on weekdays"
        }
        level Everywhere { Uptime >= 99.0 % }
    }`));
        const [fast, everywhere] = section(agreement, isLevelsSection)!.levels as Level[];
        expect(fast.target).toMatchObject({ comparator: '<=', threshold: { value: 4, business: true, unit: 'hours' }, share: { value: 95, unit: '%' }, population: 'tickets' });
        expect(fast.segment?.ref?.dimension).toBe('priority');
        expect(fast.obliged?.ref?.name).toBe('Acme');
        expect(everywhere.services).toEqual([]);
    });

    test('responsibilities that excuse or pause levels, with deadlines', async () => {
        const agreement = await parseClean(withSection('responsibilities', `    responsibilities {
        Globex must "give access" within 2 business days pauses ShopUptime
        Acme must "staff the desk"
    }`));
        const duties = agreement.sections.find(s => s.$type === 'ResponsibilitiesSection')!;
        expect(duties).toMatchObject({ duties: [{ effect: 'pauses', deadline: { value: 2, business: true } }, { duty: 'staff the desk' }] });
    });

    test('exclusions of every kind with windows, notice and levels', async () => {
        const agreement = await parseClean(withSection('exclusions', `    calendars { calendar Night { hours 01:00 to 03:00 } }
    exclusions {
        maintenance "m" during Night notice 5 business days applies to ShopUptime
        customer-caused "c" force-majeure "f" free-tier "t" other "o"
    }`));
        const exclusions = agreement.sections.find(s => s.$type === 'ExclusionsSection')!;
        expect(exclusions).toMatchObject({ exclusions: [{ kind: 'maintenance' }, { kind: 'customer-caused' }, { kind: 'force-majeure' }, { kind: 'free-tier' }, { kind: 'other' }] });
    });

    test('remedies: credit tiers with explicit bounds, caps, minimum, claims, payment, corrective action, escalation', async () => {
        const agreement = await parseClean(withSection('remedies', `    remedies {
        credits for ShopUptime {
            when < 99.5 % and >= 99.0 % credit 10 %
            when <= 98.9 % credit 500 EUR
        }
        cap 50 % per month cap 2000 EUR per year minimum 10 EUR claim within 30 days sole remedy
        paid as "credit note" corrective "RCA" after 2 breaches
        escalation { step "Manager" after 30 minutes step "Director" after 4 hours }
    }`));
        const remedies = section(agreement, isRemediesSection)!.remedies;
        expect(remedies.map(r => r.$type)).toEqual(['Credits', 'Cap', 'Cap', 'MinimumCredit', 'ClaimWindow', 'SoleRemedy', 'Payment', 'CorrectiveAction', 'Escalation']);
        const credits = remedies[0] as Credits;
        expect(credits.tiers[0]).toMatchObject({ first: { comparator: '<', value: { value: 99.5 } }, second: { comparator: '>=' }, amount: { value: 10, unit: '%' } });
        expect(credits.tiers[1].second).toBeUndefined();
    });

    test('reporting, change protocol with amendments, review with triggers', async () => {
        const agreement = await parseClean(withSection('review', `    reporting {
        report Monthly "Monthly" { every month due within 5 business days from Acme to Globex covers ShopUptime if missing "m" }
        report Biweekly { every 2 weeks }
    }
    review { every quarter next 2026-04-01 participants Acme trigger "t1" trigger "t2" }`));
        const review = section(agreement, isReviewSection)!;
        expect(review).toMatchObject({ cadence: { period: 'quarter' }, next: '2026-04-01', triggers: [{ text: 't1' }, { text: 't2' }] });
        const changes = await parseClean(withSection('changes', `    changes {
        proposed by Acme approved by Globex notice 30 days procedure "p"
        amendment 1.1 2026-03-01 "First change"
    }`));
        expect(changes.sections.find(s => s.$type === 'ChangesSection')).toMatchObject({ amendments: [{ version: '1.1', date: '2026-03-01' }] });
    });

    test('goals, definitions and segments', async () => {
        const agreement = await parseClean(withSection('goals', `    goals { goal "g1" goal "g2" }
    definitions { term "Business day" means "Monday to Friday" }
    segments { lead DecisionMaker "VP and above" lead Intern }`));
        expect(agreement.sections.map(s => s.$type)).toContain('DefinitionsSection');
        expect(agreement.sections.find(s => s.$type === 'SegmentsSection')).toMatchObject({ segments: [{ dimension: 'lead', name: 'DecisionMaker' }, { name: 'Intern' }] });
    });
});

describe('quantities', () => {
    test('carry their unit, keep decimals and negative signs for the validator', async () => {
        const agreement = await parseClean(withSection('metrics', `    metrics { metric M { interval -5 minutes } }`));
        expect(section(agreement, isMetricsSection)!.metrics[0].interval).toMatchObject({ value: -5, unit: 'minutes' });
    });

    test('a number without a unit is a syntax error at the token after it', async () => {
        const document = await parse(withSection('metrics', `    metrics { metric M { interval 5 } }`));
        expect(document.parseResult.parserErrors.length).toBeGreaterThan(0);
    });
});
