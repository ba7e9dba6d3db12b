/** The examples loaded into one workspace (so `refines` resolves) and rendered, for the render tests. */
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import * as path from 'node:path';
import type { Agreement } from '../../packages/language/src/generated/ast.js';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { checkAgreements } from '../../packages/language/src/workspace/agreement-workspace.js';
import { exampleFiles, readExample } from '../helpers.js';

/** A fixed nonce keeps the golden HTML stable; real pages get a random one. */
export const GOLDEN_NONCE = 'golden-nonce';

export interface LoadedExample {
    /** Relative to examples/, e.g. `multi-level/finance-erp.sla`. */
    readonly file: string;
    readonly document: LangiumDocument<Agreement>;
}

export async function loadExamples(): Promise<LoadedExample[]> {
    const services = createSlaServices(EmptyFileSystem);
    const files = exampleFiles();
    const checked = await checkAgreements(services, files.map(file => ({ path: path.join('/examples', file), text: readExample(file) })));
    return checked.map((c, index) => ({ file: files[index], document: c.document }));
}

const single = createSlaServices(EmptyFileSystem);

/** Loads one agreement text on its own (it replaces the previous one), with its diagnostics. */
export async function loadText(text: string): Promise<LangiumDocument<Agreement>> {
    const [checked] = await checkAgreements(single, [{ path: '/agreement.sla', text }]);
    return checked.document;
}

/** `text` without its isolates (U+2066..U+2068 up to the matching U+2069), innermost first. */
export function withoutIsolates(text: string): string {
    let rest = text;
    for (let previous = ''; previous !== rest;) {
        previous = rest;
        rest = rest.replace(/[\u2066-\u2068][^\u2066-\u2069]*\u2069/g, '');
    }
    return rest;
}
