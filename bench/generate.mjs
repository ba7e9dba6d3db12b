/**
 * Benchmark inputs made from the examples' own content, so that the benchmark measures agreements as users
 * write them:
 * - a large agreement is the cloud hosting example with the items (parties, services, metrics, levels, credits,
 *   reports, ...) of all three single-level examples appended to its sections again and again, each copy's
 *   names suffixed (`Compute_3`) so that every copy declares its own names and its references resolve to them;
 *   it checks clean, like the examples;
 * - a workspace is the corporate agreement of the multi-level example plus copies of the service-level
 *   agreement that refines it and of the single-level examples, each under its own agreement name.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { declarations, isCorrectiveAction, isCredits, isSegment } from '../packages/language/out/index.js';
import { parseAgreement, tokenize } from './language.mjs';

const examplesDir = new URL('../examples/', import.meta.url);
const read = file => fs.readFileSync(new URL(file, examplesDir), 'utf8');

/** The repeatable items of each section: what grows when an agreement grows. Fields that occur once stay once. */
const ITEMS = {
    PartiesSection: s => s.parties,
    GoalsSection: s => s.goals,
    DefinitionsSection: s => s.terms,
    CalendarsSection: s => s.calendars,
    ServicesSection: s => s.services,
    PackagesSection: s => s.packages,
    PurchasesSection: s => s.purchases,
    SegmentsSection: s => s.segments,
    MetricsSection: s => s.metrics,
    LevelsSection: s => s.levels,
    ResponsibilitiesSection: s => s.duties,
    ExclusionsSection: s => s.exclusions,
    RemediesSection: s => s.remedies.filter(r => isCredits(r) || isCorrectiveAction(r)),
    ReportingSection: s => s.reports,
    ChangesSection: () => [],
    ReviewSection: s => s.triggers
};

const SINGLE_LEVEL = ['cloud-hosting-uptime.sla', 'managed-it-helpdesk.sla', 'sales-marketing-leads.sla'];
const INDENT = ' '.repeat(8);

/** One example taken apart: its text, its AST, the names it declares and the text of each section's items. */
function dissect(file) {
    const text = read(file);
    const agreement = parseAgreement(text);
    const itemsBySection = new Map(agreement.sections.map(section => [
        section.$type,
        ITEMS[section.$type](section).map(item => text.slice(item.$cstNode.offset, item.$cstNode.end))
    ]));
    // Segment dimensions (`priority`, `lead`) are names too: each copy splits its targets by its own dimension,
    // so that a copy's metrics are not expected to have targets for the segments of other copies.
    const dimensions = declarations(agreement).filter(isSegment).map(s => s.dimension);
    const names = new Set([...declarations(agreement).map(d => d.name), ...dimensions]);
    return { text, agreement, names, itemsBySection };
}

/** Renames the example's declared names (and only names: strings, comments and keywords stay) in one item. */
function renamed(itemText, example, suffix) {
    const { tokens } = tokenize(itemText);
    let out = '';
    let last = 0;
    for (const token of tokens) {
        let image;
        if (token.tokenType.name === 'ID' && example.names.has(token.image)) {
            image = `${token.image}_${suffix}`;
        } else if (token.tokenType.name === 'STRING' && token.startOffset === 'term '.length && itemText.startsWith('term ')) {
            // A term is defined once per agreement: each copy defines its own.
            image = `${token.image.slice(0, -1)} (${suffix})"`;
        }
        if (image) {
            out += itemText.slice(last, token.startOffset) + image;
            last = token.endOffset + 1;
        }
    }
    return out + itemText.slice(last);
}

const lineCount = text => text.split('\n').length - 1;

/**
 * An agreement of about `targetLines` lines: the cloud hosting example plus as many renamed copies of the
 * single-level examples' items as it takes (whole copies, so every reference in a copy resolves).
 */
export function generateAgreement(targetLines) {
    const examples = SINGLE_LEVEL.map(dissect);
    const base = examples[0];
    const copies = [];
    let lines = lineCount(base.text);
    for (let k = 1; lines < targetLines; k++) {
        const example = examples[k % examples.length];
        const copy = new Map();
        let added = 0;
        for (const [sectionType, items] of example.itemsBySection) {
            const texts = items.map(item => INDENT + renamed(item, example, k) + '\n');
            copy.set(sectionType, texts.join(''));
            added += texts.reduce((sum, t) => sum + lineCount(t), 0);
        }
        // Stop at the copy count closest to the target rather than always overshooting it.
        if (lines + added - targetLines > targetLines - lines) break;
        copies.push(copy);
        lines += added;
    }
    // Insert each section's copies before the section's closing brace, from the end so that offsets stay valid.
    let text = base.text;
    const sections = [...base.agreement.sections].sort((a, b) => b.$cstNode.end - a.$cstNode.end);
    for (const section of sections) {
        const closing = text.lastIndexOf('\n', section.$cstNode.end - 1) + 1;
        const added = copies.map(copy => copy.get(section.$type) ?? '').join('');
        text = text.slice(0, closing) + added + text.slice(closing);
    }
    // The copies mix the examples' currencies (USD and EUR); the agreement says so, as a user would have to.
    text = text.replace(/\n(    timezone [^\n]*\n)/, '\n$1    currencies USD, EUR\n');
    return text;
}

/**
 * Writes a workspace of `fileCount` agreements into `folder`: the corporate agreement, and in `departments/`
 * service-level agreements that refine it (`refines CorporateIT`), every fourth file instead a single-level
 * agreement that refines nothing. Each file has its own agreement name.
 */
export function generateWorkspace(folder, fileCount) {
    const root = path.join(folder, 'corporate-it.sla');
    fs.mkdirSync(path.join(folder, 'departments'), { recursive: true });
    fs.writeFileSync(root, read('multi-level/corporate-it.sla'));
    const leaves = [];
    const standalone = [];
    for (let k = 1; k < fileCount; k++) {
        const refines = k % 4 !== 0;
        const example = refines ? 'multi-level/finance-erp.sla' : SINGLE_LEVEL[(k / 4) % SINGLE_LEVEL.length];
        const file = path.join(folder, 'departments', `agreement-${String(k).padStart(4, '0')}.sla`);
        fs.writeFileSync(file, withAgreementName(read(example), k));
        (refines ? leaves : standalone).push(file);
    }
    return { root, leaves, files: [root, ...leaves, ...standalone], refining: leaves.length };
}

/** The text with its agreement's name suffixed by `k`. */
function withAgreementName(text, k) {
    const { tokens } = tokenize(text);
    const name = tokens[tokens.findIndex(t => t.image === 'agreement') + 1];
    return text.slice(0, name.startOffset) + `${name.image}${k}` + text.slice(name.endOffset + 1);
}
