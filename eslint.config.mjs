import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'src/generated/', 'custom-elements.json', 'test/consumers/'] /* the consumer projects are checked by their own tools (npm run test:consumers) */ },
  // Type-aware rules: they read the types (a floating promise, an unsafe `any`, a condition that is
  // always true), which the syntax-only rules cannot.
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['*.mjs', 'scripts/*.mjs', 'bench/*.mjs', 'bench/*.js', 'test/e2e/*.mjs', 'demo/*.js'] }, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Plain JavaScript (Node scripts, the demo, the benchmarks) has no types to check.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  lit.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(Object.keys(litA11y.rules).map((rule) => [`lit-a11y/${rule}`, 'error'])),
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn'] }],
      // `const { a, ...rest } = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Numbers and booleans read fine in messages; objects and undefined are what this catches.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `() => (this.open = false)` and `() => void x()` in templates are the idiom, not a mistake.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidOperator: true }],
      // Lit calls a template's event listeners with `this` bound to the element (`@click=${this.save}`),
      // which this rule cannot see.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Node scripts and test helpers talk to the console.
    files: ['scripts/**', 'test/**', '*.mjs'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // @open-wc/semantic-dom-diff types every chai `.equal()` as returning a Promise (only its DOM
      // assertions do), so in tests this rule would ask to await every expect().
      '@typescript-eslint/no-floating-promises': 'off',
      // Tests create elements with document.createElement(tag) and cast them to the class.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Fakes of async browser APIs (wake lock, audio) are async without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      // The leak tests count listeners added through the deprecated MediaQueryList API as well.
      '@typescript-eslint/no-deprecated': 'off',
      // Hostile-input tests put objects into messages on purpose.
      '@typescript-eslint/no-base-to-string': 'off',
      // Tests read the DOM defensively (`?.textContent`), type query helpers by element, and read
      // stored JSON back as it is.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
