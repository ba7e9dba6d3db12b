/**
 * The language server in a browser: a Web Worker started by the web editor (packages/web) or by the extension in VS
 * Code for the Web. No Node API on this path: the build bundles this entry for the browser and fails on any Node
 * import. Documents come from the client; data files for evaluation are sent with their text.
 */
import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { registerEditingRequests } from '../lsp/editing-requests.js';
import { registerEvaluationRequest } from '../lsp/evaluation-request.js';
import { registerRenderRequests } from '../lsp/render-requests.js';
import { createSlaServices } from '../sla-module.js';

// The worker's global scope; the package compiles without the DOM library, so the type comes from the reader.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared } = createSlaServices({ connection, ...EmptyFileSystem });
registerRenderRequests(shared);
registerEditingRequests(shared);
registerEvaluationRequest(shared);
startLanguageServer(shared);
