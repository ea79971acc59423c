/**
 * What a translation module needs from `lit` (`html`) and `@lit/localize` (`str`), made as the same
 * plain objects those tags return. The script-tag builds compile dist/locales/<lang>.js against this
 * module (rollup.config.mjs) so a language file carries no second copy of lit-html — and no second
 * Trusted Types policy, which a strict CSP would refuse. `_$litType$: 1` is how Lit marks an HTML
 * template result (the shape its compiled templates use too); a test renders one in each browser.
 */
export const html = (strings: TemplateStringsArray, ...values: unknown[]) => ({ ['_$litType$']: 1 as const, strings, values });

export const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });
