/**
 * The stretch the editor changed since the last parse, recorded from `didChange` ranges so that the incremental
 * parser need not compare whole texts: it must cover every change, and be unknown whenever it cannot be trusted.
 */
import { TextDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { changedStretch, forgetChanges } from '../../packages/language/src/workspace/changed-stretch.js';
import { tolerantConfiguration } from '../../packages/language/src/workspace/tolerant-text-documents.js';

const opened = (text: string) => TextDocument.create('file:///stretch.sla', 'sla', 1, text);
const at = (line: number, character: number) => ({ line, character });

describe('the changed stretch the editor reports', () => {
    test('one change: its range in the old text and its text\'s length in the new', () => {
        const document = opened('level A {\n  target 99 %\n}\n');
        const before = document.getText();
        tolerantConfiguration.update(document, [{ range: { start: at(1, 9), end: at(1, 11) }, text: '99.9' }], 2);
        expect(document.getText()).toBe('level A {\n  target 99.9 %\n}\n');
        expect(changedStretch(document, before, document.getText())).toEqual({ start: 19, oldEnd: 21, newEnd: 23 });
    });

    test('changes in several messages before one parse add up to one stretch covering them all', () => {
        const document = opened('0123456789\nabcdefghij\n');
        const before = document.getText();
        tolerantConfiguration.update(document, [{ range: { start: at(1, 5), end: at(1, 7) }, text: 'XYZ' }], 2);
        tolerantConfiguration.update(document, [{ range: { start: at(0, 2), end: at(0, 3) }, text: '' },
            { range: { start: at(0, 0), end: at(0, 0) }, text: 'new\n' }], 3);
        const text = document.getText();
        expect(text).toBe('new\n013456789\nabcdeXYZhij\n');
        const stretch = changedStretch(document, before, text)!;
        // Outside the stretch, both texts are the same.
        expect(text.slice(0, stretch.start)).toBe(before.slice(0, stretch.start));
        expect(text.slice(stretch.newEnd)).toBe(before.slice(stretch.oldEnd));
        expect(stretch).toEqual({ start: 0, oldEnd: 18, newEnd: 22 });
    });

    test('a change that replaces the whole text, or a parse in between, leaves it unknown until the next change', () => {
        const document = opened('abc');
        tolerantConfiguration.update(document, [{ range: { start: at(0, 1), end: at(0, 2) }, text: 'B' }], 2);
        tolerantConfiguration.update(document, [{ text: 'whole new text' }], 3);
        expect(changedStretch(document, 'abc', document.getText())).toBeUndefined();

        const parsed = document.getText();
        forgetChanges(document);
        tolerantConfiguration.update(document, [{ range: { start: at(0, 0), end: at(0, 5) }, text: 'all' }], 4);
        expect(changedStretch(document, parsed, document.getText())).toEqual({ start: 0, oldEnd: 5, newEnd: 3 });
        // Asked for other texts than the ones it leads between (the parse was of another text): unknown.
        expect(changedStretch(document, 'abc', document.getText())).toBeUndefined();
    });
});
