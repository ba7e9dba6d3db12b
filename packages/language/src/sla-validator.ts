import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Agreement, SlaAstType } from './generated/ast.js';
import type { SlaServices } from './sla-module.js';
import {
    checkDuplicateFields, checkDuplicateHeaderFields, checkDuplicateSections, checkMissingSections
} from './validation/section-checks.js';
import type { SlaConfigurationProvider } from './workspace/sla-configuration.js';

export { IssueCodes } from './validation/issue-codes.js';

/**
 * Registers the SLA checks. Checks are grouped by topic under validation/; this class wires them to AST types
 * and decides which run while typing (`fast`) and which only on save and in the CLI (`slow`).
 */
export function registerValidationChecks(services: SlaServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.SlaValidator;
    const fast: ValidationChecks<SlaAstType> = {
        Agreement: [validator.checkSections, checkDuplicateSections, checkDuplicateHeaderFields],
        Calendar: checkDuplicateFields,
        Service: checkDuplicateFields,
        Metric: checkDuplicateFields,
        Level: checkDuplicateFields,
        Exclusion: checkDuplicateFields,
        Report: checkDuplicateFields,
        ChangesSection: checkDuplicateFields,
        ReviewSection: checkDuplicateFields
    };
    registry.register(fast, validator, 'fast');
}

export class SlaValidator {

    constructor(private readonly services: SlaServices) { }

    checkSections(agreement: Agreement, accept: ValidationAcceptor): void {
        const settings = (this.services.shared.workspace.ConfigurationProvider as SlaConfigurationProvider).slaSettings;
        checkMissingSections(agreement, accept, settings.validation.missingSections);
    }
}
