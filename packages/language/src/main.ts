/** The language server: `sla-language-server --stdio`, or started by the VS Code extension over IPC. */
import './node-compat.js';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerEditingRequests } from './lsp/editing-requests.js';
import { registerEvaluationRequest } from './lsp/evaluation-request.js';
import { registerRenderRequests } from './lsp/render-requests.js';
import { AgreementFileSystem } from './node/agreement-files.js';
import { createSlaServices } from './sla-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createSlaServices({ connection, ...AgreementFileSystem });
registerRenderRequests(shared);
registerEditingRequests(shared);
registerEvaluationRequest(shared);
startLanguageServer(shared);
