/**
 * One agreement rendered in each locale: the words, dates, numbers, spelling and paper follow the agreement's
 * `locale`. Goldens under __golden__/locales/ (update with UPDATE_GOLDEN=1, read the diff, commit).
 */
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { buildAgreementDocument } from '../../packages/language/src/generator/agreement-document.js';
import { renderAgreement } from '../../packages/language/src/generator/render.js';
import type { Agreement } from '../../packages/language/src/generated/ast.js';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { checkAgreements } from '../../packages/language/src/workspace/agreement-workspace.js';
import { readExample } from '../helpers.js';
import { english } from '../../packages/language/src/locale/en.js';
import { findLocale } from '../../packages/language/src/locale/locales.js';
import { GOLDEN_NONCE, loadText } from './render-fixtures.js';

const goldenDir = path.join(import.meta.dirname, '__golden__', 'locales');
const update = process.env.UPDATE_GOLDEN === '1';
const CLINIC = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'dental-clinic.sla'), 'utf8');

/** The clinic agreement with `locale <tag>` after its version, or without a locale line. */
function clinic(locale?: string): string {
    return locale ? CLINIC.replace('    version 1.0\n', `    version 1.0\n    locale ${locale}\n`) : CLINIC;
}

async function render(locale: string | undefined, format: 'html' | 'markdown' | 'docx') {
    const rendered = await renderAgreement(await loadText(clinic(locale)), format, { nonce: GOLDEN_NONCE });
    expect(rendered.problems).toEqual({ errors: 0, warnings: 0 });
    return rendered.content;
}

async function documentXml(locale: string | undefined): Promise<string> {
    return strFromU8(unzipSync(await render(locale, 'docx') as Uint8Array)['word/document.xml']);
}

describe.each(['en-US', 'en-GB', 'de-DE'])('the clinic agreement in %s', locale => {
    test.each([['html', 'html'], ['markdown', 'md']] as const)('renders %s as in the golden file', async (format, extension) => {
        const content = await render(locale, format);
        const golden = path.join(goldenDir, `dental-clinic.${locale}.${extension}`);
        if (update) {
            fs.mkdirSync(goldenDir, { recursive: true });
            fs.writeFileSync(golden, content);
        }
        expect(fs.existsSync(golden), `${golden} is missing; run UPDATE_GOLDEN=1 npx vitest run test/render`).toBe(true);
        expect(content).toBe(fs.readFileSync(golden, 'utf8'));
    });
});

describe('en-US and en-GB', () => {
    test('dates are written the American and the British way', async () => {
        const us = await render('en-US', 'markdown');
        const gb = await render('en-GB', 'markdown');
        expect(us).toContain('March 1, 2026 to February 29, 2028');
        expect(gb).toContain('1 March 2026 to 29 February 2028');
        expect(us).toContain('2026: May 25, July 3, November 26, December 25');
        expect(gb).toContain('2026: 25 May, 3 July, 26 November, 25 December');
        expect(us).toContain('September 1, 2026');
        expect(gb).toContain('1 September 2026');
    });

    test('spelling and the percent sign follow the locale', async () => {
        const us = await render('en-US', 'markdown');
        const gb = await render('en-GB', 'markdown');
        expect(us).toContain('Signed by the authorized representatives of the parties.');
        expect(gb).toContain('Signed by the authorised representatives of the parties.');
        expect(us).toContain('at most 4 business hours in 90% of tickets');
        expect(gb).toContain('at most 4 business hours in 90 % of tickets');
    });

    test('the HTML page is printed on Letter or A4, and says its language', async () => {
        const us = await render('en-US', 'html') as string;
        const gb = await render('en-GB', 'html') as string;
        expect(us).toContain('<html lang="en-US">');
        expect(us).toContain('@media print { @page { size: letter; } }');
        expect(gb).toContain('<html lang="en-GB">');
        expect(gb).toContain('@media print { @page { size: A4; } }');
    });

    test('the Word document is laid out on Letter or A4, and proofed in its language', async () => {
        expect(await documentXml('en-US')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
        expect(await documentXml('en-GB')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
        const styles = (locale: string) => render(locale, 'docx').then(bytes => strFromU8(unzipSync(bytes as Uint8Array)['word/styles.xml']));
        expect(await styles('en-US')).toContain('<w:lang w:val="en-US"/>');
        expect(await styles('en-GB')).toContain('<w:lang w:val="en-GB"/>');
    });

    test('without a locale the agreement is British English on A4 (the documented default)', async () => {
        expect(await render(undefined, 'markdown')).toBe(await render('en-GB', 'markdown'));
        expect(await documentXml(undefined)).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    });

    test('a locale that does not exist renders in the default and is reported', async () => {
        const rendered = await renderAgreement(await loadText(clinic('en-UK')), 'markdown');
        expect(rendered.problems.errors).toBe(1);
        expect(rendered.content).toContain('1 March 2026');
    });
});

describe('a refining agreement', () => {
    async function financeErp(corporateLocale: string, ownLocale?: string) {
        const withLocale = (text: string, version: string, locale: string | undefined) =>
            locale ? text.replace(`    version ${version}\n`, `    version ${version}\n    locale ${locale}\n`) : text;
        const checked = await checkAgreements(createSlaServices(EmptyFileSystem), [
            { path: '/ml/corporate-it.sla', text: withLocale(readExample('multi-level/corporate-it.sla'), '3.0', corporateLocale) },
            { path: '/ml/finance-erp.sla', text: withLocale(readExample('multi-level/finance-erp.sla'), '1.2', ownLocale) }
        ]);
        expect(checked.flatMap(c => c.diagnostics.filter(d => d.severity === 1))).toEqual([]);
        return buildAgreementDocument(checked[1].document.parseResult.value as Agreement);
    }

    test('without its own locale takes the locale of the agreement it refines', async () => {
        const model = await financeErp('en-US');
        expect([model.language, model.paper]).toEqual(['en-US', 'Letter']);
    });

    test('with its own locale keeps it', async () => {
        const model = await financeErp('en-US', 'de-DE');
        expect([model.language, model.paper, model.clauses[0].title]).toEqual(['de-DE', 'A4', 'Parteien']);
    });
});

describe('de-DE, the language added as one file', () => {
    test('the price schedule and `excuses all` are German too', async () => {
        const de = await render('de-DE', 'markdown') as string;
        expect(de).toContain('Ab 1. März 2026 bezieht Clinic das Paket Essential.');
        expect(de).toContain('| Per managed workstation | 20 Arbeitsplätze | 39,00 USD pro Arbeitsplatz pro Monat | 780,00 USD |');
        expect(de).toContain('| **Summe pro Jahr** |   |   | **11.148,00 USD** |');
        const excusesAll = CLINIC.replace('pauses P1Resolution, P2Resolution', 'excuses all').replace('    version 1.0\n', '    version 1.0\n    locale de-DE\n');
        const rendered = await renderAgreement(await loadText(excusesAll), 'markdown', { nonce: GOLDEN_NONCE });
        expect(rendered.content).toContain('| Entschuldigt Verfehlungen von allen Service-Levels |');
    });

    test('words, dates and numbers are German; the parties\' own text is as written', async () => {
        const de = await render('de-DE', 'markdown') as string;
        expect(de).toContain('1. März 2026 bis 29. Februar 2028');
        expect(de).toContain('innerhalb von 5 Geschäftstagen nach Ende jedes Zeitraums');
        expect(de).toContain('innerhalb von 1 Geschäftsstunde |');
        expect(de).toContain('149,00 USD pro Monat');
        expect(de).toContain('höchstens 4 Geschäftsstunden bei 90 % der Tickets');
        expect(de).toContain('## Unterschriften');
        // A list item starting "1. September" stays a date, not a numbered list inside the bullet.
        expect(de).toContain('- 1\\. September 2026');
        expect(de).toContain('Keep the clinic\'s front desk');
    });

    test.each([['draft', 'Entwurf'], ['superseded', 'Ersetzt'], ['active', undefined]] as const)('a %s agreement carries the same badge beside its title in HTML, Markdown and Word', async (status, word) => {
        const text = clinic('de-DE').replace('    status active\n', `    status ${status}\n`);
        const html = (await renderAgreement(await loadText(text), 'html')).content as string;
        const markdown = (await renderAgreement(await loadText(text), 'markdown')).content as string;
        const docx = strFromU8(unzipSync((await renderAgreement(await loadText(text), 'docx')).content as Uint8Array)['word/document.xml']);
        expect(html).toContain('<dt>Status</dt>');
        if (word === undefined) {
            expect(html).not.toContain('class="status ');
            expect(markdown.split('\n\n')[1]).not.toMatch(/^\*\*/);
            return;
        }
        expect(html).toContain(`<span class="status status-${status}">${word}</span>`);
        expect(markdown.split('\n\n')[1]).toBe(`**${word.toLocaleUpperCase('de-DE')}**`);
        expect(docx).toContain(`>  ${word.toLocaleUpperCase('de-DE')}<`);
    });

    test('the master agreement, the general terms and the DRAFT notice are in the agreement\'s language', async () => {
        const draft = (locale: string) => clinic(locale)
            .replace('    status active\n', '    status draft\n    master agreement "Rahmenvertrag IT" dated 2025-11-03\n')
            .replace('effective 2026-03-01 until', 'effective 2026-03-01? until')
            .replace(/\n}\s*$/, '\n    clauses {\n        clause Law "Law" { paragraph "German law." }\n    }\n}\n');
        const markdown = async (locale: string) => (await renderAgreement(await loadText(draft(locale)), 'markdown')).content as string;
        const de = await markdown('de-DE');
        expect(de).toContain('- **Rahmenvertrag:** Rahmenvertrag IT vom 3. November 2025');
        expect(de).toContain('> **ENTWURF · 1 Platzhalter offen.** Entwurf, nicht unterschriftsreif: Ein Platzhalter ist noch offen.');
        expect(de).toContain('> - Laufzeit: 2026-03-01 (Vorschlag, nicht vereinbart)');
        expect(de).toMatch(/## \d+\. Allgemeine Bestimmungen\n/);
        const gb = await markdown('en-GB');
        expect(gb).toContain('- **Master agreement:** Rahmenvertrag IT, dated 3 November 2025');
        expect(gb).toContain('> **DRAFT · 1 placeholder to resolve.** Draft, not ready to sign: 1 placeholder remains.');
        expect(gb).toContain('> - Term: 2026-03-01 (suggested, not agreed)');
        expect(gb).toMatch(/## \d+\. General terms\n/);
    });

    test('credits per late ticket, a per-ticket window and the missing-data rule are worded in German', async () => {
        const source = clinic('de-DE')
            .replace('Resolution <= 1 business days in 90 % of tickets', 'Resolution <= 1 business days over 14 days in 90 % of tickets')
            .replace('credits for P1Resolution of Essential {\n            when < 90 % and >= 80 % credit 5 %\n            when < 80 % credit 10 %',
                'credits for P1Resolution per late ticket of Essential {\n            when > 4 business hours and <= 8 business hours credit 5 %\n            when > 8 business hours credit 10 %')
            .replace('            source "Northwind ticket system"\n        }',
                '            source "Northwind ticket system"\n        }\n        metric Uptime {\n            kind ratio\n            unit %\n            aggregation percent-of-intervals\n'
                + '            interval 5 minutes\n            window calendar month\n            missing counts as up\n            minimum coverage 90 %\n        }');
        const rendered = await renderAgreement(await loadText(source), 'markdown', { nonce: GOLDEN_NONCE });
        expect(rendered.problems.errors).toBe(0);
        const de = rendered.content as string;
        expect(de).toContain('höchstens 1 Geschäftstag über 14 Tage hinweg bei 90 % der Tickets');
        expect(de).toContain('die ihr Ziel verfehlen, ist je Ticket eine Gutschrift nach der dafür gemessenen Zeit');
        expect(de).toContain('| Gemessen je Ticket mit Verspätung | Gutschrift |');
        expect(de).toContain('| über 4 Geschäftsstunden bis einschließlich 8 Geschäftsstunden |');
        expect(de).toContain('je Ticket mit Verspätung |');
        expect(de).toContain('Ein Intervall ohne Daten gilt als verfügbar');
        expect(de).toContain('Für 90 % der Intervalle jedes Zeitraums müssen Daten vorliegen');
        expect(de).not.toMatch(/per late|over 14 days|without data|Share of tickets/);
    });

    test('the Word footer names the version in German, found from the agreement, not from a label', async () => {
        const files = unzipSync(await render('de-DE', 'docx') as Uint8Array);
        const footer = strFromU8(files['word/footer1.xml']);
        expect(footer).toContain('Managed IT Services for Bright Smile Dental, Version 1.0');
        expect(footer).toContain('Seite ');
    });
});

describe('every rendered word comes from the locale', () => {
    /** The string leaves of two bundles at the same paths: [English, German]. */
    function pairs(en: unknown, de: unknown): Array<[string, string]> {
        if (typeof en === 'string' && typeof de === 'string') return [[en, de]];
        if (en && typeof en === 'object' && de && typeof de === 'object') {
            return Object.keys(en).flatMap(key => pairs((en as Record<string, unknown>)[key], (de as Record<string, unknown>)[key]));
        }
        return [];
    }

    test('the German agreement holds none of the English words the German bundle replaces', async () => {
        const german = findLocale('de-DE')!.messages;
        const englishOnly = pairs(english('GB'), german).filter(([en, de]) => en !== de && (/\S \S/.test(en) || en.length >= 10)).map(([en]) => en);
        expect(englishOnly.length).toBeGreaterThan(100);
        const rendered = await render('de-DE', 'markdown') + (await render('de-DE', 'html') as string).replace(/<style[\s\S]*<\/style>/, '');
        expect(englishOnly.filter(words => rendered.includes(words))).toEqual([]);
    });

    test('clause builders and renderers format through the agreement\'s locale, never through the default one', () => {
        const generator = path.join(import.meta.dirname, '../../packages/language/src/generator');
        const files = ['agreement-document.ts', 'clause-context.ts', 'markdown-renderer.ts', 'docx-renderer.ts', 'text-renderer.ts',
            ...fs.readdirSync(path.join(generator, 'clauses')).map(f => `clauses/${f}`),
            ...fs.readdirSync(path.join(generator, 'html')).map(f => `html/${f}`)];
        const defaultFormat = files.filter(file => /from '(\.\.?\/)+format\.js'/.test(fs.readFileSync(path.join(generator, file), 'utf8')));
        expect(defaultFormat, 'use ClauseContext.format and ClauseContext.words instead of generator/format.ts').toEqual([]);
    });
});
