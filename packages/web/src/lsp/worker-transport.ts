/**
 * The language server in a Web Worker, as the transport @codemirror/lsp-client asks for (JSON strings both ways).
 * The worker's script is built into this page as text and started from a Blob: a page opened from `file://` may
 * not start a worker from a file, and nothing is fetched.
 */
import type { Transport } from '@codemirror/lsp-client';
import workerSource from 'sla-worker-source';

export function startWorkerServer(): { worker: Worker, transport: Transport } {
    const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    const worker = new Worker(url, { name: 'SLA language server' });
    const handlers = new Set<(message: string) => void>();
    // vscode-languageserver/browser posts and expects message objects; the client speaks JSON text.
    worker.addEventListener('message', event => {
        const text = JSON.stringify(event.data);
        for (const handler of handlers) handler(text);
    });
    return {
        worker,
        transport: {
            send: message => worker.postMessage(JSON.parse(message)),
            subscribe: handler => handlers.add(handler),
            unsubscribe: handler => handlers.delete(handler)
        }
    };
}
