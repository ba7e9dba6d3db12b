/** The language server on Node: `sla-language-server --stdio`, or started by the VS Code extension over IPC. */
import './node-compat.js';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { unreadableData } from '../evaluation/data/data-text.js';
import { registerEditingRequests } from '../lsp/editing-requests.js';
import { registerEvaluationRequest } from '../lsp/evaluation-request.js';
import { registerRenderRequests } from '../lsp/render-requests.js';
import { createSlaServices } from '../sla-module.js';
import { AgreementFileSystem } from './agreement-files.js';
import { sendConsoleToClient } from './client-console.js';
import { readDataFile } from './data-files.js';
import { MessageFraming } from './message-framing.js';

// Over standard input, messages pass through MessageFraming, so that one with a broken header cannot stop the
// reading. Streams given explicitly leave the console alone, so it is sent to the client as `--stdio` does.
const stdio = process.argv.includes('--stdio');
const connection = stdio
    ? createConnection(ProposedFeatures.all, process.stdin.pipe(new MessageFraming(message => connection.console.error(message))), process.stdout)
    : createConnection(ProposedFeatures.all);
if (stdio) sendConsoleToClient(connection);
const { shared } = createSlaServices({ connection, ...AgreementFileSystem });
registerRenderRequests(shared);
registerEditingRequests(shared);
registerEvaluationRequest(shared, uri => uri.scheme === 'file'
    ? readDataFile(uri.fsPath)
    : unreadableData(`is a ${uri.scheme}: resource, which the server cannot read; the editor should send its text`));
startLanguageServer(shared);
