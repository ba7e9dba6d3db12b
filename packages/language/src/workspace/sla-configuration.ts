import { DefaultConfigurationProvider } from 'langium';
import type { MissingSectionSeverity } from '../validation/section-checks.js';

/** The `sla.*` settings the server honours, with the values that apply when no client sends any. */
export interface SlaSettings {
    validation: { missingSections: MissingSectionSeverity };
}

const DEFAULTS: SlaSettings = { validation: { missingSections: 'error' } };

/**
 * Reads settings synchronously: the default provider's `getConfiguration` waits for an LSP `initialized` that
 * never comes in the CLI or in tests, and validation must not wait on a client anyway.
 */
export class SlaConfigurationProvider extends DefaultConfigurationProvider {

    get slaSettings(): SlaSettings {
        const missing = this.settings['sla']?.validation?.missingSections;
        return {
            validation: {
                missingSections: missing === 'warning' || missing === 'off' || missing === 'error'
                    ? missing : DEFAULTS.validation.missingSections
            }
        };
    }
}
