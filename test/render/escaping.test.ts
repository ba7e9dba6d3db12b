/**
 * Rendered agreements are untrusted content. Every payload of the XSS corpus, in every string of an agreement,
 * must come out as text: the HTML has only the renderer's own elements and attributes, the Markdown no live syntax.
 * (test/browser/xss.test.ts loads the same pages in Chromium.)
 */
import { describe, expect, test } from 'vitest';
import { buildAgreementDocument } from '../../packages/language/src/generator/agreement-document.js';
import { element, escapeHtml } from '../../packages/language/src/generator/html/html-builder.js';
import { renderHtml } from '../../packages/language/src/generator/html/html-renderer.js';
import { escapeInline, renderMarkdown } from '../../packages/language/src/generator/markdown-renderer.js';
import { XSS_PAYLOADS, xssAgreement } from '../fixtures/xss-payloads.js';
import { loadText } from './render-fixtures.js';

const ELEMENTS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'article', 'header', 'aside', 'section', 'div',
    'h1', 'h2', 'h3', 'p', 'span', 'strong', 'br', 'a', 'dl', 'dt', 'dd', 'ol', 'ul', 'li', 'table', 'caption',
    'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td']);
const ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'nonce', 'class', 'id', 'data-line',
    'data-status', 'href', 'scope', 'role']);

test('escapeHtml escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
});

test('element() refuses tag and attribute names that are not plain names', () => {
    expect(() => element('img onerror=x')).toThrow(/invalid tag name/);
    expect(() => element('p', { 'onclick="x"': '1' })).toThrow(/invalid attribute name/);
    expect(element('p', { title: '"><script>' }, '<b>').html).toBe('<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;</p>');
});

test('the corpus has at least 100 payloads', () => {
    expect(new Set(XSS_PAYLOADS).size).toBeGreaterThanOrEqual(100);
});

describe.each(XSS_PAYLOADS.map((payload, index) => ({ payload, index })))('payload $index', ({ payload }) => {
    test('stays text in HTML and Markdown', async () => {
        const document = await loadText(xssAgreement(payload));
        const model = buildAgreementDocument(document.parseResult.value);
        const html = renderHtml(model, { nonce: 'n' });
        const tags = [...html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/g)];
        for (const [, tag, attributes] of tags) {
            expect(ELEMENTS, `element <${tag}>`).toContain(tag.toLowerCase());
            for (const [, name, value] of attributes.matchAll(/\s([^\s=>]+)(?:="([^"]*)")?/g)) {
                expect(ATTRIBUTES, `attribute ${name} on <${tag}>`).toContain(name);
                if (name === 'href') expect(value).toMatch(/^#/);
            }
        }
        // Every `<` in the page opens one of the tags checked above, or closes one.
        expect(html.split('<').length - 1).toBe(tags.length + (html.match(/<\/[a-z0-9]+>/g) ?? []).length + 1);
        expect(html).toContain(escapeHtml(payload.split('\n')[0]));

        const markdown = renderMarkdown(model);
        expect(markdown.replace(/<br>/g, '')).not.toMatch(/(?<!\\)[<[`]/);
        expect(markdown).not.toMatch(/&(?!amp;)#?\w+;/);
        expect(markdown).toContain(escapeInline(payload.split('\n')[0]).slice(0, 20));
    });
});
