import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadRealDatasets } from './support/realDatasets';
import { currentSearch, renderApp } from './support/renderApp';

interface Case {
  page: string;
  url: string;
  unused: string[];
  kept: string;
  /** What the page now shows, where the focus goes once the notice is gone. */
  focusAfter: () => HTMLElement;
  loaded: () => Promise<unknown>;
}

const cases: Case[] = [
  {
    page: '/agencies',
    url: '/agencies?period=2022&level=nowhere&sort=-bogus,lateRate&q=cam&district=ubnd-huyen-cam-lam&groups=1&groups=0',
    unused: ['level=nowhere', 'sort=-bogus', 'groups=0'],
    // The sort the table uses stays; only what it ignored goes.
    kept: 'period=2022&sort=lateRate&q=cam&district=ubnd-huyen-cam-lam&groups=1',
    focusAfter: () => screen.getByText(/^Hiển thị \d+ trên \d+ cơ quan, đơn vị/),
    loaded: () => screen.findByText(/^Hiển thị \d+ trên \d+ cơ quan, đơn vị/),
  },
  {
    page: '/tasks',
    url: '/tasks?period=2022&status=bogus&view=list&group=nowhere&overdue=0&overdue=1',
    unused: ['status=bogus', 'group=nowhere', 'overdue=0', 'overdue=1'],
    kept: 'period=2022&view=list',
    focusAfter: () => screen.getByText(/^Đang hiển thị/),
    loaded: () => screen.findByText(/^Đang hiển thị/),
  },
  {
    page: '/trends',
    url: '/trends?metric=bogus&metric=onlineRate&series=agency:so-tu-phap,level:bogus,nowhere',
    unused: ['metric=bogus', 'metric=onlineRate', 'series=level:bogus,nowhere'],
    kept: 'series=agency%3Aso-tu-phap',
    focusAfter: () => screen.getByRole('heading', { level: 1 }),
    loaded: () => screen.findByTestId('trend-summary'),
  },
  {
    page: '/data',
    url: '/data?period=2022&check=bogus',
    unused: ['check=bogus'],
    kept: 'period=2022',
    focusAfter: () => screen.getByText(/^\d+ \/ \d+ ghi nhận$/),
    loaded: () => screen.findByRole('combobox', { name: /Kiểm tra|Loại/ }),
  },
];

describe('parts of the address a page cannot use', () => {
  for (const { page, url, unused, kept, focusAfter, loaded } of cases) {
    it(`${page} names them, and takes them out of the address on request`, async () => {
      const { router, user } = renderApp({ url, loadDatasets: loadRealDatasets });
      await loaded();
      const notice = screen.getByText(/^Địa chỉ này có phần không dùng được ở đây/).closest('[role="status"]');
      if (!(notice instanceof HTMLElement)) throw new Error('no notice');
      expect(within(notice).getAllByRole('code').map((code) => code.textContent)).toEqual(unused);

      await user.click(within(notice).getByRole('button', { name: 'Bỏ phần đó khỏi địa chỉ' }));
      expect(currentSearch(router).toString()).toBe(kept);
      await waitFor(() => expect(screen.queryByText(/^Địa chỉ này có phần không dùng được/)).toBeNull());
      expect(focusAfter()).toHaveFocus();
    });
  }

  it('says nothing when every part of the address is used', async () => {
    renderApp({ url: '/agencies?period=2020&level=commune&district=ubnd-huyen-cam-lam&sort=-lateRate&groups=1', loadDatasets: loadRealDatasets });
    await screen.findByText(/^Hiển thị \d+ trên \d+ cơ quan, đơn vị/);
    expect(screen.queryByText(/^Địa chỉ này có phần không dùng được/)).toBeNull();
  });
});
