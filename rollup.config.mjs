// Bundles the compiled ES modules in lib/ (made by `tsc -p tsconfig.build.json`) into the
// self-contained, minified files in dist/ that pages load with a plain <script> tag:
// - dist/sciatica-widgets.js: every element, Lit inside, and window.SciaticaWidgets;
// - dist/<element>.js: one element each, for a page that needs only that one;
// - dist/locales/<lang>.js: one language each, fetched by the bundles above only when the page
//   switches to it, so an English page downloads no translations;
// - dist/sciatica-widgets.all-locales.js: everything including every language, in one file.
// - dist/esm/: the same as ES modules split into chunks, exercises and languages loaded on demand,
//   and dist/esm-graph.json: rollup's own record of which chunk imports which (scripts/size.mjs reads it);
// - dist/autoloader.js: a small script that imports an element's entry from dist/esm/ only when its
//   tag appears on the page.
// The bundles are IIFEs, so they work from <script src> and <script type="module" src> alike.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

// Every top-level module in lib/ other than index.js is an element's define entry.
const elementEntries = readdirSync('lib')
  .filter((f) => f.endsWith('.js') && f !== 'index.js')
  .map((f) => f.replace(/\.js$/, ''));
const locales = readdirSync('lib/generated/locales')
  .filter((f) => f.endsWith('.js'))
  .map((f) => f.replace(/\.js$/, ''));

// Swaps the bundler-friendly translation loader for the one that fetches dist/locales/<lang>.js.
const scriptTagLocales = {
  name: 'script-tag-locales',
  resolveId(source, importer) {
    if (source === './locale-loaders.js' && importer?.endsWith('/lib/core/locale.js')) {
      return fileURLToPath(new URL('./lib/core/locale-loaders-script.js', import.meta.url));
    }
    return null;
  },
};

// A translation module needs only the `html` and `str` tags: take them from lib/core/translation-tags.js
// instead of bundling a second lit-html into every language file.
const translationTags = {
  name: 'translation-tags',
  resolveId(source) {
    return source === 'lit' || source === '@lit/localize' ? fileURLToPath(new URL('./lib/core/translation-tags.js', import.meta.url)) : null;
  },
};

// Lit's html/svg/css templates keep their source indentation through terser; this squeezes it out.
// Whitespace collapses to one space, never to none, so text next to an expression keeps its gap.
// Templates with a static tag name (the exercise card's heading levels) cannot be parsed as HTML
// and are left as written.
const literals = () =>
  minifyLiterals({
    failOnError: true,
    options: {
      shouldMinify: (template) => template.tag === 'html' || template.tag === 'svg',
      minifyOptions: { conservativeCollapse: true },
    },
  });

// ascii_only: the bundles' text (·, …, é) is written as \u escapes, so it reads right even on a page
// served without a UTF-8 charset (a script inherits the page's encoding).
const minify = () => terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false, ascii_only: true } });

const onwarn = (warning, warn) => {
  // Lit's modules use `this` at the top level in a way that is harmless in a bundle; and the
  // entries' exports are for bundler users: script-tag pages use window.SciaticaWidgets.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'MISSING_NAME_OPTION_FOR_IIFE_EXPORT') return;
  warn(warning);
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// A script-tag bundle that is already on the page (the same file, same version, included twice) stops
// at once. Its elements would be turned away anyway, and starting it would create a second Trusted
// Types policy named "lit-html", which a page requiring Trusted Types refuses with an error.
const onceOnly = (file) => {
  const key = JSON.stringify(`${file.replace(/^dist\//, '')}@${version}`);
  return `const __swBundles = (globalThis[Symbol.for("sciatica-widgets.bundles")] ??= {}); if (__swBundles[${key}]) return; __swBundles[${key}] = true;`;
};

const bundle = (input, file, { inlineLocales = false } = {}) => ({
  input,
  output: { file, format: 'iife', inlineDynamicImports: true, sourcemap: false, intro: onceOnly(file) },
  plugins: [...(inlineLocales ? [] : [scriptTagLocales]), nodeResolve({ browser: true }), literals(), minify()],
  onwarn,
});

// The split build for pages and bundlers that load ES modules: one entry per element (and one for
// everything), Lit and the shared core in common chunks, and each catalogue exercise in a chunk of
// its own that the card imports only when it shows that exercise. Translations are chunks too, loaded
// on a language switch.
// Chunk names carry a content hash: clear the folder so an earlier build's chunks do not pile up.
rmSync('dist/esm', { recursive: true, force: true });

// Writes rollup's chunk graph of the split build (each chunk's static and dynamic imports and the module
// it stands for) to dist/esm-graph.json, so the size report follows what rollup built instead of
// reading import statements back out of minified code.
const chunkGraph = {
  name: 'chunk-graph',
  writeBundle(options, bundle) {
    const chunks = {};
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      chunks[chunk.fileName] = {
        name: chunk.name,
        isEntry: chunk.isEntry,
        isDynamicEntry: chunk.isDynamicEntry,
        facadeModule: chunk.facadeModuleId ? relative('.', chunk.facadeModuleId).split('\\').join('/') : null,
        imports: chunk.imports,
        dynamicImports: chunk.dynamicImports,
      };
    }
    mkdirSync('dist', { recursive: true });
    writeFileSync('dist/esm-graph.json', `${JSON.stringify({ dir: 'dist/esm', chunks }, null, 1)}\n`);
  },
};

const splitBuild = {
  input: Object.fromEntries([['sciatica-widgets', 'lib/index.js'], ...elementEntries.map((name) => [name, `lib/${name}.js`])]),
  output: { dir: 'dist/esm', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: false },
  plugins: [nodeResolve({ browser: true }), literals(), minify(), chunkGraph],
  onwarn,
};

// The autoloader's tags are the custom elements of custom-elements.json, the one list of them; each
// must have its entry in the split build (lib/<tag>.js), else the build stops here.
const manifestTags = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => d.tagName)
  .sort();
const withoutEntry = manifestTags.filter((tag) => !elementEntries.includes(tag));
if (withoutEntry.length) throw new Error(`custom-elements.json lists <${withoutEntry.join('>, <')}> without an entry lib/<tag>.js for the autoloader.`);

const AUTOLOADER_ENTRY = '\0sciatica-autoloader-entry';
const autoloaderEntry = {
  name: 'autoloader-entry',
  resolveId: (source) => (source === AUTOLOADER_ENTRY ? source : null),
  load: (id) =>
    id === AUTOLOADER_ENTRY
      ? `import { startAutoloader } from ${JSON.stringify(fileURLToPath(new URL('./lib/autoloader/autoloader.js', import.meta.url)))};\nstartAutoloader(${JSON.stringify(manifestTags)});\n`
      : null,
};

const autoloader = {
  input: AUTOLOADER_ENTRY,
  output: { file: 'dist/autoloader.js', format: 'iife', sourcemap: false, intro: onceOnly('dist/autoloader.js') },
  plugins: [autoloaderEntry, minify()],
  onwarn,
};

export default [
  splitBuild,
  autoloader,
  bundle('lib/index.js', 'dist/sciatica-widgets.js'),
  bundle('lib/index.js', 'dist/sciatica-widgets.all-locales.js', { inlineLocales: true }),
  ...elementEntries.map((name) => bundle(`lib/${name}.js`, `dist/${name}.js`)),
  ...locales.map((locale) => ({
    input: `lib/generated/locales/${locale}.js`,
    output: { file: `dist/locales/${locale}.js`, format: 'es', sourcemap: false },
    plugins: [translationTags, minify()],
    onwarn,
  })),
];
