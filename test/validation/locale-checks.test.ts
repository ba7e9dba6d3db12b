import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../packages/language/src/sla-validator.js';
import { localeSuggestions } from '../../packages/language/src/locale/locales.js';
import { clearDocumentsAfterEach, MINIMAL } from '../helpers.js';
import { edit, ERROR, expectDiagnostic, expectNoDiagnostic } from './expect-diagnostics.js';

clearDocumentsAfterEach();

const withLocale = (locale: string) => edit(MINIMAL, ['    version 1.0\n', `    version 1.0\n    locale ${locale}\n`]);

describe('locale', () => {
    test.each(['en-US', 'en-GB', 'de-DE', 'en-us', '"en-US"'])('%s is a locale the agreement can be rendered in', async locale => {
        await expectNoDiagnostic(withLocale(locale), IssueCodes.UnknownLocale);
    });

    test('a locale that does not exist is an error on the tag, with the locales meant', async () => {
        const diagnostic = await expectDiagnostic(withLocale('«en-UK»'), IssueCodes.UnknownLocale, ERROR);
        expect(diagnostic.message).toBe("'en-UK' is not a locale the agreement can be rendered in. Did you mean 'en-GB'? "
            + 'The locale sets the language, the date and number formats and the paper size.');
        expect(diagnostic.data).toMatchObject({ tag: 'en-UK', candidates: ['en-GB'] });
    });

    test('a word or a string is checked the same way', async () => {
        const word = await expectDiagnostic(withLocale('«english»'), IssueCodes.UnknownLocale, ERROR);
        expect(word.data).toMatchObject({ candidates: ['en-GB', 'en-US'] });
        const string = await expectDiagnostic(withLocale('«"fr-FR"»'), IssueCodes.UnknownLocale, ERROR);
        expect(string.message).toContain("Use one of 'en-GB', 'en-US' or 'de-DE'.");
    });

    test('a tag of three parts is one tag, checked like the others', async () => {
        const diagnostic = await expectDiagnostic(withLocale('«en-US-POSIX»'), IssueCodes.UnknownLocale, ERROR);
        expect(diagnostic.data).toMatchObject({ candidates: ['en-US'] });
    });

    test('a locale given twice is a duplicate field', async () => {
        await expectDiagnostic(edit(MINIMAL, ['    version 1.0\n', '    version 1.0\n    locale en-US\n    «locale en-GB»\n']), IssueCodes.DuplicateField, ERROR);
    });

    test.each([
        ['en_US', ['en-US']], ['EN-uk', ['en-GB']], ['en', ['en-GB', 'en-US']], ['en-AU', ['en-GB', 'en-US']],
        ['Deutsch', ['de-DE']], ['de', ['de-DE']], ['US', ['en-US']], ['UK', ['en-GB']], ['de-DF', ['de-DE']], ['xx-YY', []]
    ])('%s suggests %j', (written, expected) => {
        expect(localeSuggestions(written)).toEqual(expected);
    });
});
