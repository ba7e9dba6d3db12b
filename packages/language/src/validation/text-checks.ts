/**
 * The agreement's texts: a bidirectional control character (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) is
 * invisible and reorders what follows it, so "between A and B" can be shown as something the text does not say
 * (a "Trojan Source" spoof). Right-to-left languages need none of them. Rendered documents isolate such a text
 * (parser/sla-value-converter.ts); the author is told here.
 */
import type { ValidationAcceptor } from 'langium';
import type { Agreement } from '../generated/ast.js';
import { bidiControlsIn } from '../text-safety.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';
import { isText, notableLeaves } from './text-leaves.js';

export function checkBidiControls(agreement: Agreement, accept: ValidationAcceptor): void {
    for (const leaf of notableLeaves(agreement)) {
        if (!isText(leaf)) continue;
        const found = bidiControlsIn(leaf.text);
        if (!found.length) continue;
        report(accept, 'warning', IssueCodes.BidiControl,
            `This text contains ${found.length === 1 ? 'an invisible character' : 'invisible characters'} (${found.join(', ')}) that `
            + 'change the order in which the words after it are shown, so readers may see something the agreement does not say. '
            + 'Delete it; right-to-left names and texts need no such character.',
            { node: leaf.astNode, range: leaf.range });
    }
}
