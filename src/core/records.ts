/**
 * Reading plain data that came from outside (a host's JSON, storage, an event detail) without
 * trusting it: one way for every module. Pure.
 */

/** Whether `value` is a plain object (not `null`, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A record's own property, or `undefined`: a polluted `Object.prototype` can never supply a field
 * (`regions`, `intensity`, `steps`…) that the data does not have itself.
 */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
