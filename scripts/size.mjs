// Prints the size of every built file: the dist/ bundles as shipped (already minified), and the
// lib/ ES modules as a bundler would serve them once minified. gzip at level 9 and brotli, as
// measured here, not estimated. Run `npm run build` first.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { minify } from 'terser';

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(2);

const rows = [];
for (const file of walk('dist').filter((f) => f.endsWith('.js')).sort()) {
  const code = readFileSync(file);
  rows.push({ file, min: code.length, gzip: gzip(code), brotli: brotli(code) });
}
for (const file of walk('lib').filter((f) => f.endsWith('.js')).sort()) {
  const source = readFileSync(file, 'utf8');
  const { code } = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 } });
  const buf = Buffer.from(code ?? '');
  rows.push({ file, min: buf.length, gzip: gzip(buf), brotli: brotli(buf) });
}
if (!rows.length) {
  console.error('Nothing built: run `npm run build` first.');
  process.exit(1);
}

const width = Math.max(...rows.map((r) => relative('.', r.file).length), 4);
const line = (a, b, c, d) => `${a.padEnd(width)}  ${b.padStart(12)}  ${c.padStart(12)}  ${d.padStart(12)}`;
console.log(line('file', 'min bytes', 'gzip bytes', 'brotli bytes'));
for (const r of rows) {
  console.log(line(relative('.', r.file), String(r.min), String(r.gzip), String(r.brotli)));
}
const lib = rows.filter((r) => r.file.startsWith('lib'));
console.log(line('lib/ total (all modules, minified one by one)', String(lib.reduce((s, r) => s + r.min, 0)), String(lib.reduce((s, r) => s + r.gzip, 0)), String(lib.reduce((s, r) => s + r.brotli, 0))));
for (const r of rows.filter((r) => r.file.startsWith('dist'))) {
  console.log(`${relative('.', r.file)}: ${kb(r.min)} KB minified, ${kb(r.gzip)} KB gzip, ${kb(r.brotli)} KB brotli`);
}
