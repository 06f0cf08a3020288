/**
 * Arrow-key movement between the boxes of the strategy picture, so the whole picture is one tab
 * stop: Tab enters it and leaves it, the arrows move inside it. Plain geometry over the boxes'
 * positions, without React, so it is tested alone.
 */

/** Where a box is drawn, in the picture's own units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export type MapKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

const MAP_KEYS: ReadonlySet<string> = new Set<MapKey>([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
]);

export function isMapKey(key: string): key is MapKey {
  return MAP_KEYS.has(key);
}

const centreX = (b: Box): number => b.x + b.w / 2;

/**
 * The box a key moves to from box `from` (boxes in reading order: top to bottom, left to right).
 * Left and Right step through the reading order; Up and Down go to the nearest row above or below
 * and, in it, to the box closest sideways; Home and End go to the first and the last box. At an
 * edge the focus stays where it is rather than wrapping around.
 */
export function nextBoxIndex(boxes: readonly Box[], from: number, key: MapKey): number {
  if (boxes.length === 0) return -1;
  const current = Math.min(Math.max(0, from), boxes.length - 1);
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return boxes.length - 1;
    case 'ArrowLeft':
      return Math.max(0, current - 1);
    case 'ArrowRight':
      return Math.min(boxes.length - 1, current + 1);
    case 'ArrowUp':
    case 'ArrowDown': {
      const here = boxes[current];
      const below = key === 'ArrowDown';
      const rows = boxes.map((b) => b.y).filter((y) => (below ? y > here.y : y < here.y));
      if (rows.length === 0) return current;
      const rowY = below ? Math.min(...rows) : Math.max(...rows);
      let best = current;
      let bestDistance = Infinity;
      boxes.forEach((b, i) => {
        if (b.y !== rowY) return;
        const distance = Math.abs(centreX(b) - centreX(here));
        if (distance < bestDistance) {
          best = i;
          bestDistance = distance;
        }
      });
      return best;
    }
  }
}
