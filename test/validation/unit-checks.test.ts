import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { clearDocumentsAfterEach, MINIMAL } from '../helpers.js';
import { edit, ERROR, expectDiagnostic, expectNoDiagnostic, WARNING } from './expect-diagnostics.js';

clearDocumentsAfterEach();

/** MINIMAL with a packages section whose price is `price`. */
const withPackage = (price: string, extra = '') => edit(MINIMAL, ['    metrics {', `    packages {
        package Standard "Standard" {
            includes Shop
            price ${price}
${extra}        }
    }
    metrics {`]);

/** MINIMAL with a calendar and a business-time metric and level for Shop. */
const withBusinessLevel = (serviceHours: string) => edit(MINIMAL,
    ['    services {', '    calendars {\n        calendar Office { days monday to friday hours 08:00 to 18:00 }\n    }\n    services {'],
    ['description "The public web shop."', `description "The public web shop."${serviceHours}`],
    ['    metrics {\n', '    metrics {\n        metric Resolution { kind duration unit business hours aggregation per-ticket window calendar month }\n'],
    ['    levels {\n', '    levels {\n        level Fix for Shop {\n            Resolution <= «4 business hours» in 90 % of tickets\n        }\n']);

describe('units', () => {
    test('an unknown unit is an error on the unit, with the close known units', async () => {
        const diagnostic = await expectDiagnostic(edit(MINIMAL, ['interval 1 minutes', 'interval 1 «minuts»']), IssueCodes.UnknownUnit, ERROR);
        expect(diagnostic.message).toBe("'minuts' is not a unit the language knows. Did you mean 'minutes'?");
        await expectNoDiagnostic(MINIMAL, IssueCodes.UnknownUnit);
    });

    test('an unknown currency code is an unknown unit, with the close currencies', async () => {
        const diagnostic = await expectDiagnostic(withPackage('100 «EUX» per month'), IssueCodes.UnknownUnit, ERROR);
        expect(diagnostic.message).toBe("'EUX' is not a currency code the language knows. Did you mean 'EUR'?");
        await expectNoDiagnostic(withPackage('100 EUR per month'), IssueCodes.UnknownUnit);
    });

    test('unknown units after `per` and in the currencies header are reported where they are written', async () => {
        await expectDiagnostic(withPackage('100 EUR per «workstaton»'), IssueCodes.UnknownUnit, ERROR);
        await expectDiagnostic(edit(MINIMAL, ['    version 1.0\n', '    version 1.0\n    currencies EUR, «DOLLAR»\n']), IssueCodes.UnknownUnit, ERROR);
    });

    test('a threshold whose unit does not fit its metric is an error on the unit', async () => {
        const diagnostic = await expectDiagnostic(edit(MINIMAL, ['Uptime >= 99.5 %', 'Uptime >= 99.5 «minutes»']), IssueCodes.UnitMismatch, ERROR);
        expect(diagnostic.message).toBe("The threshold for 'Uptime' (measured in %) must be a percentage, but minutes is a duration. Change the unit.");
        await expectNoDiagnostic(MINIMAL, IssueCodes.UnitMismatch);
    });

    test('a metric unit that does not fit the metric kind is an error on the unit', async () => {
        const diagnostic = await expectDiagnostic(edit(MINIMAL, ['    metrics {\n', '    metrics {\n        metric Latency { kind ratio unit «ms» }\n']), IssueCodes.UnitMismatch, ERROR);
        expect(diagnostic.message).toBe('A ratio metric is measured in a percentage, but ms is a duration. Change the unit or the kind.');
    });

    test('a notice that is not a duration, and business money, are unit mismatches', async () => {
        const notice = await expectDiagnostic(edit(MINIMAL, ['notice 30 days', 'notice 30 «EUR»']), IssueCodes.UnitMismatch, ERROR);
        expect(notice.message).toBe('A notice period must be a duration, but EUR is an amount of money. Change the unit.');
        await expectDiagnostic(withPackage('100 «business» EUR per month'), IssueCodes.UnitMismatch, ERROR);
        await expectDiagnostic(withPackage('100 EUR per «EUR»'), IssueCodes.UnitMismatch, ERROR);
    });

    test('a percentage outside 0-100 is an error on the quantity', async () => {
        await expectDiagnostic(edit(MINIMAL, ['Uptime >= 99.5 %', 'Uptime >= «199.5 %»']), IssueCodes.PercentOutOfRange, ERROR);
        await expectDiagnostic(edit(MINIMAL, ['when < 99.0 % credit 25 %', 'when < 99.0 % credit «-25 %»']), IssueCodes.PercentOutOfRange, ERROR);
        await expectNoDiagnostic(MINIMAL, IssueCodes.PercentOutOfRange);
    });

    test('a zero or negative duration, count or price is an error on the quantity; a free package is fine', async () => {
        const diagnostic = await expectDiagnostic(edit(MINIMAL, ['notice 30 days', 'notice «0 days»']), IssueCodes.NonPositiveQuantity, ERROR);
        expect(diagnostic.message).toBe('A notice period of 0 days is meaningless: it must be more than zero.');
        await expectDiagnostic(withPackage('«-5 EUR» per month'), IssueCodes.NonPositiveQuantity, ERROR);
        await expectDiagnostic(withPackage('10 EUR per month', '            charge «0 EUR» per seat\n'), IssueCodes.NonPositiveQuantity, ERROR);
        await expectNoDiagnostic(withPackage('0 EUR per month'), IssueCodes.NonPositiveQuantity);
    });

    test('a price without a currency is an error on the amount', async () => {
        const diagnostic = await expectDiagnostic(withPackage('«100 points» per month'), IssueCodes.MoneyWithoutCurrency, ERROR);
        expect(diagnostic.message).toContain('e.g. 100 EUR');
        await expectNoDiagnostic(withPackage('100 EUR per month'), IssueCodes.MoneyWithoutCurrency);
    });

    test('amounts in two currencies without a currencies header are a warning on the second currency', async () => {
        const failing = edit(withPackage('100 EUR per month'), ['cap 25 % per month', 'cap 25 % per month\n        minimum 5 «USD»']);
        const diagnostic = await expectDiagnostic(failing, IssueCodes.MixedCurrencies, WARNING);
        expect(diagnostic.message).toContain("Add 'currencies EUR, USD' to the header");
        const declared = edit(failing.replace(/[«»]/g, ''), ['    version 1.0\n', '    version 1.0\n    currencies EUR, USD\n']);
        await expectNoDiagnostic(declared, IssueCodes.MixedCurrencies);
        await expectDiagnostic(edit(declared, ['currencies EUR, USD', 'currencies EUR'], ['minimum 5 USD', 'minimum 5 «USD»']), IssueCodes.MixedCurrencies, WARNING);
    });

    test('business time in an agreement without a calendar is a warning on the quantity', async () => {
        const failing = edit(MINIMAL, ['within 1 hours', 'within «1 business days»']);
        await expectDiagnostic(failing, IssueCodes.BusinessTimeWithoutCalendar, WARNING);
        await expectNoDiagnostic(edit(failing.replace(/[«»]/g, ''), ['    services {', '    calendars {\n        calendar Office { days monday to friday hours 08:00 to 18:00 }\n    }\n    services {']),
            IssueCodes.BusinessTimeWithoutCalendar);
    });

    test('a business-time target for a service without service hours is a warning on the threshold', async () => {
        const diagnostic = await expectDiagnostic(withBusinessLevel(''), IssueCodes.BusinessTimeWithoutCalendar, WARNING);
        expect(diagnostic.message).toContain("'Shop' has no service hours");
        await expectNoDiagnostic(withBusinessLevel(' hours Office').replace(/[«»]/g, ''), IssueCodes.BusinessTimeWithoutCalendar);
    });
});
