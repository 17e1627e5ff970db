import { placeBubble } from '@/components/useBubblePlacement';

const window = { width: 390, height: 800 };
const anchorAt = (left: number, top: number) => new DOMRect(left, top, 28, 28);

describe('placeBubble', () => {
  it('opens below the anchor, lined up with its start or its end edge', () => {
    expect(placeBubble(anchorAt(100, 100), { width: 200, height: 60 }, 'start', window)).toEqual({ top: 134, left: 100 });
    expect(placeBubble(anchorAt(300, 100), { width: 200, height: 60 }, 'end', window)).toEqual({ top: 134, left: 128 });
  });

  it('stays inside the window beside an anchor near its left or right edge', () => {
    expect(placeBubble(anchorAt(120, 100), { width: 312, height: 60 }, 'end', window).left).toBe(8);
    expect(placeBubble(anchorAt(350, 100), { width: 312, height: 60 }, 'start', window).left).toBe(70);
  });

  it('opens above when there is no room below, and at the top of the window when there is room for neither', () => {
    expect(placeBubble(anchorAt(100, 740), { width: 200, height: 60 }, 'start', window).top).toBe(674);
    expect(placeBubble(anchorAt(100, 300), { width: 200, height: 700 }, 'start', window).top).toBe(8);
  });
});
