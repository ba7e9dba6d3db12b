/** "Export": the agreement rendered by the server (`sla/render`) as HTML, Markdown or Word, downloaded. */
import type { LSPClient } from '@codemirror/lsp-client';
import { RenderRequest, type RenderFormat, type RenderParams, type RenderResult } from 'sla-language/protocol';
import { download, fromBase64, withExtension } from './downloads.js';

const EXPORTS: Record<RenderFormat, { extension: string, type: string }> = {
    html: { extension: 'html', type: 'text/html;charset=utf-8' },
    markdown: { extension: 'md', type: 'text/markdown;charset=utf-8' },
    docx: { extension: 'docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }
};

/** Downloads the export and says what happened, in one sentence. */
export async function exportAgreement(client: LSPClient, uri: string, fileName: string, format: RenderFormat): Promise<string> {
    client.sync();
    try {
        const result = await client.request<RenderParams, RenderResult>(RenderRequest.method, { uri, format });
        const name = withExtension(fileName, EXPORTS[format].extension);
        download(name, result.encoding === 'base64' ? fromBase64(result.content) as BlobPart : result.content, EXPORTS[format].type);
        const errors = result.problems.errors;
        return errors ? `Downloaded ${name}; the agreement still has ${errors} error${errors === 1 ? '' : 's'}.` : `Downloaded ${name}.`;
    } catch (error) {
        return `Could not export: ${(error as { message?: string }).message ?? String(error)}`;
    }
}
