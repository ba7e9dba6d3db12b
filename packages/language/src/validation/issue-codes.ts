/**
 * Stable diagnostic codes. Each appears in a diagnostic's `code` and `data.code` and is documented with an
 * example in docs/diagnostics.md. Never rename a code: users filter and suppress by it.
 */
import { SECTIONS } from '../catalogue/sections.js';

export namespace IssueCodes {
    // Syntax and structure
    export const SyntaxError = 'sla-syntax-error';
    // Everyday slips the parser recognises (parser/syntax-messages.ts); most have a quick fix.
    export const DateFormat = 'sla-date-format';
    export const TimeFormat = 'sla-time-format';
    export const CurrencySymbol = 'sla-currency-symbol';
    export const NumberFormat = 'sla-number-format';
    export const MissingUnit = 'sla-missing-unit';
    export const MissingPeriod = 'sla-missing-period';
    export const PeriodWord = 'sla-period-word';
    export const TextWithoutQuotes = 'sla-text-without-quotes';
    export const InnerQuotes = 'sla-inner-quotes';
    export const TargetFormat = 'sla-target-format';
    export const UnknownWord = 'sla-unknown-word';
    export const MissingBrace = 'sla-missing-brace';
    export const SyntaxAfterEnd = 'sla-syntax-after-end';
    export const HashComment = 'sla-hash-comment';
    export const NameFormat = 'sla-name-format';
    export const DuplicateSection = 'sla-duplicate-section';
    export const DuplicateField = 'sla-duplicate-field';
    /** The file could not be read, or a build phase threw: the one diagnostic such a file gets. */
    export const CheckFailed = 'sla-check-failed';
    /** A text holds bidirectional control characters that can make it read differently from what it says. */
    export const BidiControl = 'sla-bidi-control';

    // Ready to sign
    export const Placeholder = 'sla-placeholder';
    export const DuplicateClause = 'sla-duplicate-clause';
    export const EmptyClause = 'sla-empty-clause';
    /** A missing section's code: `sla-missing-` + the catalogue id. */
    export const missingSection = (sectionId: string): string => `sla-missing-${sectionId}`;

    // Names and references
    export const UnresolvedReference = 'sla-unresolved-reference';
    export const DuplicateName = 'sla-duplicate-name';
    export const HidesInheritedName = 'sla-hides-inherited-name';
    export const RefinesCycle = 'sla-refines-cycle';

    // Parties
    export const NoProvider = 'sla-no-provider';
    export const NoCustomer = 'sla-no-customer';
    export const PartyWithoutRole = 'sla-party-without-role';
    export const UnsuitableParty = 'sla-unsuitable-party';
    export const ObligedPartyMissing = 'sla-obliged-party-missing';

    // Units and quantities
    export const UnknownUnit = 'sla-unknown-unit';
    export const UnitMismatch = 'sla-unit-mismatch';
    export const PercentOutOfRange = 'sla-percent-out-of-range';
    export const NonPositiveQuantity = 'sla-non-positive-quantity';
    export const MoneyWithoutCurrency = 'sla-money-without-currency';
    export const MixedCurrencies = 'sla-mixed-currencies';
    export const BusinessTimeWithoutCalendar = 'sla-business-time-without-calendar';
    export const TargetClockDiffers = 'sla-target-clock-differs';
    export const ItemWindowNotPerItem = 'sla-item-window-not-per-item';
    export const CoverageNotIntervals = 'sla-coverage-not-intervals';

    // Locale
    export const UnknownLocale = 'sla-unknown-locale';

    // Targets
    export const PerfectTarget = 'sla-perfect-target';
    export const TargetFinerThanInterval = 'sla-target-finer-than-interval';
    export const WindowLongerThanReporting = 'sla-window-longer-than-reporting';

    // Service-credit tiers
    export const DuplicateCredits = 'sla-duplicate-credits';
    export const CreditsPerItemMismatch = 'sla-credits-per-item-mismatch';
    export const TierEmpty = 'sla-tier-empty';
    export const TierOverlap = 'sla-tier-overlap';
    export const TierGap = 'sla-tier-gap';
    export const TierNotMonotone = 'sla-tier-not-monotone';
    export const TierWhileMet = 'sla-tier-while-met';
    export const TierAboveCap = 'sla-tier-above-cap';
    export const CreditOver100 = 'sla-credit-over-100';
    export const CreditBasisAmbiguous = 'sla-credit-basis-ambiguous';
    export const CreditBasisMissing = 'sla-credit-basis-missing';

    // What the customer buys
    export const PurchaseNotCustomer = 'sla-purchase-not-customer';
    export const QuantityWithoutUnit = 'sla-quantity-without-unit';
    export const QuantityNotCharged = 'sla-quantity-not-charged';
    export const QuantityMissing = 'sla-quantity-missing';
    export const QuantityNotWhole = 'sla-quantity-not-whole';
    export const DuplicateQuantity = 'sla-duplicate-quantity';
    export const PurchaseMixedCurrencies = 'sla-purchase-mixed-currencies';
    export const PurchaseOutsideTerm = 'sla-purchase-outside-term';

    // Fairness: bad conduct is not rewarded
    export const NoCustomerExcusal = 'sla-no-customer-excusal';
    export const DutyExcusesNothing = 'sla-duty-excuses-nothing';
    export const SelfExcusingDuty = 'sla-self-excusing-duty';

    // Time
    export const InvalidDate = 'sla-invalid-date';
    export const InvalidTime = 'sla-invalid-time';
    export const TermEndsBeforeStart = 'sla-term-ends-before-start';
    export const ReviewLongerThanTerm = 'sla-review-longer-than-term';
    export const ReviewOutsideTerm = 'sla-review-outside-term';
    export const NoticeLongerThanTerm = 'sla-notice-longer-than-term';
    export const PeriodMisfit = 'sla-period-misfit';

    // Segments
    export const SegmentWithoutTarget = 'sla-segment-without-target';

    // Multi-level agreements and dependencies
    export const WeakerThanFloor = 'sla-weaker-than-floor';
    export const DependenciesCannotReach = 'sla-dependencies-cannot-reach';

    // Sales and marketing
    export const FollowUpNotCount = 'sla-follow-up-not-count';
    export const LeadQualityMissing = 'sla-lead-quality-missing';
}

/** Every missing-section code, for docs and tests. */
export const MISSING_SECTION_CODES: readonly string[] = SECTIONS.map(spec => IssueCodes.missingSection(spec.id));

/** Every fixed code (the missing-section codes aside), for docs and tests. */
export const FIXED_CODES: readonly string[] = Object.values(IssueCodes).flatMap(c => typeof c === 'string' ? [c] : []);
