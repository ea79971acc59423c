// Serves the project folder over HTTP so the demo can load the built bundle the way a clinic's
// page would (`npm start` builds first). Port: $PORT, else 8000, else the next free one.
//
// The end-to-end tests (test/e2e/) start the same server with `startServer()`, adding response
// headers per request (a Content-Security-Policy header, as a clinic's server would send it) and
// files that exist only in memory (a copy of the bundle claiming another version).
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** A TCP port on 127.0.0.1 that nothing listens on right now (the system picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createTcpServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a static file server.
 *
 * @param {object} [options]
 * @param {number} [options.port] - Port to listen on; 0 (the default) lets the system choose.
 * @param {number} [options.tries] - On "address in use", try this many following ports (default 0).
 * @param {string} [options.host] - Interface to listen on (default: all).
 * @param {string} [options.root] - Folder served (default: the current directory).
 * @param {Record<string, string> | ((url: URL) => Record<string, string> | undefined)} [options.headers] -
 *   Extra response headers: the same for every response, or chosen per request URL.
 * @param {Record<string, { body: string | Buffer, type?: string }>} [options.routes] - Files served
 *   from memory by path name (e.g. `/copy/sciatica-widgets.js`); `type` defaults from the extension.
 * @returns {Promise<{ server: import('node:http').Server, port: number, origin: string, close(): Promise<void> }>}
 */
export function startServer({ port = 0, tries = 0, host, root = '.', headers, routes = {} } = {}) {
  const base = resolve(root);
  const extraHeaders = (url) => (typeof headers === 'function' ? (headers(url) ?? {}) : (headers ?? {}));
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/') {
        res.writeHead(302, { location: '/demo/' });
        res.end();
        return;
      }
      const route = Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : null;
      let body;
      let type;
      if (route) {
        body = route.body;
        type = route.type ?? types[extname(url.pathname)];
      } else {
        let path = normalize(join(base, decodeURIComponent(url.pathname)));
        if (path !== base && !path.startsWith(base + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
        if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
        body = await readFile(path);
        type = types[extname(path)];
      }
      res.writeHead(200, {
        'content-type': type ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...extraHeaders(url),
      });
      res.end(body);
    } catch (error) {
      const missing = error?.code === 'ENOENT' || error?.code === 'ENOTDIR';
      res.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(missing ? 'Not found' : 'Server error');
    }
  });

  return new Promise((resolvePromise, reject) => {
    const listen = (at, triesLeft) => {
      server.once('error', (error) => {
        if (error.code === 'EADDRINUSE' && triesLeft > 0) listen(at + 1, triesLeft - 1);
        else reject(error);
      });
      server.listen(at, host, () => {
        server.removeAllListeners('error');
        const { port: bound } = server.address();
        resolvePromise({
          server,
          port: bound,
          origin: `http://${host && host !== '0.0.0.0' ? host : 'localhost'}:${bound}`,
          close: () => new Promise((done) => server.close(() => done())),
        });
      });
    };
    listen(port, tries);
  });
}

// Run as a script (`node scripts/serve.mjs`, `npm start`): serve the project folder for the demo.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { port } = await startServer({ port: Number(process.env.PORT ?? 8000), tries: process.env.PORT ? 0 : 20 });
    console.log(`Demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
  } catch (error) {
    console.error(`Could not start the demo server: ${error.message}`);
    process.exit(1);
  }
}
