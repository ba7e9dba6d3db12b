/** The language server: `sla-language-server --stdio`, or started by the VS Code extension over IPC. */
import './node-compat.js';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerEditingRequests } from './lsp/editing-requests.js';
import { registerEvaluationRequest } from './lsp/evaluation-request.js';
import { registerRenderRequests } from './lsp/render-requests.js';
import { AgreementFileSystem } from './node/agreement-files.js';
import { MessageFraming } from './node/message-framing.js';
import { sendConsoleToClient } from './node/client-console.js';
import { createSlaServices } from './sla-module.js';

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
registerEvaluationRequest(shared);
startLanguageServer(shared);
