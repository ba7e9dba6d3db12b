/**
 * File extensions compared without case: `X.SLA`, as a case-insensitive file system or a mail attachment names
 * it, is an agreement like `x.sla`. Langium's registry compares them exactly and threw for `.SLA`.
 */
import { DefaultServiceRegistry, UriUtils, type LangiumCoreServices, type URI } from 'langium';

export class SlaServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        const extension = UriUtils.extname(uri);
        if (extension !== extension.toLowerCase() && this.textDocuments?.get(uri)?.languageId === undefined) {
            const services = this.fileExtensionMap.get(extension.toLowerCase());
            if (services) return services;
        }
        return super.getServices(uri);
    }
}
