// `npm run web`: serves the built web editor (packages/web/out/site) on localhost with Node's own http server and
// prints its address. Any static host serves the same folder; opening its index.html from disk works too.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = fileURLToPath(new URL('../packages/web/out/site/', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

if (!existsSync(join(site, 'index.html'))) {
    console.error('The web editor is not built yet: run `npm run build` first.');
    process.exit(1);
}

const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff' });
    createReadStream(file).pipe(response);
});

const port = Number(process.env.PORT ?? 8080);
server.listen(port, '127.0.0.1', () => {
    console.log(`The SLA editor is at http://127.0.0.1:${server.address().port}/ (Ctrl+C stops it)`);
});
server.on('error', error => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is taken; start it with PORT=<another port> npm run web` : error.message);
    process.exit(1);
});
