/**
 * The agreement templates `sla new` and the editor's "New Agreement from Template..." write: complete agreements
 * that check clean, with `TODO:` (always inside a string) where only the parties can fill in the facts and every
 * number, date and time marked as suggested (`99.9? %`): a template is never ready to sign as written.
 */
import { cloudHostingUptime } from './cloud-hosting-uptime.js';
import { internalMultiLevel } from './internal-multi-level.js';
import { managedItHelpdesk } from './managed-it-helpdesk.js';
import { salesMarketingLeads } from './sales-marketing-leads.js';
import {
    markSuggestedValues, regionalSettings, templateContext, TemplateParameterError, type RegionalSettings, type TemplateContext,
    type TemplateParameters
} from './template-context.js';

export interface AgreementTemplate {
    /** The name `sla new --template` takes. */
    readonly id: string;
    readonly title: string;
    readonly description: string;
    readonly write: (context: TemplateContext) => string;
}

export const AGREEMENT_TEMPLATES: readonly AgreementTemplate[] = [
    {
        id: 'managed-it-helpdesk', title: 'Managed IT helpdesk',
        description: 'A managed service provider\'s helpdesk: response and resolution per priority P1-P4 in business hours, a package price with per-seat charges, credits for P1.',
        write: managedItHelpdesk
    },
    {
        id: 'cloud-hosting-uptime', title: 'Cloud hosting uptime',
        description: 'Monthly uptime per service measured per minute, three service-credit tiers, a cap, a claim window and announced maintenance.',
        write: cloudHostingUptime
    },
    {
        id: 'sales-marketing-leads', title: 'Sales and marketing leads',
        description: 'Marketing hands over leads above a minimum score; sales commits to first-touch times per lead segment, follow-up depth and a weekly pipeline report.',
        write: salesMarketingLeads
    },
    {
        id: 'internal-multi-level', title: 'Internal multi-level (corporate level)',
        description: 'An IT department\'s corporate floor for every service it runs for the business, for customer- and service-level agreements to refine.',
        write: internalMultiLevel
    }
];

export function findTemplate(id: string): AgreementTemplate | undefined {
    return AGREEMENT_TEMPLATES.find(template => template.id === id);
}

/** The agreement a template writes for the given parties. */
export function writeAgreement(id: string, parameters: TemplateParameters, today?: Date): string {
    const template = findTemplate(id);
    if (!template) {
        throw new TemplateParameterError(`there is no template '${id}'; templates: ${AGREEMENT_TEMPLATES.map(t => t.id).join(', ')}`);
    }
    const agreed = parameters.start ? [parameters.start] : [];
    return markSuggestedValues(template.write(templateContext(parameters, template.write, today)), agreed);
}

export { regionalSettings, TemplateParameterError, type RegionalSettings, type TemplateParameters };
