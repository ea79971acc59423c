// `npm run analyze` writes custom-elements.json from the JSDoc in src/ (@fires, @csspart,
// @cssprop, @slot, @attr). CI regenerates it and fails if the committed file differs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
