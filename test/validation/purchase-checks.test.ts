/** What the customer buys: purchases, their quantities, and what a percentage credit is a percentage of. */
import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL, validate } from '../helpers.js';
import { edit, ERROR, expectDiagnostic, expectNoDiagnostic, INFO, WARNING } from './expect-diagnostics.js';

clearDocumentsAfterEach();

const PACKAGES = `    packages {
        package Essential "Essential package" {
            includes Shop
            price 149 USD per month
            charge 39 USD per workstation per month "Per managed workstation"
            extra 125 USD per hour "On-site work"
        }
        package Premium "Premium package" {
            includes Shop
            price 349 USD per month
            charge 59 USD per workstation per month
        }
    }
`;

/** MINIMAL with the two packages, the given purchases, and its credits taken of Essential. */
const clinic = (purchases: string, credits = 'credits for ShopUptime of Essential') => edit(MINIMAL,
    ['    metrics {\n', `${PACKAGES}    purchases {\n${purchases}\n    }\n    metrics {\n`],
    ['credits for ShopUptime', credits]);

const GOOD = '        Globex takes Essential from 2026-03-01 with 20 workstations';

describe('purchases', () => {
    test('a purchase with a quantity for every per-unit charge checks clean', async () => {
        const result = await validate(clinic(GOOD));
        expect(result.diagnostics.filter(d => d.severity! <= 2).map(d => `${d.code}: ${d.message}`)).toEqual([]);
    });

    test('a party that is not a customer cannot take a package', async () => {
        const diagnostic = await expectDiagnostic(clinic('        «Acme» takes Essential with 20 workstations'), IssueCodes.PurchaseNotCustomer, ERROR);
        expect(diagnostic.message).toBe('Acme is a provider, not a customer: only a customer takes a package. Name the customer who pays for it.');
        await expectNoDiagnostic(clinic(GOOD), IssueCodes.PurchaseNotCustomer);
    });

    test('a package that is not in the agreement is an unresolved name', async () => {
        const result = await validate(clinic('        Globex takes Essentail with 20 workstations'));
        expect(result.diagnostics.filter(d => d.data?.code === 'sla-unresolved-reference').map(d => d.message))
            .toEqual([expect.stringContaining('Essentail')]);
    });

    test('a count without a unit is an error that suggests the unit charged', async () => {
        const diagnostic = await expectDiagnostic(clinic('        Globex takes Essential with «20»'), IssueCodes.QuantityWithoutUnit, ERROR);
        expect(diagnostic.message).toBe("20 of what? Say which unit this count is of, e.g. '20 workstations'.");
        expect(diagnostic.data).toMatchObject({ units: ['workstations'] });
        // One slip, one diagnostic: the count is there, only its unit is missing.
        await expectNoDiagnostic(clinic('        Globex takes Essential with 20'), IssueCodes.QuantityMissing);
    });

    test('a count without a unit in the middle of the list is an error too', async () => {
        await expectDiagnostic(clinic('        Globex takes Essential with «20», 3 users'), IssueCodes.QuantityWithoutUnit, ERROR);
    });

    test('a quantity of something the package does not charge for is an error', async () => {
        const diagnostic = await expectDiagnostic(clinic('        Globex takes Essential with 20 workstations, 3 «servers»'), IssueCodes.QuantityNotCharged, ERROR);
        expect(diagnostic.message).toBe('Essential is priced by the number of workstations, not of servers: a quantity of servers changes nothing on the bill. Remove it, or add a charge for servers to the package.');
        const misnamed = await expectDiagnostic(clinic('        Globex takes Essential with 20 «users»'), IssueCodes.QuantityNotCharged, ERROR);
        expect(misnamed.data).toMatchObject({ units: ['workstations'] });
    });

    test('a per-unit charge without a quantity is an error on the package taken', async () => {
        const diagnostic = await expectDiagnostic(clinic('        Globex takes «Essential» from 2026-03-01'), IssueCodes.QuantityMissing, ERROR);
        expect(diagnostic.message).toBe("Essential is priced by the number of workstations, but this purchase does not say how many workstations Globex is billed for, so its monthly total is not known. Add 'with <number> workstations'.");
    });

    test('a negative or fractional count of a countable unit is an error', async () => {
        await expectDiagnostic(clinic('        Globex takes Essential with «-2 workstations»'), IssueCodes.QuantityNotWhole, ERROR);
        const fractional = await expectDiagnostic(clinic('        Globex takes Essential with «2.5 workstations»'), IssueCodes.QuantityNotWhole, ERROR);
        expect(fractional.message).toBe('2.5 workstations: workstations are counted, so the number billed is a whole number of 0 or more.');
        await expectNoDiagnostic(clinic('        Globex takes Essential with 0 workstations'), IssueCodes.QuantityNotWhole);
    });

    test('the same unit counted twice is an error', async () => {
        await expectDiagnostic(clinic('        Globex takes Essential with 20 workstations, «2 workstation»'), IssueCodes.DuplicateQuantity, ERROR);
    });

    test('a package charged in two currencies has no single monthly total', async () => {
        const text = edit(clinic('        Globex takes «Essential» with 20 workstations'),
            ['charge 39 USD per workstation', 'charge 39 EUR per workstation'], ['    version 1.0\n', '    version 1.0\n    currencies USD, EUR\n']);
        const diagnostic = await expectDiagnostic(text, IssueCodes.PurchaseMixedCurrencies, WARNING);
        expect(diagnostic.message).toContain('(USD 149.00 + EUR 780.00)');
    });
});

describe('when a purchase starts', () => {
    test('a start outside the term is a warning on the date', async () => {
        const diagnostic = await expectDiagnostic(clinic('        Globex takes Essential from «2025-03-01» with 20 workstations'), IssueCodes.PurchaseOutsideTerm, WARNING);
        expect(diagnostic.message).toBe("This purchase starts on 2025-03-01, outside the term (2026-01-01 until 2026-12-31), so it is billed before the agreement begins. Choose a date within the term, or leave out 'from' to start with the term.");
        await expectDiagnostic(clinic('        Globex takes Essential from «2027-01-01» with 20 workstations'), IssueCodes.PurchaseOutsideTerm, WARNING);
        await expectNoDiagnostic(clinic('        Globex takes Essential from 2026-12-31 with 20 workstations'), IssueCodes.PurchaseOutsideTerm);
    });

    test('a date that is not in the calendar is an invalid date', async () => {
        await expectDiagnostic(clinic('        Globex takes Essential from «2026-02-30» with 20 workstations'), IssueCodes.InvalidDate, ERROR);
    });
});

describe('credit schedules per package', () => {
    test('one schedule per package for the same level is allowed', async () => {
        const text = edit(clinic(GOOD), ['        cap 25 % per month', '        credits for ShopUptime of Premium {\n            when < 99.5 % credit 5 %\n        }\n        cap 25 % per month']);
        await expectNoDiagnostic(text, IssueCodes.DuplicateCredits);
    });

    test('two schedules for one level and one package remain an error', async () => {
        const text = edit(clinic(GOOD), ['        cap 25 % per month', '        credits for «ShopUptime» of Essential {\n            when < 99.5 % credit 5 %\n        }\n        cap 25 % per month']);
        const diagnostic = await expectDiagnostic(text, IssueCodes.DuplicateCredits, ERROR);
        expect(diagnostic.message).toContain("Merge the tiers into one 'credits for ShopUptime of Essential' block.");
    });

    test('a schedule without a package beside one with a package is an error: it would pay whatever is bought', async () => {
        const text = edit(clinic(GOOD), ['        cap 25 % per month', '        credits for «ShopUptime» {\n            when < 99.5 % credit 5 %\n        }\n        cap 25 % per month']);
        await expectDiagnostic(text, IssueCodes.DuplicateCredits, ERROR);
    });
});

describe('what a percentage credit is a percentage of', () => {
    test('without a package, a percentage credit in an agreement with several packages is ambiguous', async () => {
        const text = edit(MINIMAL, ['    metrics {\n', `${PACKAGES}    metrics {\n`], ['credits for ShopUptime', 'credits for «ShopUptime»']);
        const diagnostic = await expectDiagnostic(text, IssueCodes.CreditBasisAmbiguous, ERROR);
        expect(diagnostic.message).toBe("These credits are percentages, but of which package? The agreement has Essential and Premium, and each costs the customer a different amount. Write 'credits for ShopUptime of Essential' (one schedule per package if they differ).");
        expect(diagnostic.data).toMatchObject({ packages: ['Essential', 'Premium'] });
    });

    test('without a package, the one package bought is the basis', async () => {
        await expectNoDiagnostic(clinic(GOOD, 'credits for ShopUptime'), IssueCodes.CreditBasisAmbiguous);
        await expectNoDiagnostic(clinic(GOOD, 'credits for ShopUptime'), IssueCodes.CreditBasisMissing);
    });

    test('two packages bought and no package named is ambiguous', async () => {
        const text = clinic(`${GOOD}\n        Globex takes Premium with 5 workstations`, 'credits for «ShopUptime»');
        await expectDiagnostic(text, IssueCodes.CreditBasisAmbiguous, ERROR);
    });

    test('a percentage of a package no customer takes is missing, and names what is bought', async () => {
        const text = clinic(GOOD, 'credits for ShopUptime of «Premium»');
        const diagnostic = await expectDiagnostic(text, IssueCodes.CreditBasisMissing, WARNING);
        expect(diagnostic.message).toBe("No customer takes Premium in this agreement, so a percentage of it is nothing and a miss of ShopUptime earns no credit. Take it of what the customer buys: 'of Essential'.");
        expect(diagnostic.data).toMatchObject({ packages: ['Essential'] });
    });

    test('a percentage of a package charged per unit, with no purchase stating the quantity, is missing', async () => {
        const text = edit(MINIMAL, ['    metrics {\n', `${PACKAGES}    metrics {\n`], ['credits for ShopUptime', 'credits for ShopUptime of «Essential»']);
        const diagnostic = await expectDiagnostic(text, IssueCodes.CreditBasisMissing, WARNING);
        expect(diagnostic.message).toContain("Add 'purchases { <customer> takes Essential with <number> workstations }'.");
    });

    test('a percentage credit in an agreement without any package says so, as information', async () => {
        await expectDiagnostic(edit(MINIMAL, ['credits for ShopUptime', 'credits for «ShopUptime»']), IssueCodes.CreditBasisMissing, INFO);
    });

    test('fixed-amount credits need no basis', async () => {
        const text = edit(MINIMAL, ['    metrics {\n', `${PACKAGES}    metrics {\n`],
            ['when < 99.5 % and >= 99.0 % credit 10 %', 'when < 99.5 % and >= 99.0 % credit 100 USD'], ['when < 99.0 % credit 25 %', 'when < 99.0 % credit 250 USD'], ['cap 25 % per month', 'cap 500 USD per month']);
        await expectNoDiagnostic(text, IssueCodes.CreditBasisAmbiguous);
    });
});
