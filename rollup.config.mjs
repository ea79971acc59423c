// Bundles the compiled ES modules in lib/ (made by `tsc -p tsconfig.build.json`) into the
// self-contained, minified files in dist/ that pages load with a plain <script> tag:
// - dist/sciatica-widgets.js: every element, Lit inside, and window.SciaticaWidgets;
// - dist/<element>.js: one element each, for a page that needs only that one.
// They are IIFEs, so they work from <script src> and <script type="module" src> alike; translations
// are inlined because a classic script cannot load chunks.
import { readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// Every top-level module in lib/ other than index.js is an element's define entry.
const elementEntries = readdirSync('lib')
  .filter((f) => f.endsWith('.js') && f !== 'index.js')
  .map((f) => f.replace(/\.js$/, ''));

const bundle = (input, file) => ({
  input,
  output: {
    file,
    format: 'iife',
    inlineDynamicImports: true,
    sourcemap: false,
  },
  plugins: [
    nodeResolve({ browser: true }),
    terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    // Lit's modules use `this` at the top level in a way that is harmless in a bundle; and the
    // entries' exports are for bundler users: script-tag pages use window.SciaticaWidgets.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'MISSING_NAME_OPTION_FOR_IIFE_EXPORT') return;
    warn(warning);
  },
});

export default [
  bundle('lib/index.js', 'dist/sciatica-widgets.js'),
  ...elementEntries.map((name) => bundle(`lib/${name}.js`, `dist/${name}.js`)),
];
