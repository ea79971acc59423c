/**
 * The library's one way to tell a host developer something is off.
 *
 * Every message starts with the same prefix so it can be filtered in the console, and is
 * logged at most once per (owner, key): an attribute that stays invalid across many renders
 * warns once, not on every update.
 */

const PREFIX = '[sciatica-widgets]';

/** Keys already warned, per element. */
const warnedByElement = new WeakMap<object, Set<string>>();

// Page-level warnings (a tag already taken, another version's global) are shared by every copy of
// the library on the page through a registry-wide symbol, so two bundles do not say the same thing twice.
const SHARED = Symbol.for('sciatica-widgets.warned');
const warnedByName: Map<string, Set<string>> = ((globalThis as { [SHARED]?: Map<string, Set<string>> })[SHARED] ??= new Map<string, Set<string>>());

function seenSet(owner: object | string): Set<string> {
  if (typeof owner === 'string') {
    let set = warnedByName.get(owner);
    if (!set) warnedByName.set(owner, (set = new Set()));
    return set;
  }
  let set = warnedByElement.get(owner);
  if (!set) warnedByElement.set(owner, (set = new Set()));
  return set;
}

/**
 * Logs `message` once for this owner and key. Returns whether it was logged.
 * `owner` is an element (warn once per element) or a string such as a tag name (once per page).
 */
export function warnOnce(owner: object | string, key: string, message: string): boolean {
  const seen = seenSet(owner);
  if (seen.has(key)) return false;
  seen.add(key);
  console.warn(`${PREFIX} ${message}`);
  return true;
}

/**
 * Another version of the library got to this page first. Said once per page, however many of this
 * copy's tags and globals find the other one in place: the host needs one message, not five.
 */
export function warnOtherVersion(earlier: string, mine: string): void {
  warnOnce(
    'sciatica-widgets',
    `version:${earlier}`,
    `sciatica-widgets ${earlier} is already on this page; this copy (${mine}) leaves its elements and window.SciaticaWidgets in place, and they keep working.`,
  );
}
