/** The language server on Node: `sla-language-server --stdio`, or started by the VS Code extension over IPC. */
import './node-compat.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { unreadableData } from '../evaluation/data/data-text.js';
import { registerEditingRequests } from '../lsp/editing-requests.js';
import { registerEvaluationRequest } from '../lsp/evaluation-request.js';
import { registerRenderRequests } from '../lsp/render-requests.js';
import { createSlaServices } from '../sla-module.js';
import { readDataFile } from './data-files.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createSlaServices({ connection, ...NodeFileSystem });
registerRenderRequests(shared);
registerEditingRequests(shared);
registerEvaluationRequest(shared, uri => uri.scheme === 'file'
    ? readDataFile(uri.fsPath)
    : unreadableData(`is a ${uri.scheme}: resource, which the server cannot read; the editor should send its text`));
startLanguageServer(shared);
