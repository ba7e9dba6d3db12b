import { DefaultConfigurationProvider, Emitter, type ConfigurationInitializedParams, type Event } from 'langium';
import type { DidChangeConfigurationParams, InitializeParams } from 'vscode-languageserver';
import type { MissingSectionSeverity } from '../validation/section-checks.js';

/** The `sla.*` settings the server honours, with the values that apply when no client sends any. */
export interface SlaSettings {
    validation: { missingSections: MissingSectionSeverity };
}

const DEFAULTS: SlaSettings = { validation: { missingSections: 'error' } };
/** The settings section the server reads: `sla`. */
const SECTION = 'sla';

/**
 * Reads settings synchronously: the default provider's `getConfiguration` waits for an LSP `initialized` that
 * never comes in the CLI or in tests, and validation must not wait on a client anyway.
 *
 * Every LSP client can give the settings, in any of the ways the protocol allows:
 * - `initializationOptions` of `initialize`: `{ "sla": {...} }`, `{ "settings": { "sla": {...} } }` or the section
 *   itself (`{ "validation": {...} }`), for clients that send nothing else;
 * - answers to `workspace/configuration` (asked after `initialized` and again on every change notification that
 *   carries no settings, as the protocol's pull model has it);
 * - `workspace/didChangeConfiguration` with `{ "settings": { "sla": {...} } }`.
 * When the settings in effect change, `onSlaSettingsChange` fires so that the open agreements are checked again.
 */
export class SlaConfigurationProvider extends DefaultConfigurationProvider {

    private readonly slaSettingsChange = new Emitter<SlaSettings>();
    private fetchSection?: () => Promise<unknown>;

    get slaSettings(): SlaSettings {
        const missing = this.settings[SECTION]?.validation?.missingSections;
        return {
            validation: {
                missingSections: missing === 'warning' || missing === 'off' || missing === 'error'
                    ? missing : DEFAULTS.validation.missingSections
            }
        };
    }

    /** Fires when the settings in effect change, whichever way they came. */
    get onSlaSettingsChange(): Event<SlaSettings> {
        return this.slaSettingsChange.event;
    }

    override initialize(params: InitializeParams): void {
        super.initialize(params);
        const section = slaSectionOf(params.initializationOptions);
        if (section !== undefined) this.updateSectionConfiguration(SECTION, section);
    }

    override async initialized(params: ConfigurationInitializedParams): Promise<void> {
        const fetch = params.fetchConfiguration;
        if (this.workspaceConfig && fetch) {
            this.fetchSection = async () => (await fetch([{ section: SECTION }]))[0];
        }
        return super.initialized(params);
    }

    override updateConfiguration(change: DidChangeConfigurationParams): void {
        const section = slaSectionOf(change?.settings);
        if (section !== undefined) {
            super.updateConfiguration({ settings: { [SECTION]: section } });
        } else if (this.fetchSection) {
            // A notification without our settings (often `settings: null`) means "ask me".
            this.fetchSection().then(fetched => {
                if (fetched !== null && typeof fetched === 'object') this.updateSectionConfiguration(SECTION, fetched);
            }).catch(error => console.error('Could not read the sla settings from the client.', error));
        }
    }

    override updateSectionConfiguration(section: string, configuration: unknown): void {
        // An answer of null (the client has no such settings) keeps what initializationOptions gave.
        if (section === SECTION && (configuration === null || typeof configuration !== 'object')) return;
        const before = JSON.stringify(this.slaSettings);
        super.updateSectionConfiguration(section, configuration);
        if (section === SECTION && JSON.stringify(this.slaSettings) !== before) this.slaSettingsChange.fire(this.slaSettings);
    }
}

/** The `sla` section in what a client sent: under `sla`, under `settings.sla`, or the section itself. */
function slaSectionOf(value: unknown): object | undefined {
    if (value === null || typeof value !== 'object') return undefined;
    const record = value as Record<string, unknown>;
    const candidates = [record[SECTION], (record.settings as Record<string, unknown> | undefined)?.[SECTION]];
    const section = candidates.find(candidate => candidate !== null && typeof candidate === 'object');
    if (section) return section;
    return 'validation' in record ? record : undefined;
}
