/**
 * Heading levels: every element takes `heading-level` (2–6, default 2) for its own top heading, so it
 * fits under the host's headings, and its inner headings follow from it (one level down, at most h6).
 */
import { literal, type StaticValue } from 'lit/static-html.js';
import { numberSpec } from './attributes.js';

/** The `heading-level` attribute: a whole number from 2 to 6, default 2. */
export const headingLevelSpec = numberSpec({ min: 2, max: 6, integer: true }, 2);

/** Heading tags by level; chosen from this fixed table only, never from a host's text. */
const HEADING_TAGS: Readonly<Record<number, StaticValue>> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** The tag of a heading at `level` (clamped to h2–h6), for `staticHtml` templates. */
export function headingTag(level: number): StaticValue {
  return HEADING_TAGS[Math.min(6, Math.max(2, Math.round(level)))] ?? literal`h6`;
}
