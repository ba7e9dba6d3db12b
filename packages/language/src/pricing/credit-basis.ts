/**
 * What a percentage credit is a percentage of: the package named after `of`, or, without `of`, the one package the
 * agreement's customers buy (or, in an agreement that states no purchases, its one package). With several
 * candidates the basis is ambiguous; with none it is missing. The validator reports both, the evaluation refuses to
 * guess, and the renderer names the package; all three read this module.
 */
import type { Agreement, Credits, Level, Package } from '../generated/ast.js';
import { isCredits, isPackage, isRemediesSection } from '../generated/ast.js';
import { agreementOf, ancestors, declarations } from '../sla-model.js';
import { unitInfo } from '../units.js';
import { purchasesOf } from './bills.js';

export type CreditBasis =
    | { readonly kind: 'package', readonly pkg: Package, readonly written: boolean }
    | { readonly kind: 'ambiguous', readonly candidates: readonly Package[] }
    | { readonly kind: 'none' };

/** Whether any tier of the schedule is a percentage (only those need a basis). */
export function isPercentageSchedule(credits: Credits): boolean {
    return credits.tiers.some(tier => unitInfo(tier.amount?.unit)?.dimension === 'percent');
}

export function creditBasis(credits: Credits): CreditBasis {
    const written = credits.basis?.ref;
    if (written) return { kind: 'package', pkg: written, written: true };
    const agreement = agreementOf(credits);
    const candidates = agreement ? basisCandidates(agreement) : [];
    if (candidates.length === 1) return { kind: 'package', pkg: candidates[0], written: false };
    return candidates.length ? { kind: 'ambiguous', candidates } : { kind: 'none' };
}

/**
 * Found once per agreement and chain of refined agreements: every percentage schedule asks, and finding them for
 * each one made the credit checks quadratic in the agreement's size. An edit of this agreement or of one it refines
 * gives that agreement a new node (incremental/incremental-parser.ts), so the chain tells when to look again.
 */
const candidatesFound = new WeakMap<Agreement, { readonly chain: readonly Agreement[], readonly candidates: readonly Package[] }>();

/** The packages bought in the agreement, or, when it states no purchases, every package it can see. */
export function basisCandidates(agreement: Agreement): readonly Package[] {
    const chain = [agreement, ...ancestors(agreement)];
    const known = candidatesFound.get(agreement);
    if (known && known.chain.length === chain.length && known.chain.every((a, i) => a === chain[i])) return known.candidates;
    const purchases = purchasesOf(agreement);
    const candidates = purchases.length
        ? [...new Set(purchases.flatMap(p => p.package?.ref ? [p.package.ref] : []))]
        : chain.flatMap(a => declarations(a).filter(isPackage));
    candidatesFound.set(agreement, { chain, candidates });
    return candidates;
}

/**
 * The credit schedule that applies to a level: its only one, or, with one schedule per package, the one for the
 * package the customer buys (schedules for packages nobody buys here are not in play). With several schedules and
 * nothing bought to choose by, none applies and `note` says why, so that no credit is computed on a guess.
 */
export function applicableCredits(agreement: Agreement, level: Level): { credits?: Credits, note?: string } {
    const schedules = agreement.sections.filter(isRemediesSection).flatMap(s => s.remedies).filter(isCredits)
        .filter(credits => credits.level?.ref === level);
    if (schedules.length <= 1) return { credits: schedules[0] };
    const bought = new Set(purchasesOf(agreement).map(p => p.package?.ref));
    const applying = schedules.filter(credits => credits.basis?.ref && bought.has(credits.basis.ref));
    if (applying.length === 1) return { credits: applying[0] };
    const packages = schedules.map(credits => credits.basis?.$refText ?? 'every package').join(', ');
    return {
        note: applying.length
            ? `${level.name} has a credit schedule for each of ${packages}, and more than one of these packages is bought: only the first bought package's schedule is applied.`
            : `${level.name} has a credit schedule for each of ${packages}, and the agreement does not say which of these packages is bought: no credit is computed for it. Add a 'purchases' section.`,
        credits: applying[0]
    };
}
