import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Agreement, SlaAstType } from './generated/ast.js';
import type { SlaServices } from './sla-module.js';
import { checkClauseHasText, checkDuplicateClauses } from './validation/clause-checks.js';
import { checkCreditsAreExcusable, checkDutyEffect } from './validation/fairness-checks.js';
import { checkLocale } from './validation/locale-checks.js';
import { checkDependencies, checkFloors } from './validation/multi-level-checks.js';
import { checkDuplicateNames, checkHiddenInheritedNames, checkNameFormat, checkRefinesCycle } from './validation/name-checks.js';
import { checkObligedParty, checkPartyRole, checkProviderAndCustomer, checkServiceProviders } from './validation/party-checks.js';
import { checkPlaceholders } from './validation/placeholders.js';
import { checkCreditBasis, checkPurchase } from './validation/purchase-checks.js';
import { checkFollowUpMetric, checkLeadQuality } from './validation/sales-checks.js';
import {
    checkDuplicateFields, checkDuplicateHeaderFields, checkDuplicateSections, checkMissingSections
} from './validation/section-checks.js';
import { checkSegmentCoverage } from './validation/segment-checks.js';
import { checkBidiControls } from './validation/text-checks.js';
import { checkPerfectTarget, checkReportingCoversWindows, checkTargetResolution } from './validation/target-checks.js';
import {
    checkCreditAmount, checkCreditTiers, checkDuplicateCredits, checkTiersWithinCaps
} from './validation/tier-checks.js';
import {
    checkAmendmentDate, checkClockTimes, checkHolidays, checkMasterAgreementDate, checkNoticeFitsTerm, checkPeriodsFitWindows, checkPurchaseStart, checkReviewDate,
    checkReviewFitsTerm, checkReviewFitsWindows, checkTerm, checkTermDates
} from './validation/time-checks.js';
import {
    checkBusinessTime, checkCurrenciesField, checkMetricCoverage, checkMetricUnit, checkMixedCurrencies, checkQuantity, checkRateUnits,
    checkItemWindow, checkTargetClock
} from './validation/unit-checks.js';
import type { SlaConfigurationProvider } from './workspace/sla-configuration.js';

export { IssueCodes } from './validation/issue-codes.js';

/**
 * Registers the SLA checks. Checks are grouped by topic under validation/; this function wires them to AST types
 * and decides which run while typing (`fast`) and which only on save and in the CLI (`slow`).
 *
 * Fast: every check that reads one agreement and the names linking already resolved, including names inherited
 * from a refined agreement. They cost a walk over the document and tell the author about the line being typed.
 *
 * Slow: checks that weigh this agreement's targets against other levels' targets (a refined agreement's floors,
 * the availability of the services a service depends on). Those targets often live in other files, and a number
 * half-typed in one level would flash verdicts on other lines, or in other files, at every keystroke. They run when
 * a file is opened or saved (lsp/sla-document-update-handler.ts) and in `sla check`.
 */
export function registerValidationChecks(services: SlaServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.SlaValidator;
    const fast: ValidationChecks<SlaAstType> = {
        Agreement: [
            validator.checkSections, checkDuplicateSections, checkDuplicateHeaderFields, checkDuplicateNames, checkNameFormat,
            checkHiddenInheritedNames, checkMixedCurrencies, checkBusinessTime, checkReportingCoversWindows,
            checkPeriodsFitWindows, checkSegmentCoverage, checkLeadQuality, checkCreditsAreExcusable, checkPlaceholders,
            checkBidiControls
        ],
        MasterAgreementField: checkMasterAgreementDate,
        ClausesSection: checkDuplicateClauses,
        LegalClause: checkClauseHasText,
        RefinesField: checkRefinesCycle,
        CurrenciesField: checkCurrenciesField,
        LocaleField: checkLocale,
        EffectiveField: [checkTermDates, checkTerm],
        PartiesSection: checkProviderAndCustomer,
        Party: checkPartyRole,
        Calendar: [checkDuplicateFields, checkHolidays, checkClockTimes],
        Service: [checkDuplicateFields, checkServiceProviders],
        Rate: checkRateUnits,
        Metric: [checkDuplicateFields, checkMetricUnit, checkFollowUpMetric, checkMetricCoverage],
        Level: [checkDuplicateFields, checkObligedParty, checkPerfectTarget, checkTargetResolution, checkTargetClock, checkItemWindow],
        Quantity: checkQuantity,
        Responsibility: checkDutyEffect,
        Exclusion: checkDuplicateFields,
        RemediesSection: checkDuplicateCredits,
        Credits: [checkCreditTiers, checkTiersWithinCaps, checkCreditBasis],
        Purchase: [checkPurchase, checkPurchaseStart],
        CreditTier: checkCreditAmount,
        Cap: checkCreditAmount,
        Report: checkDuplicateFields,
        ChangesSection: [checkDuplicateFields, checkNoticeFitsTerm],
        Amendment: checkAmendmentDate,
        ReviewSection: [checkDuplicateFields, checkReviewDate, checkReviewFitsTerm, checkReviewFitsWindows]
    };
    const slow: ValidationChecks<SlaAstType> = {
        Level: [checkFloors, checkDependencies]
    };
    registry.register(fast, validator, 'fast');
    registry.register(slow, validator, 'slow');
}

export class SlaValidator {

    constructor(private readonly services: SlaServices) { }

    checkSections(agreement: Agreement, accept: ValidationAcceptor): void {
        const settings = (this.services.shared.workspace.ConfigurationProvider as SlaConfigurationProvider).slaSettings;
        checkMissingSections(agreement, accept, settings.validation.missingSections);
    }
}
