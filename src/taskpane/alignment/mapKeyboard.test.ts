import { isMapKey, nextBoxIndex, type Box } from './mapKeyboard';

const box = (x: number, y: number, w = 60): Box => ({ x, y, w, h: 20 });

// A mission across the top, then a row of three goals, then two KPIs under the outer goals.
const PICTURE: readonly Box[] = [box(0, 0, 300), box(0, 40), box(120, 40), box(240, 40), box(0, 80), box(240, 80)];

describe('moving through the strategy picture with the arrow keys', () => {
  it('steps through the boxes in reading order with Left and Right, stopping at the ends', () => {
    expect(nextBoxIndex(PICTURE, 0, 'ArrowRight')).toBe(1);
    expect(nextBoxIndex(PICTURE, 3, 'ArrowRight')).toBe(4);
    expect(nextBoxIndex(PICTURE, 5, 'ArrowRight')).toBe(5);
    expect(nextBoxIndex(PICTURE, 2, 'ArrowLeft')).toBe(1);
    expect(nextBoxIndex(PICTURE, 0, 'ArrowLeft')).toBe(0);
  });

  it('goes down to the box in the next row closest sideways, and back up', () => {
    expect(nextBoxIndex(PICTURE, 0, 'ArrowDown')).toBe(2);
    expect(nextBoxIndex(PICTURE, 3, 'ArrowDown')).toBe(5);
    expect(nextBoxIndex(PICTURE, 1, 'ArrowDown')).toBe(4);
    expect(nextBoxIndex(PICTURE, 5, 'ArrowUp')).toBe(3);
    expect(nextBoxIndex(PICTURE, 2, 'ArrowUp')).toBe(0);
  });

  it('stays put at the top and bottom rows', () => {
    expect(nextBoxIndex(PICTURE, 0, 'ArrowUp')).toBe(0);
    expect(nextBoxIndex(PICTURE, 4, 'ArrowDown')).toBe(4);
  });

  it('jumps to the first and last box with Home and End', () => {
    expect(nextBoxIndex(PICTURE, 3, 'Home')).toBe(0);
    expect(nextBoxIndex(PICTURE, 1, 'End')).toBe(5);
  });

  it('has nowhere to go in an empty picture, and treats an index out of range as the nearest box', () => {
    expect(nextBoxIndex([], 0, 'ArrowRight')).toBe(-1);
    expect(nextBoxIndex(PICTURE, 99, 'ArrowLeft')).toBe(4);
  });

  it('knows which keys are its own, leaving Tab and Enter to the page', () => {
    expect(isMapKey('ArrowDown')).toBe(true);
    expect(isMapKey('End')).toBe(true);
    expect(isMapKey('Tab')).toBe(false);
    expect(isMapKey('Enter')).toBe(false);
  });
});
