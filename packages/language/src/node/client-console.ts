/**
 * Over standard input and output, anything the server printed to standard output would corrupt the protocol.
 * vscode-languageserver redirects the console to the client when it opens stdio itself; a server that gives it
 * the streams (main.ts, for MessageFraming) redirects it here: log and info as log messages, warnings and errors
 * as such, in the client's output channel.
 */
import { format } from 'node:util';
import type { Connection } from 'vscode-languageserver/node';

export function sendConsoleToClient(connection: Connection): void {
    const send = (write: (message: string) => void) => (...args: unknown[]) => write(format(...args));
    console.log = send(message => connection.console.log(message));
    console.info = send(message => connection.console.info(message));
    console.debug = send(message => connection.console.log(message));
    console.warn = send(message => connection.console.warn(message));
    console.error = send(message => connection.console.error(message));
}
