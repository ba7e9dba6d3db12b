/**
 * Which edits re-parse one item and which take a full parse, and that both show what a full build shows.
 */
import { describe, expect, test } from 'vitest';
import { readExample } from '../helpers.js';
import { DifferentialSession } from './differential.js';

const text = readExample('cloud-hosting-uptime.sla');

/** `text` with the first `find` after `after` replaced by `replace`. */
function edited(find: string, replace: string, after = ''): string {
    const at = text.indexOf(find, text.indexOf(after));
    expect(at, find).toBeGreaterThanOrEqual(0);
    return text.slice(0, at) + replace + text.slice(at + find.length);
}

async function pathOf(newText: string) {
    const session = await DifferentialSession.start(text);
    await session.change(newText);
    await session.expectSameAsFullBuild('after the edit');
    return session.edited.Sla.incremental.IncrementalParser.last;
}

describe('an edit inside one item re-parses that item only', () => {
    test('a level\'s target', async () => {
        expect(await pathOf(edited('99.95', '99.9'))).toEqual({ path: 'spliced', unit: 'Level' });
    });
    test('a service\'s description, moved down two lines', async () => {
        expect(await pathOf(edited('description "', '\n\n            description "Now ', 'service '))).toEqual({ path: 'spliced', unit: 'Service' });
    });
    test('a purchase, in the purchases section', async () => {
        expect(await pathOf(edited('with 2 servers', 'with 3 servers'))).toEqual({ path: 'spliced', unit: 'PurchasesSection' });
    });
    test('a # comment typed in a level: its diagnostic and fix are the full build\'s', async () => {
        expect(await pathOf(edited('99.95 %', '99.95 % # was 99.9'))).toEqual({ path: 'spliced', unit: 'Level' });
    });
    test('a hyphenated name in a level', async () => {
        expect(await pathOf(edited('99.95 %', '99.95 %\n            obliged On-Site'))).toEqual({ path: 'spliced', unit: 'Level' });
    });
    test('a clause\'s paragraph', async () => {
        expect(await pathOf(edited('within 48 hours', 'within 24 hours'))).toEqual({ path: 'spliced', unit: 'LegalClause' });
    });
    test('a value marked as suggested (`?`) in a level', async () => {
        expect(await pathOf(edited('99.95 %', '99.95? %'))).toEqual({ path: 'spliced', unit: 'Level' });
    });
    test('a goal, in a section without items of their own rule', async () => {
        expect(await pathOf(edited('goal "', 'goal "Firstly, '))).toEqual({ path: 'spliced', unit: 'GoalsSection' });
    });
    test('renaming a level re-parses it; every reference to the name is checked again', async () => {
        const session = await DifferentialSession.start(text);
        const name = /^\s*level (\w+)/m.exec(text)![1];
        await session.change(text.replace(`level ${name}`, `level ${name}Renamed`));
        expect(session.edited.Sla.incremental.IncrementalParser.last).toEqual({ path: 'spliced', unit: 'Level' });
        await session.expectSameAsFullBuild('after the rename');
        const document = session.edited.shared.workspace.LangiumDocuments.getDocument(session.uri)!;
        expect(document.diagnostics?.some(d => d.message.includes(name))).toBe(true);
    });
});

test('an edit that mends a syntax error inside the item re-parses the item', async () => {
    const session = await DifferentialSession.start(text);
    const broken = edited('99.95 %', '99.95 % obliged');
    await session.change(broken);
    await session.change(text);
    expect(session.edited.Sla.incremental.IncrementalParser.last).toEqual({ path: 'spliced', unit: 'Level' });
    await session.expectSameAsFullBuild('after mending');
});

test('one edit changing two neighbouring levels (as the editor reports it) re-parses what holds both', async () => {
    const at = text.indexOf('99.95 %');
    const until = text.indexOf('99.99 %', at) + '99.99'.length;
    const changed = text.slice(at, until).replace('99.95', '99.9').replace(/99\.99$/, '99.9');
    const result = await pathOf(text.slice(0, at) + changed + text.slice(until));
    expect(result).toMatchObject({ path: 'spliced' });
    expect(result).not.toEqual({ path: 'spliced', unit: 'Level' });
});

describe('anything not provably local takes a full parse', () => {
    test('an edit across two items', async () => {
        const start = text.indexOf('}', text.indexOf('service '));
        const newText = text.slice(0, start - 3) + text.slice(start + 8);
        expect(await pathOf(newText)).toMatchObject({ path: 'full' });
    });
    test('an unbalanced brace', async () => {
        expect(await pathOf(edited('99.95 %', '99.95 % {'))).toEqual({ path: 'full', reason: 'the edited item has a syntax error' });
    });
    // `/` and `*` are stray-character tokens (parser/sla-token-builder.ts), so the parser, not the lexer, rejects them.
    test('a comment opened and not closed inside an item', async () => {
        expect(await pathOf(edited('99.95 %', '99.95 % /*'))).toEqual({ path: 'full', reason: 'the edited item has a syntax error' });
    });
    test('a character no token takes inside an item', async () => {
        expect(await pathOf(edited('99.95 %', '99.95 % \u00e9'))).toEqual({ path: 'full', reason: 'the edited item has a token the lexer rejects' });
    });
    test('a string left open runs to the end of its line', async () => {
        expect(await pathOf(edited('99.95 %', '99.95 % "'))).toMatchObject({ path: 'full' });
    });
    test('a slip by habit (a currency symbol) in an item: its syntax diagnostic and fix are the full build\'s', async () => {
        expect(await pathOf(edited('with 2 servers', 'with $2 servers'))).toEqual({ path: 'full', reason: 'the edited item has a syntax error' });
    });
    test('a long text opened inside a clause reads on to the next """ in the file', async () => {
        expect(await pathOf(edited('paragraph "Each party keeps', 'paragraph """ "Each party keeps'))).toMatchObject({ path: 'full' });
    });
    test('a clause holding a long text', async () => {
        expect(await pathOf(edited('Otherwise, each party', 'Otherwise, each of the parties'))).toMatchObject({ path: 'full' });
    });
    test('an edit in the header', async () => {
        expect(await pathOf(edited('version', 'version 2 version'))).toEqual({ path: 'full', reason: 'the edit is not inside one item or section' });
    });
    test('an edit after a syntax error in another item', async () => {
        const session = await DifferentialSession.start(text);
        const broken = edited('goal "', 'goal goal "');
        await session.change(broken);
        const at = broken.indexOf('99.95');
        await session.change(broken.slice(0, at) + '99.9' + broken.slice(at + 5));
        expect(session.edited.Sla.incremental.IncrementalParser.last).toEqual({ path: 'full', reason: 'the previous text had syntax errors outside the edited item' });
        await session.expectSameAsFullBuild('after the edit');
    });
});
