// Serves the project folder over HTTP so the demo can load the built bundle the way a clinic's
// page would (`npm start` builds first). Port: $PORT, else 8000, else the next free one.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve('.');
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

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/demo/' });
      res.end();
      return;
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (path !== root && !path.startsWith(root + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  } catch (error) {
    const missing = error?.code === 'ENOENT' || error?.code === 'ENOTDIR';
    res.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(missing ? 'Not found' : 'Server error');
  }
});

function listen(port, triesLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && triesLeft > 0 && !process.env.PORT) listen(port + 1, triesLeft - 1);
    else {
      console.error(`Could not start the demo server: ${error.message}`);
      process.exit(1);
    }
  });
  server.listen(port, () => console.log(`Demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`));
}

listen(Number(process.env.PORT ?? 8000), 20);
