/**
 * Quick fixes for the validator's codes, where a fix is safe: it inserts what is missing (a unit, a role, a
 * declaration, `obliged`, `excuses`, an exclusion, service hours, the `currencies` header) or replaces the one
 * token the diagnostic names (a misspelt unit or locale, `party`), deletes the `?` that marks a suggested value, or reorders credit amounts among the tiers of one level.
 * Codes whose fix needs a judgement only a person can make (which value, which of two duplicates to keep) have
 * none; docs/diagnostics.md says what to do.
 */
import { AstUtils, CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import {
    isBound, isCalendar, isCredits, isCurrenciesField, isExclusionsSection, isLevel, isPartiesSection, isQuantity,
    isResponsibilitiesSection, isService, type Agreement, type Credits, type Quantity
} from '../generated/ast.js';
import { freshName, partyStub } from '../generator/declaration-stubs.js';
import { planSectionInsertion } from '../generator/section-insertion.js';
import { appendToBlock, insertLinesAfter, lineIndent } from '../generator/text-layout.js';
import { PLACEHOLDER_MARK, withoutPlaceholderMark } from '../parser/text-values.js';
import { allParties, ancestors, declarations, headerField, section } from '../sla-model.js';
import { itemNoun, tierShape } from '../credit-tiers.js';
import { commonScale, quantityDimension } from '../units.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { promiseOf } from '../validation/targets.js';
import { agreementCurrencies, expectedUnits, suggestedUnits } from './expected-units.js';

export type Fixer = (document: LangiumDocument<Agreement>, diagnostic: Diagnostic) => CodeAction[];

/** The most alternatives one diagnostic is offered. */
const MOST = 3;
const ROLES = ['provider', 'customer', 'subcontractor', 'monitor'];

export const VALIDATION_FIXERS: ReadonlyMap<string, Fixer> = new Map<string, Fixer>([
    [IssueCodes.UnknownUnit, (document, diagnostic) => candidates(diagnostic).slice(0, MOST).map(unit =>
        fix(`Change to '${unit}'`, document, diagnostic, [{ range: diagnostic.range, newText: unit }]))],
    [IssueCodes.UnitMismatch, (document, diagnostic) => [...changeToExpectedUnit(document, diagnostic), ...creditEachLateItem(document, diagnostic)]],
    [IssueCodes.TargetClockDiffers, countInBusinessTime],
    [IssueCodes.UnknownLocale, (document, diagnostic) => candidates(diagnostic).slice(0, MOST).map(tag =>
        fix(`Change to '${tag}'`, document, diagnostic, [{ range: diagnostic.range, newText: tag }]))],
    [IssueCodes.MoneyWithoutCurrency, (document, diagnostic) => {
        const quantity = nodeAt(document, diagnostic, isQuantity);
        return quantity ? agreementCurrencies(quantity).slice(0, MOST).flatMap(currency => replaceUnit(document, diagnostic, quantity, currency)) : [];
    }],
    [IssueCodes.MixedCurrencies, declareCurrencies],
    [IssueCodes.NoProvider, (document, diagnostic) => declareRole(document, diagnostic, 'provider')],
    [IssueCodes.NoCustomer, (document, diagnostic) => declareRole(document, diagnostic, 'customer')],
    [IssueCodes.PartyWithoutRole, (document, diagnostic) => ROLES.map(role =>
        fix(`Make it a ${role}`, document, diagnostic, [{ range: diagnostic.range, newText: role }]))],
    [IssueCodes.ObligedPartyMissing, obligeProvider],
    [IssueCodes.TierNotMonotone, reorderCredits],
    [IssueCodes.NoCustomerExcusal, excuseCustomerCausedMisses],
    [IssueCodes.BusinessTimeWithoutCalendar, countInCalendar],
    [IssueCodes.QuantityWithoutUnit, (document, diagnostic) => listed(diagnostic, 'units').slice(0, MOST).map(unit =>
        fix(`Add the unit '${unit}'`, document, diagnostic, [{ range: { start: diagnostic.range.end, end: diagnostic.range.end }, newText: ` ${unit}` }]))],
    [IssueCodes.QuantityNotCharged, (document, diagnostic) => listed(diagnostic, 'units').slice(0, MOST).map(unit =>
        fix(`Change to '${unit}'`, document, diagnostic, [{ range: diagnostic.range, newText: unit }]))],
    [IssueCodes.PurchaseNotCustomer, (document, diagnostic) => allParties(document.parseResult.value).filter(p => p.role === 'customer' && p.name)
        .slice(0, MOST).map(customer => fix(`Bought by ${customer.name}`, document, diagnostic, [{ range: diagnostic.range, newText: customer.name }]))],
    [IssueCodes.CreditBasisAmbiguous, nameCreditBasis],
    [IssueCodes.CreditBasisMissing, nameCreditBasis],
    [IssueCodes.Placeholder, confirmSuggestedValue]
]);

/** `credits for P1 of Essential`: the package a percentage credit is taken of, written or replaced. */
function nameCreditBasis(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const credits = nodeAt(document, diagnostic, isCredits);
    const level = credits?.level?.$refNode;
    if (!credits || !level) return [];
    const written = credits.basis?.$refNode;
    return listed(diagnostic, 'packages').slice(0, MOST).map(name => fix(`Credit a percentage of what the customer pays for ${name}`, document, diagnostic, [
        written ? { range: written.range, newText: name } : { range: { start: level.range.end, end: level.range.end }, newText: ` of ${name}` }
    ]));
}

/**
 * A suggested value (`99.5?`) is confirmed by deleting its `?`: the person who applies the fix is the one who
 * agrees to the value. A TODO text has no fix: only the parties know what to write.
 */
function confirmSuggestedValue(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    if ((diagnostic.data as { placeholder?: unknown } | undefined)?.placeholder !== 'suggested') return [];
    const token = document.textDocument.getText(diagnostic.range);
    if (!token.endsWith(PLACEHOLDER_MARK)) return [];
    const end = diagnostic.range.end;
    const mark = { start: { line: end.line, character: end.character - PLACEHOLDER_MARK.length }, end };
    return [fix(`Confirm ${withoutPlaceholderMark(token)} as agreed (delete the '${PLACEHOLDER_MARK}')`, document, diagnostic, [{ range: mark, newText: '' }])];
}

/** `Uptime >= 99.5` followed by the next field: the parser stops at that field; the number gets its unit. */
export function addMissingUnit(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const text = document.textDocument.getText();
    const errorAt = document.textDocument.offsetAt(diagnostic.range.start);
    const quantity = AstUtils.streamAst(document.parseResult.value).filter(isQuantity)
        .find(q => q.unit === undefined && q.$cstNode !== undefined && q.$cstNode.end <= errorAt
            && /^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*$/.test(text.slice(q.$cstNode.end, errorAt)));
    if (!quantity) return [];
    const position = document.textDocument.positionAt(quantity.$cstNode!.end);
    return suggestedUnits(quantity).slice(0, MOST).map(unit =>
        fix(`Add the unit '${unit}'`, document, diagnostic, [{ range: { start: position, end: position }, newText: ` ${unit}` }]));
}

/**
 * A threshold in the wrong kind of unit takes its metric's unit; a share takes %. (The same code on `business`
 * before money or a count asks to delete a word, which a quick fix does not do.)
 */
function changeToExpectedUnit(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    if (!(diagnostic.data as { expected?: unknown } | undefined)?.expected) return [];
    const quantity = nodeAt(document, diagnostic, isQuantity);
    const exact = quantity && expectedUnits(quantity).exact;
    return quantity && exact ? replaceUnit(document, diagnostic, quantity, exact) : [];
}

/**
 * A duration bound on the share-of-tickets tiers of a per-ticket level was most likely meant per late ticket:
 * `per late ticket` after the level's name says so (credit-tiers.ts).
 */
function creditEachLateItem(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const quantity = nodeAt(document, diagnostic, isQuantity);
    const credits = quantity && isBound(quantity.$container) ? AstUtils.getContainerOfType(quantity, isCredits) : undefined;
    const levelNode = credits?.$cstNode && GrammarUtils.findNodeForProperty(credits.$cstNode, 'level');
    if (!credits || credits.perItem || !levelNode || tierShape(credits) !== 'share' || quantityDimension(quantity) === 'percent') return [];
    const item = itemNoun(credits.level?.ref).replace(/s$/, '');
    return [fix(`Credit each late ${item} by its own time ('per late ${item}')`, document, diagnostic,
        [{ range: { start: levelNode.range.end, end: levelNode.range.end }, newText: ` per late ${item}` }])];
}

/** A calendar-time target on a business-time metric, counted in business time as the metric is. */
function countInBusinessTime(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const quantity = nodeAt(document, diagnostic, isQuantity);
    const unit = quantity?.$cstNode && GrammarUtils.findNodeForProperty(quantity.$cstNode, 'unit');
    if (!quantity || quantity.business || !unit) return [];
    return [fix(`Count ${quantity.value} business ${quantity.unit}`, document, diagnostic,
        [{ range: { start: unit.range.start, end: unit.range.start }, newText: 'business ' }])];
}

/** Replaces what follows a quantity's number (`business` and the unit) with `unit`; none if a comment is in between. */
function replaceUnit(document: LangiumDocument, diagnostic: Diagnostic, quantity: Quantity, unit: string): CodeAction[] {
    const [number, ...rest] = quantity.$cstNode ? CstUtils.flattenCst(quantity.$cstNode).toArray() : [];
    if (!number || !rest.length || rest.some(leaf => leaf.hidden)) return [];
    const range = { start: rest[0].range.start, end: rest.at(-1)!.range.end };
    return [fix(`Change the unit to '${unit}'`, document, diagnostic, [{ range, newText: unit }])];
}

/** `currencies EUR, USD` in the header, or the missing code added to the one there. */
function declareCurrencies(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const agreement = document.parseResult.value;
    const used = agreementCurrencies(agreement);
    const field = headerField(agreement, isCurrenciesField);
    if (field?.$cstNode) {
        const missing = used.filter(code => !field.currencies.includes(code));
        const end = document.textDocument.positionAt(field.$cstNode.end);
        return missing.length ? [fix(`Add ${missing.join(', ')} to the declared currencies`, document, diagnostic,
            [{ range: { start: end, end }, newText: missing.map(code => `, ${code}`).join('') }])] : [];
    }
    const anchor = [...agreement.header].reverse().find(h => h.$cstNode)?.$cstNode;
    if (!anchor || used.length < 2) return [];
    const text = document.textDocument.getText();
    const line = `${lineIndent(text, anchor.offset)}currencies ${used.join(', ')}`;
    return [fix(`Declare the currencies: currencies ${used.join(', ')}`, document, diagnostic,
        [insertLinesAfter(document.textDocument, anchor.end, line, lineIndent(text, anchor.offset))])];
}

function declareRole(document: LangiumDocument<Agreement>, diagnostic: Diagnostic, role: 'provider' | 'customer'): CodeAction[] {
    const parties = nodeAt(document, diagnostic, isPartiesSection);
    const name = parties && freshName(document.parseResult.value, role === 'provider' ? 'Provider' : 'Customer');
    const edit = parties && appendToBlock(document, parties, [partyStub(name!, role)]);
    return edit ? [fix(`Declare a ${role}`, document, diagnostic, [edit])] : [];
}

function obligeProvider(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const level = nodeAt(document, diagnostic, isLevel);
    if (!level) return [];
    const providers = allParties(document.parseResult.value).filter(p => p.role === 'provider');
    return providers.slice(0, MOST).flatMap(provider => {
        const edit = appendToBlock(document, level, [`obliged ${provider.name}`]);
        return edit ? [fix(`Oblige ${provider.name}`, document, diagnostic, [edit])] : [];
    });
}

/**
 * Credits that shrink as performance falls were paired with the wrong tiers: the same amounts, in increasing
 * order from the best tier to the worst, pay more for a worse miss.
 */
function reorderCredits(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const credits = nodeAt(document, diagnostic, isCredits);
    const order = credits && tiersByBadness(credits);
    const amounts = order && commonScale(order.map(tier => tier.amount));
    if (!order || !amounts) return [];
    const text = document.textDocument.getText();
    const byAmount = order.map((tier, i) => ({ tier, value: amounts[i] })).sort((a, b) => a.value - b.value);
    const edits: TextEdit[] = order.flatMap((tier, i) => {
        const from = tier.amount.$cstNode!, to = byAmount[i].tier.amount.$cstNode!;
        return from === to ? [] : [{ range: from.range, newText: text.slice(to.offset, to.end) }];
    });
    return edits.length ? [fix('Reorder the credits so that they grow as performance falls', document, diagnostic, edits)] : [];
}

/** The tiers of a credits block from the smallest miss to the largest, or undefined when that cannot be told. */
function tiersByBadness(credits: Credits) {
    const level = credits.level?.ref;
    const promise = level && promiseOf(level);
    const tiers = credits.tiers;
    if (!promise || promise.higherIsBetter === undefined || tiers.some(t => !t.amount?.$cstNode || !t.first?.value)) return undefined;
    const upper = promise.higherIsBetter;
    // The bound on the side of the target: a tier's upper bound when higher is better, its lower bound otherwise.
    const near = tiers.map(tier => [tier.first, tier.second].find(b => b?.comparator?.startsWith(upper ? '<' : '>')) ?? tier.first);
    const values = commonScale(near.map(bound => bound!.value));
    if (!values) return undefined;
    return tiers.map((tier, i) => ({ tier, badness: upper ? -values[i] : values[i] }))
        .sort((a, b) => a.badness - b.badness).map(entry => entry.tier);
}

/** A customer-caused exclusion for the level, or the customer's duty excusing it. */
function excuseCustomerCausedMisses(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const agreement = document.parseResult.value;
    const level = nodeAt(document, diagnostic, isCredits)?.level?.ref;
    if (!level) return [];
    const actions: CodeAction[] = [];
    const exclusions = section(agreement, isExclusionsSection);
    const exclusion = exclusions
        ? appendToBlock(document, exclusions, [`customer-caused "TODO: what the customer can cause that affects ${level.title ?? level.name}" applies to ${level.name}`])
        : undefined;
    if (exclusion) {
        actions.push(fix(`Add a customer-caused exclusion for '${level.name}'`, document, diagnostic, [exclusion]));
    } else if (!exclusions) {
        const insertion = planSectionInsertion(document, ['exclusions']);
        if (insertion) actions.push(fix('Add the \'exclusions\' section, with a customer-caused exclusion', document, diagnostic, insertion.edits));
    }
    const duties = section(agreement, isResponsibilitiesSection);
    const duty = duties?.duties.find(d => d.party?.ref?.role === 'customer' && d.$cstNode && !d.everyLevel);
    if (duty) {
        const last = duty.levels.at(-1)?.$refNode ?? duty.$cstNode!;
        const at = document.textDocument.positionAt(last.end);
        const newText = duty.effect ? `, ${level.name}` : ` excuses ${level.name}`;
        actions.push(fix(`Let ${duty.party.$refText}'s duty excuse '${level.name}'`, document, diagnostic, [{ range: { start: at, end: at }, newText }]));
    } else if (duties) {
        const customer = allParties(agreement).find(p => p.role === 'customer');
        const edit = customer && appendToBlock(document, duties, [`${customer.name} must "TODO: what ${customer.name} must do for '${level.name}' to be met" excuses ${level.name}`]);
        if (edit) actions.push(fix(`Add a duty of ${customer!.name} that excuses '${level.name}'`, document, diagnostic, [edit]));
    }
    return actions;
}

/** Services that count business time get service hours; an agreement without calendars gets the section. */
function countInCalendar(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
    const agreement = document.parseResult.value;
    const names = (diagnostic.data as { services?: unknown } | undefined)?.services;
    if (!Array.isArray(names)) {
        const insertion = planSectionInsertion(document, ['calendars']);
        return insertion ? [fix('Add the \'calendars\' section', document, diagnostic, insertion.edits)] : [];
    }
    const services = declarations(agreement).filter(isService).filter(s => names.includes(s.name));
    const calendars = [agreement, ...ancestors(agreement)].flatMap(declarations).filter(isCalendar);
    return calendars.slice(0, MOST).flatMap(calendar => {
        const edits = services.map(service => appendToBlock(document, service, [`hours ${calendar.name}`])).filter(e => e !== undefined);
        return edits.length ? [fix(`Count ${services.map(s => `'${s.name}'`).join(', ')} in the hours of '${calendar.name}'`, document, diagnostic, edits)] : [];
    });
}

function candidates(diagnostic: Diagnostic): string[] {
    return listed(diagnostic, 'candidates');
}

/** A list of names the check put in the diagnostic's data. */
function listed(diagnostic: Diagnostic, key: string): string[] {
    const list = (diagnostic.data as Record<string, unknown> | undefined)?.[key];
    return Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string') : [];
}

/** The innermost node of a kind at the start of the diagnostic's range. */
function nodeAt<T extends AstNode>(document: LangiumDocument, diagnostic: Diagnostic, is: (node: unknown) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf: CstNode | undefined = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, is) : undefined;
}

function fix(title: string, document: LangiumDocument, diagnostic: Diagnostic, edits: TextEdit[]): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [document.textDocument.uri]: edits } } };
}
