/**
 * Answers that are valid but unexpected: a period with nothing in it, an
 * address naming a period or an agency that does not exist, and a very large
 * response. Each page says what is the matter in Vietnamese and offers a way
 * on; nothing reaches the console.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BundledDatasets } from '@/api/mock/datasets';
import { createStressDataset } from '@/domain/agencies/stressDataset';
import type { PeriodDataset, PeriodId } from '@/domain/dataset/schema';
import { loadRepoDatasets } from '../app/support/repoDatasets';
import { failOnConsoleErrors, renderFaultyApp } from './support/faultyApp';

failOnConsoleErrors();

/** The committed datasets with one period's dataset replaced (the catalogue still lists the period as it is). */
function withPeriodReplaced(periodId: PeriodId, replacement: PeriodDataset, extra: Partial<BundledDatasets['catalog']> = {}) {
  return async (): Promise<BundledDatasets> => {
    const real = await loadRepoDatasets();
    return {
      catalog: { ...real.catalog, ...extra },
      loadPeriod: (id) => (id === periodId ? Promise.resolve(replacement) : real.loadPeriod(id)),
    };
  };
}

const empty2022: PeriodDataset = { periodId: '2022', tables: [], tasks: [], reportingCompliance: [], findings: [] };
const emptyPeriod = withPeriodReplaced('2022', empty2022);

describe('an empty period (2022 with no tables, tasks or findings)', () => {
  const cases: Array<{ url: string; says: string[] }> = [
    {
      url: '/',
      says: [
        'Báo cáo kỳ này không có dòng tổng toàn tỉnh.',
        'Kỳ này không có tỷ lệ trễ hạn theo từng cơ quan.',
        'Bảng tiến độ của kỳ này không có nhiệm vụ nào.',
      ],
    },
    { url: '/agencies', says: ['Hiển thị 0 trên 0 cơ quan, đơn vị', 'Bảng số liệu của kỳ này không có dòng cơ quan, đơn vị nào.'] },
    { url: '/tasks', says: ['Kỳ này không có nhiệm vụ nào trong bảng tiến độ.'] },
    { url: '/data', says: ['Kỳ Năm 2022 không có ghi nhận nào về số liệu.'] },
  ];
  for (const { url, says } of cases) {
    it(`${url} says so plainly, and the period switch leads to a period with data`, async () => {
      const { user, router } = renderFaultyApp({ url, loadDatasets: emptyPeriod });
      // The shell's fallback <main> gives way to the layout's, so the region is looked up afresh each time.
      for (const sentence of says) await waitFor(() => expect(screen.getByRole('main')).toHaveTextContent(sentence));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();

      await user.selectOptions(screen.getByRole('combobox', { name: 'Kỳ báo cáo' }), '2020');
      expect(router.state.location.search).toContain('period=2020');
      await waitFor(() => expect(screen.getByRole('main')).not.toHaveTextContent(says[0] ?? ''));
    });
  }

  it('/agencies does not blame filters the user never set', async () => {
    renderFaultyApp({ url: '/agencies', loadDatasets: emptyPeriod });
    await waitFor(() => expect(screen.getByRole('main')).toHaveTextContent('Hiển thị 0 trên 0 cơ quan, đơn vị'));
    expect(screen.getByRole('main')).not.toHaveTextContent('khớp bộ lọc');
  });

  it('/trends still charts the other periods, 2022 left as a gap', async () => {
    renderFaultyApp({ url: '/trends', loadDatasets: emptyPeriod });
    const summary = await screen.findByTestId('trend-summary');
    expect(summary.textContent).not.toBe('');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('an unknown period id in the address', () => {
  for (const path of ['/', '/agencies', '/agencies/so-noi-vu', '/trends', '/tasks', '/data']) {
    it(`${path}?period=2019 names it and links to the same page of every valid period`, async () => {
      const { user, router } = renderFaultyApp({ url: `${path}?period=2019` });
      const alert = await screen.findByRole('alert');
      expect(within(alert).getByRole('heading', { name: 'Không có kỳ báo cáo «2019»' })).toBeInTheDocument();
      expect(document.title).toBe('Không có kỳ báo cáo «2019» · CCHC Khánh Hòa');
      const links = within(alert).getAllByRole('link');
      expect(links.map((link) => link.getAttribute('href'))).toEqual(
        ['2017-Q1', '2020-H1', '2020', '2022'].map((periodId) => `${path}?period=${periodId}`),
      );
      await user.click(within(alert).getByRole('link', { name: 'Năm 2022 (2022)' }));
      expect(router.state.location.search).toBe('?period=2022');
      await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
      // The link pressed went with the message: the focus goes to the page that took its place.
      expect(screen.getByRole('main')).toHaveFocus();
    });
  }
});

describe('an unknown agency id in the address', () => {
  it('says the agency was not found and links back to the list of the same period', async () => {
    const { user, router } = renderFaultyApp({ url: '/agencies/khong-ton-tai?period=2020' });
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('.state__title')).toHaveTextContent('Không có cơ quan, đơn vị nào mang mã «khong-ton-tai»');
    const back = screen.getByRole('link', { name: '← Danh sách cơ quan, đơn vị' });
    expect(back).toHaveAttribute('href', '/agencies?period=2020');
    await user.click(back);
    expect(router.state.location.pathname).toBe('/agencies');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cơ quan, đơn vị: Năm 2020' })).toBeInTheDocument();
  });
});

describe('a very large response', () => {
  // The client refuses bodies over 50 MB (src/api/client.ts; tests/faults/apiFaults.test.tsx),
  // and a national-scale answer, 7 MB for the tables and 2.7 MB for the catalogue, stays under it and renders.
  it('/agencies with 10,000 agencies in one period renders them all, and the search still narrows them', async () => {
    const { dataset, agencies } = createStressDataset({ agencyCount: 10_000 });
    const real = await loadRepoDatasets();
    const loadDatasets = withPeriodReplaced('2022', dataset, { agencies: [...real.catalog.agencies, ...agencies] });
    const { user } = renderFaultyApp({ url: '/agencies?period=2022', loadDatasets });
    const count = await screen.findByText(/^Hiển thị [\d.]+ trên [\d.]+ cơ quan, đơn vị$/, {}, { timeout: 20_000 });
    expect(count).toHaveTextContent('Hiển thị 10.000 trên 10.000 cơ quan, đơn vị');
    await user.type(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), 'stress-xa-1-1');
    await waitFor(() => expect(count.textContent).not.toBe('Hiển thị 10.000 trên 10.000 cơ quan, đơn vị'), { timeout: 20_000 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  }, 60_000);
});
