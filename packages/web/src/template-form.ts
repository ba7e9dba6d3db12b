/**
 * "New from template": the `sla new` templates, asked in a form (template, provider, customer, locale, currency,
 * time zone) and written by the server (`sla/templates`, `sla/locales`, `sla/newAgreement`), exactly as the CLI and
 * VS Code write them. The currency and time zone fields show the chosen locale's, which an empty field takes.
 */
import type { LSPClient } from '@codemirror/lsp-client';
import {
    LocalesRequest, NewAgreementRequest, TemplatesRequest, type LocaleInfo, type NewAgreementParams, type NewAgreementResult,
    type TemplateInfo
} from 'sla-language/protocol';

export class TemplateForm {
    private loaded = false;

    constructor(private readonly client: LSPClient, private readonly dialog: HTMLDialogElement,
        private readonly create: (text: string, name: string) => void) {
        const form = dialog.querySelector('form')!;
        form.addEventListener('submit', event => {
            event.preventDefault();
            void this.submit(form);
        });
        dialog.querySelector('[data-action="cancel"]')!.addEventListener('click', () => dialog.close());
        const zones = dialog.querySelector<HTMLDataListElement>('#time-zones')!;
        zones.replaceChildren(...Intl.supportedValuesOf('timeZone').map(zone => new Option(zone, zone)));
    }

    async open(): Promise<void> {
        if (!this.loaded) {
            const [templates, locales] = await Promise.all([
                this.client.request<undefined, TemplateInfo[]>(TemplatesRequest.method, undefined),
                this.client.request<undefined, LocaleInfo[]>(LocalesRequest.method, undefined)
            ]);
            const select = this.dialog.querySelector<HTMLSelectElement>('[name="template"]')!;
            select.replaceChildren(...templates.map(template => {
                const option = new Option(template.title, template.id);
                option.title = template.description;
                return option;
            }));
            this.showLocales(locales);
            this.loaded = true;
        }
        this.showError('');
        this.dialog.showModal();
    }

    private async submit(form: HTMLFormElement): Promise<void> {
        const data = new FormData(form);
        const value = (name: string) => String(data.get(name) ?? '').trim();
        const params: NewAgreementParams = {
            template: value('template'), provider: value('provider'), customer: value('customer'),
            locale: value('locale') || undefined, currency: value('currency').toUpperCase() || undefined, timeZone: value('timezone') || undefined
        };
        const result = await this.client.request<NewAgreementParams, NewAgreementResult>(NewAgreementRequest.method, params);
        if (result.error || !result.text) {
            this.showError(result.error ?? 'The template wrote nothing.');
            return;
        }
        this.dialog.close();
        this.create(result.text, `${params.template}.sla`);
    }

    /** The locales in the picker, the default chosen; choosing one shows its currency and time zone in the empty fields. */
    private showLocales(locales: LocaleInfo[]): void {
        const select = this.dialog.querySelector<HTMLSelectElement>('[name="locale"]')!;
        select.replaceChildren(...locales.map(locale => new Option(`${locale.name} (${locale.tag})`, locale.tag, locale.isDefault, locale.isDefault)));
        const showDefaults = () => {
            const locale = locales.find(l => l.tag === select.value);
            if (!locale) return;
            this.dialog.querySelector<HTMLInputElement>('[name="currency"]')!.placeholder = locale.currency;
            this.dialog.querySelector<HTMLInputElement>('[name="timezone"]')!.placeholder = locale.timeZone;
        };
        select.addEventListener('change', showDefaults);
        showDefaults();
    }

    private showError(message: string): void {
        const error = this.dialog.querySelector<HTMLElement>('[role="alert"]')!;
        error.textContent = message;
        error.hidden = !message;
    }
}
