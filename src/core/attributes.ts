/**
 * Attribute specs: how each element turns a host's attribute string (or a value set from
 * script) into a value it can use. Each spec knows its documented fallback and says whether
 * a raw value is valid; the base element (base.ts) applies it in the property setter and
 * warns once about invalid values. Pure: no DOM, no logging.
 */

export type Parsed<T> = { valid: true; value: T } | { valid: false };

export interface AttributeSpec<T> {
  /** Used when the attribute is missing, and instead of an invalid value. */
  readonly fallback: T;
  /** How the fallback reads in a warning, e.g. `"list"` or `off`. */
  readonly fallbackText: string;
  /** What a valid value looks like, for the warning, e.g. `list or stepper`. */
  readonly expected: string;
  /** `null`/`undefined` mean "not set" and are handled before this is called. */
  parse(raw: unknown): Parsed<T>;
}

/** Quotes a bad value for a console message, shortened so a 100 KB attribute cannot flood the console. */
export function describeValue(raw: unknown): string {
  let text: string;
  try {
    // JSON.stringify gives undefined for a function or a symbol, which its type does not say.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    text = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : (JSON.stringify(raw) ?? String(raw));
  } catch {
    try {
      text = Object.prototype.toString.call(raw);
    } catch {
      // A Proxy whose every trap throws defeats even toString: a warning must still not throw.
      text = `a ${typeof raw}`;
    }
  }
  if (text.length > 60) text = `${text.slice(0, 57)}…`;
  return JSON.stringify(text);
}

/** One of a fixed set of keywords. Matching ignores case and surrounding spaces. */
export function enumSpec<const V extends string>(values: readonly V[], fallback: V): AttributeSpec<V> {
  return {
    fallback,
    fallbackText: `"${fallback}"`,
    expected: values.join(', '),
    parse(raw) {
      if (typeof raw !== 'string') return { valid: false };
      const wanted = raw.trim().toLowerCase();
      const match = values.find((v) => v === wanted);
      return match === undefined ? { valid: false } : { valid: true, value: match };
    },
  };
}

/** A decimal number as an attribute may write it: `12`, `-3`, `2.5`, `.5`, `1e3`. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export interface NumberRange {
  min: number;
  max: number;
  /** Whole numbers only (reps, sets). */
  integer?: boolean;
}

/**
 * A number within [min, max]. `fallback` may be `undefined` for optional overrides
 * ("the catalogue's dose unless the clinician sets one").
 */
export function numberSpec<F extends number | undefined>(range: NumberRange, fallback: F): AttributeSpec<number | F> {
  const kind = range.integer ? 'a whole number' : 'a number';
  return {
    fallback,
    fallbackText: fallback === undefined ? 'the default' : String(fallback),
    expected: `${kind} from ${range.min} to ${range.max}`,
    parse(raw) {
      let n: number;
      if (typeof raw === 'number') n = raw;
      // Decimal notation only, as HTML writes numbers: Number() alone would also take "0x10" or "0b11".
      else if (typeof raw === 'string' && DECIMAL.test(raw.trim())) n = Number(raw.trim());
      else return { valid: false };
      if (!Number.isFinite(n) || n < range.min || n > range.max) return { valid: false };
      if (range.integer && !Number.isInteger(n)) return { valid: false };
      // `+ 0` turns -0 into 0, so "-0" reads and formats as plain 0 (Intl would print "-0").
      return { valid: true, value: n + 0 };
    },
  };
}

/**
 * Free text (a clinic's name, a storage key): any string is valid, as is a finite number from script
 * (its digits). Anything else set from script (an object, a symbol) would throw or print
 * "[object Object]" where it is used, so it falls back to no text and warns.
 */
export const textSpec: AttributeSpec<string | null> = {
  fallback: null,
  fallbackText: 'none',
  expected: 'text',
  parse(raw) {
    if (typeof raw === 'string') return { valid: true, value: raw };
    if (typeof raw === 'number' && Number.isFinite(raw)) return { valid: true, value: String(raw) };
    return { valid: false };
  },
};

/**
 * An HTML boolean attribute: on when present (`compact`, `compact=""`, `compact="compact"`,
 * `compact="true"`). Any other text, notably `compact="false"`, is invalid: in HTML it would
 * mean "on", which is rarely what the author meant, so it falls back to off and warns.
 */
export function booleanSpec(attribute: string): AttributeSpec<boolean> {
  return {
    fallback: false,
    fallbackText: 'off',
    expected: `present or absent (write ${attribute}, or leave it out)`,
    parse(raw) {
      if (typeof raw === 'boolean') return { valid: true, value: raw };
      if (typeof raw !== 'string') return { valid: false };
      const text = raw.trim().toLowerCase();
      return text === '' || text === 'true' || text === attribute ? { valid: true, value: true } : { valid: false };
    },
  };
}
