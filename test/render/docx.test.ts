/** The Word export, opened the way Word opens it: unzip, read the document XML, find the clauses and tables. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { buildAgreementDocument } from '../../packages/language/src/generator/agreement-document.js';
import { renderDocx } from '../../packages/language/src/generator/docx-renderer.js';
import { renderHtml } from '../../packages/language/src/generator/html/html-renderer.js';
import { renderMarkdown } from '../../packages/language/src/generator/markdown-renderer.js';
import { renderAgreement } from '../../packages/language/src/generator/render.js';
import { MINIMAL } from '../helpers.js';
import { loadExamples, loadText, withoutIsolates } from './render-fixtures.js';

const examples = await loadExamples();

/** The text of each paragraph with the given style, tabs as `\t`. */
function paragraphsWithStyle(xml: string, style: string): string[] {
    return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map(match => match[0])
        .filter(paragraph => paragraph.includes(`<w:pStyle w:val="${style}"/>`))
        .map(paragraph => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map(m => m[1] ?? '\t').join(''));
}

async function openDocx(bytes: Uint8Array) {
    const files = unzipSync(bytes);
    return { files, xml: strFromU8(files['word/document.xml']) };
}

describe.each(examples)('$file as DOCX', ({ document }) => {
    test('is a Word document with a heading per clause and a table per table of the agreement', async () => {
        const model = buildAgreementDocument(document.parseResult.value);
        const rendered = await renderAgreement(document, 'docx');
        const { files, xml } = await openDocx(rendered.content as Uint8Array);
        expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/footer1.xml']));
        expect(paragraphsWithStyle(xml, 'Heading1')).toEqual([
            model.summary.title, ...model.clauses.map(clause => `${clause.number}.\t${clause.title}`), 'Signatures'
        ]);
        expect(paragraphsWithStyle(xml, 'Heading2')).toEqual(model.clauses.flatMap(clause => clause.subclauses.map(sub =>
            `${sub.number}\t${sub.title}${sub.badge ? `  (${sub.badge})` : ''}`)));
        const tables = [model.summary, ...model.clauses.flatMap(clause => [clause, ...clause.subclauses])]
            .flatMap(clause => clause.blocks).filter(block => block.kind === 'table' || block.kind === 'facts').length;
        // Tables and facts of the clauses, the title block's facts, and the signature table.
        expect(xml.match(/<w:tbl>/g)).toHaveLength(tables + 2);
        expect(strFromU8(files['word/footer1.xml'])).toContain('PAGE');
    });
});

test('the service levels, credit tiers and signatures of an agreement are in the document', async () => {
    const { xml } = await openDocx(await renderDocx(buildAgreementDocument((await loadText(MINIMAL)).parseResult.value)));
    expect(xml).toContain('>Shop uptime<');
    expect(xml).toContain('>at least 99.5\u00a0%<');
    expect(xml).toContain('>below 99.5\u00a0% down to 99.0\u00a0%<');
    expect(xml).toContain('>10\u00a0% of the affected charges<');
    expect(xml).toContain('>For and on behalf of<');
    expect(xml).toContain('>Globex Corp.<');
});

test('control characters in user text do not make the document invalid XML', async () => {
    const text = MINIMAL.replace('"Keep the shop online."', '"Keep the shop\u0001 online\u001f."');
    const { xml } = await openDocx(await renderDocx(buildAgreementDocument((await loadText(text)).parseResult.value)));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).toContain('Keep the shop\ufffd online\ufffd.');
});

describe('a hostile agreement in Word', () => {
    const RLO = '\u202E';
    const hostile = MINIMAL
        .replace('"Acme Ltd."', `"Acme ${RLO}dtL"`)
        .replace('"Keep the shop online."', '"Keep\u0000 the\u001b2J shop\u007f online\u009b now\u0085."')
        .replace('"The public web shop."', '"The public \uFFFE web\uD800 shop."');

    test('drops and replaces what HTML and Markdown do, and keeps each bidi control isolated', async () => {
        const model = buildAgreementDocument((await loadText(hostile)).parseResult.value);
        const { files } = await openDocx(await renderDocx(model));
        const parts = Object.entries(files).filter(([name]) => name.endsWith('.xml')).map(([, bytes]) => strFromU8(bytes));
        const xml = parts.join('\n');
        expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\uFFFE\uFFFF]|[\uD800-\uDFFF]/);
        const goal = 'Keep\uFFFD the\uFFFD2J shop\uFFFD online\uFFFD now\uFFFD.';
        expect(xml).toContain(goal);
        expect(xml).toContain('The public \uFFFD web\uFFFD shop.');
        for (const rendered of [renderHtml(model, { nonce: 'n' }), renderMarkdown(model)]) expect(rendered).toContain(goal);
        // Every bidi control sits inside an isolate that closes before the text of the document around it goes on.
        expect(xml).toContain(`\u2068Acme ${RLO}dtL\u2069`);
        expect(withoutIsolates(xml)).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    });
});
