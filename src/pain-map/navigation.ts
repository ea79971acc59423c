/**
 * Keyboard movement between the regions of the body drawing: the drawing is one tab stop, and the
 * arrow keys move between places as a person reads it. Pure: shapes in, shape out.
 *
 * - Left / Right: the previous / next place in reading order (the back view first, each top to
 *   bottom, left to right), stopping at the ends.
 * - Up / Down: the nearest place above / below on the same leg of the same view (for the saddle area,
 *   which has no side, among the other middle places), staying put at the top or bottom.
 * - Home / End: the first / last place.
 */
import { regionShapes, type RegionShape } from './body.js';
import type { BodyView } from './regions.js';

/** The keys that move between regions. */
export const navigationKeys = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
export type NavigationKey = (typeof navigationKeys)[number];

export function isNavigationKey(key: string): key is NavigationKey {
  return (navigationKeys as readonly string[]).includes(key);
}

/** Regions of the shown views in reading order: the back view first, each top to bottom, left to right. */
export function orderedShapes(views: readonly BodyView[]): RegionShape[] {
  return views.flatMap((view) => regionShapes(view).sort((a, b) => a.y - b.y || a.x - b.x));
}

/** Where `key` moves from `from` among `order` (as `orderedShapes` gives it); `from` itself at an edge. */
export function nextRegion(order: readonly RegionShape[], from: RegionShape, key: NavigationKey): RegionShape {
  const index = order.findIndex((shape) => shape.id === from.id && shape.view === from.view);
  switch (key) {
    case 'ArrowRight':
      return order[Math.min(index + 1, order.length - 1)] ?? from;
    case 'ArrowLeft':
      return order[Math.max(index - 1, 0)] ?? from;
    case 'Home':
      return order[0] ?? from;
    case 'End':
      return order[order.length - 1] ?? from;
    case 'ArrowDown':
    case 'ArrowUp': {
      const down = key === 'ArrowDown';
      const column = order.filter((s) => s.view === from.view && s.side === from.side && (down ? s.y > from.y : s.y < from.y));
      column.sort((a, b) => (down ? a.y - b.y : b.y - a.y) || Math.abs(a.x - from.x) - Math.abs(b.x - from.x));
      return column[0] ?? from;
    }
  }
}
