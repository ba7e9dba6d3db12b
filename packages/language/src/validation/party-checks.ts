/**
 * Parties: an agreement binds at least one provider and one customer, every party has a role, and each level
 * and service names a party that can carry it.
 */
import type { ValidationAcceptor } from 'langium';
import type { Level, PartiesSection, Party, Service } from '../generated/ast.js';
import { agreementOf, allParties, obligedParty } from '../sla-model.js';
import { IssueCodes } from './issue-codes.js';
import { report } from './report.js';

/** Parties inherited from a refined agreement count: a service-level agreement reuses the corporate provider. */
export function checkProviderAndCustomer(parties: PartiesSection, accept: ValidationAcceptor): void {
    const roles = new Set(allParties(parties.$container).map(p => p.role));
    if (!roles.has('provider')) {
        report(accept, 'error', IssueCodes.NoProvider,
            'No party is the provider: nobody owes the service levels. Declare one, e.g. `provider Acme "Acme Ltd."`.',
            { node: parties, keyword: 'parties' });
    }
    if (!roles.has('customer')) {
        report(accept, 'error', IssueCodes.NoCustomer,
            'No party is the customer: nobody receives the service or can claim a credit. Declare one, e.g. `customer Globex "Globex Corp."`.',
            { node: parties, keyword: 'parties' });
    }
}

export function checkPartyRole(party: Party, accept: ValidationAcceptor): void {
    if (party.role || !party.name) return;
    report(accept, 'warning', IssueCodes.PartyWithoutRole,
        `Party '${party.name}' has no role, so nobody can tell whether it delivers, receives or measures the service. `
        + "Replace 'party' with provider, customer, subcontractor or monitor.",
        { node: party, keyword: 'party' });
}

/** A monitor measures the levels; it can neither be obliged to meet one nor provide the service it measures. */
export function checkObligedParty(level: Level, accept: ValidationAcceptor): void {
    const obliged = level.obliged?.ref;
    if (obliged?.role === 'monitor') {
        report(accept, 'error', IssueCodes.UnsuitableParty,
            `'${obliged.name}' is a monitor: it measures the levels and cannot be obliged to meet one. Oblige the provider or customer who delivers this.`,
            { node: level, property: 'obliged' });
    }
    if (!level.obliged && level.name && !obligedParty(level)) {
        const agreement = agreementOf(level);
        const providers = agreement ? allParties(agreement).filter(p => p.role === 'provider').map(p => p.name) : [];
        if (providers.length > 1) {
            report(accept, 'warning', IssueCodes.ObligedPartyMissing,
                `Level '${level.name}' does not say who must meet it, and the agreement has ${providers.length} providers (${providers.join(', ')}). Add 'obliged' with one of them.`,
                { node: level, property: 'name' });
        }
    }
}

export function checkServiceProviders(service: Service, accept: ValidationAcceptor): void {
    service.providers.forEach((ref, index) => {
        if (ref.ref?.role === 'monitor') {
            report(accept, 'error', IssueCodes.UnsuitableParty,
                `'${ref.ref.name}' is a monitor: it measures the service and cannot also provide it. Name the provider or subcontractor that delivers it.`,
                { node: service, property: 'providers', index });
        }
    });
}
