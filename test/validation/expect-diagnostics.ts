/**
 * Assertions on what a user sees for one check: a failing document gets exactly one diagnostic with the code, at
 * the range marked «like this», with the severity; the fixed document does not get the code at all.
 */
import { expect } from 'vitest';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { checkAgreements } from '../../packages/language/src/workspace/agreement-workspace.js';
import { services, validate } from '../helpers.js';

export const ERROR = 1, WARNING = 2, INFO = 3;

/** The text without its «markers», and the range they enclosed. */
export function marked(text: string): { text: string, range?: Range } {
    const start = text.indexOf('«');
    const end = text.indexOf('»') - 1;
    if (start < 0) return { text };
    const clean = text.replace('«', '').replace('»', '');
    return { text: clean, range: { start: position(clean, start), end: position(clean, end) } };
}

function position(text: string, offset: number) {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
}

/** `base` with each `[from, to]` replaced; each `from` must occur exactly once, so a changed base breaks loudly. */
export function edit(base: string, ...edits: Array<[string, string]>): string {
    return edits.reduce((text, [from, to]) => {
        expect(text.split(from).length - 1, `'${from}' occurs once`).toBe(1);
        return text.replace(from, to);
    }, base);
}

/** Validates the marked text and expects exactly one diagnostic with the code, at the marked range. */
export async function expectDiagnostic(markedText: string, code: string, severity: number): Promise<Diagnostic> {
    const { text, range } = marked(markedText);
    return expectOne((await validate(text)).diagnostics, code, severity, range);
}

export async function expectNoDiagnostic(text: string, code: string): Promise<void> {
    const diagnostics = (await validate(text)).diagnostics;
    expect(diagnostics.filter(d => d.code === 'sla-syntax-error').map(d => d.message)).toEqual([]);
    expect(diagnostics.filter(d => d.code === code).map(d => d.message)).toEqual([]);
}

/** Several files in one workspace (for `refines`); the diagnostics of the one at `path`. */
export async function diagnosticsIn(files: Record<string, string>, path: string): Promise<Diagnostic[]> {
    const checked = await checkAgreements(services, Object.entries(files).map(([p, text]) => ({ path: p, text })));
    return checked.find(c => c.path === path)!.diagnostics;
}

export async function expectDiagnosticIn(files: Record<string, string>, path: string, code: string, severity: number): Promise<Diagnostic> {
    const { text, range } = marked(files[path]);
    return expectOne(await diagnosticsIn({ ...files, [path]: text }, path), code, severity, range);
}

function expectOne(diagnostics: Diagnostic[], code: string, severity: number, range: Range | undefined): Diagnostic {
    const found = diagnostics.filter(d => d.code === code);
    expect(found.map(d => d.message), `one ${code}`).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity, data: { code } });
    expect(range, 'the text marks the expected range with «»').toBeDefined();
    expect(found[0].range).toEqual(range);
    return found[0];
}
