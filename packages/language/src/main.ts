/** The language server: `sla-language-server --stdio`, or started by the VS Code extension over IPC. */
import './node-compat.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSlaServices } from './sla-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createSlaServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
