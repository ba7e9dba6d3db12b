/** What "never loses user text" means for a quick fix, as a check over any document and any code action. */
import { TextDocument } from 'langium';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver';

/** What a fix writes when it formats a value a half-typed document does not have. */
const LEAKED_VALUE = /\bundefined\b|\bNaN\b|\[object Object\]/;
/** Did-you-mean fixes: they replace exactly the misspelt name or word the diagnostic marks. */
const DID_YOU_MEAN = /^(Change to '|Make it a )/;
/** Fixes whose purpose is to replace a quantity's unit, with the `business` before it, at the diagnostic. */
const UNIT_REPLACEMENT = /^Change the unit to '/;
const UNIT_WORDS = /^(business\s+)?\S+$/;
/** A rename writes one new name over the name the diagnostic marks and over its uses (the same old name). */
const RENAME = /^Rename '/;
/** The credit-basis fix writes `of <package>` after the level, or a package the customer buys over the one the diagnostic marks. */
const CREDIT_BASIS = /^Credit a percentage of what the customer pays for /;
/** The credits fix swaps amounts between tiers: what it writes is what it replaces, in another order. */
const REORDER = /^Reorder the credits/;
/** Confirming a suggested value deletes the `?` that marks it, and nothing else. */
const CONFIRM = /^Confirm .* as agreed \(delete the '\?'\)$/;

/**
 * The problems with one code action on `text`, as sentences (none when it is lossless): its edits lie inside the
 * document and do not overlap; they write no `undefined`; a replacement changes only the range its diagnostic
 * names; any other fix keeps every non-whitespace character of what it replaces.
 */
export function quickFixProblems(text: string, uri: string, action: CodeAction): string[] {
    const changes = action.edit?.changes ?? {};
    const other = Object.keys(changes).filter(key => key !== uri);
    if (other.length) return [`'${action.title}' edits another document: ${other.join(', ')}`];
    if (action.edit?.documentChanges) return [`'${action.title}' uses documentChanges, which the checks do not cover`];
    const document = TextDocument.create(uri, 'sla', 0, text);
    const edits = changes[uri] ?? [];
    const problems = edits.flatMap(edit => positionProblems(document, edit.range).map(p => `'${action.title}': ${p}`));
    if (problems.length) return problems;
    const sorted = [...edits].sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
    for (let i = 1; i < sorted.length; i++) {
        if (document.offsetAt(sorted[i].range.start) < document.offsetAt(sorted[i - 1].range.end)) {
            return [`'${action.title}' has overlapping edits`];
        }
    }
    const leaked = edits.filter(edit => LEAKED_VALUE.test(edit.newText) && !LEAKED_VALUE.test(text));
    if (leaked.length) return leaked.map(edit => `'${action.title}' writes ${JSON.stringify(edit.newText)}`);
    const diagnostics = action.diagnostics ?? [];
    if (DID_YOU_MEAN.test(action.title)) {
        return edits.filter(edit => !diagnostics.some(d => sameRange(d.range, edit.range)))
            .map(edit => `'${action.title}' replaces ${JSON.stringify(document.getText(edit.range))}, not the diagnostic's range`);
    }
    if (CREDIT_BASIS.test(action.title)) {
        return edits.filter(edit => document.getText(edit.range) !== '' && !diagnostics.some(d => sameRange(d.range, edit.range)))
            .map(edit => `'${action.title}' replaces ${JSON.stringify(document.getText(edit.range))}, not the package name the diagnostic marks`);
    }
    if (UNIT_REPLACEMENT.test(action.title)) {
        return edits.filter(edit => !UNIT_WORDS.test(document.getText(edit.range)) || !diagnostics.some(d => overlaps(document, edit.range, d)))
            .map(edit => `'${action.title}' replaces ${JSON.stringify(document.getText(edit.range))}, not a unit at the diagnostic`);
    }
    if (RENAME.test(action.title)) {
        const replaced = new Set(edits.map(edit => document.getText(edit.range)));
        const written = new Set(edits.map(edit => edit.newText));
        const ok = replaced.size === 1 && written.size === 1 && /^\w+$/.test([...written][0])
            && diagnostics.some(d => replaced.has(document.getText(d.range)));
        return ok ? [] : [`'${action.title}' writes ${JSON.stringify([...written])} over ${JSON.stringify([...replaced])}`];
    }
    if (REORDER.test(action.title)) {
        const replaced = edits.map(edit => document.getText(edit.range)).sort();
        const written = edits.map(edit => edit.newText).sort();
        return JSON.stringify(replaced) === JSON.stringify(written) ? [] : [`'${action.title}' writes ${JSON.stringify(written)} over ${JSON.stringify(replaced)}`];
    }
    if (CONFIRM.test(action.title)) {
        return edits.filter(edit => document.getText(edit.range) !== '?' || edit.newText !== '' || !diagnostics.some(d => overlaps(document, edit.range, d)))
            .map(edit => `'${action.title}' writes ${JSON.stringify(edit.newText)} over ${JSON.stringify(document.getText(edit.range))}`);
    }
    return edits.filter(edit => !compact(edit.newText).includes(compact(document.getText(edit.range))))
        .map(edit => `'${action.title}' removes ${JSON.stringify(document.getText(edit.range))}`);
}

/** A position the client would silently clamp is a fix computed against the wrong text. */
function positionProblems(document: TextDocument, range: Range): string[] {
    return [range.start, range.end].filter(position => {
        const back = document.positionAt(document.offsetAt(position));
        return back.line !== position.line || back.character !== position.character;
    }).map(position => `position ${position.line}:${position.character} is outside the document`)
        .concat(document.offsetAt(range.start) > document.offsetAt(range.end) ? ['a range ends before it starts'] : []);
}

function overlaps(document: TextDocument, range: Range, diagnostic: Diagnostic): boolean {
    return document.offsetAt(range.start) <= document.offsetAt(diagnostic.range.end)
        && document.offsetAt(diagnostic.range.start) <= document.offsetAt(range.end);
}

function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

const compact = (text: string) => text.replace(/\s+/g, '');
