import { median, responseOrderNote } from '../../../scripts/bench/report';

describe('bench report', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([119, 204, 98])).toBe(119);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('names the first-render runs whose period tables were checked after the catalogue', () => {
    expect(responseOrderNote([204.4, 119, 98], [1, 0, 1])).toBe("the period's tables checked after the catalogue in 2 of 3 runs: 204 ms, 98 ms");
    expect(responseOrderNote([88, 92], [0, 0])).toBe("the period's tables checked after the catalogue in 0 of 2 runs");
  });
});
