import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../app/support/renderApp';
import { plain } from './support';
import { loadRealDatasets } from '../../app/support/realDatasets';

beforeEach(() => localStorage.clear());

async function openAgency(id: string, query = '?period=2022') {
  const app = renderApp({ url: `/agencies/${id}${query}`, loadDatasets: loadRealDatasets });
  await screen.findByRole('table', { name: /Số liệu giải quyết hồ sơ của/ }, { timeout: 10_000 });
  return app;
}

function figuresRow(label: string): string[] {
  const table = screen.getByRole('table', { name: /Số liệu giải quyết hồ sơ của/ });
  const row = within(table).getByRole('rowheader', { name: label }).closest('tr')!;
  return [...row.cells].slice(1).map((cell) => plain(cell.textContent));
}

describe('/agencies/:agencyId', () => {
  it('shows the agency’s figures in every period side by side, each by its own rule', async () => {
    await openAgency('so-ke-hoach-dau-tu');
    expect(screen.getByRole('heading', { level: 1, name: 'Sở Kế hoạch và Đầu tư' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Số liệu giải quyết hồ sơ của/ });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Chỉ tiêu', 'Quý I/2017', 'Năm 2020', 'Năm 2022']);
    // 004:484 379/1680; 000:134 84/1191 = 100 − 92,95; 001:172 56/188.
    expect(figuresRow('Tỷ lệ trễ hạn')).toEqual(['22,56 % Nghiêm trọng', '7,05 % Cao', '29,79 % Nghiêm trọng']);
    expect(figuresRow('Tiếp nhận')).toEqual(['1.822', '1.378', '211']);
    // The comparable rate: 2022 without pending-late dossiers, 56 / 163.
    expect(figuresRow('Trễ hạn / đã giải quyết')).toEqual(['22,56 %', '7,05 %', '34,36 %']);
    expect(figuresRow('Tỷ lệ trực tuyến')).toEqual(['—Không có số liệu', '7,04 %', '22,22 %']);
    expect(figuresRow('Nguồn (báo cáo:dòng)')[2]).toContain('001:172');
    expect(screen.getByText(/Năm 2022: Tỷ lệ trễ hạn = \(đã giải quyết trễ hạn \+ đang giải quyết trễ hạn\)/)).toBeInTheDocument();
  });

  it('shows where the report disagrees with itself on the agency’s rows, the figures kept as printed', async () => {
    await openAgency('ubnd-tx-ninh-hoa');
    const table = screen.getByRole('table', { name: /Số liệu giải quyết hồ sơ của/ });
    // 004:510 prints 14.758 received and 1.242 late, which its other columns contradict.
    expect(figuresRow('Tiếp nhận')[0]).toBe('14.758');
    const [, q1of2017, year2020] = within(table).getAllByRole('columnheader');
    expect(q1of2017).toHaveTextContent('Quý I/2017 ! (báo cáo không khớp ở 5 chỗ, xem dưới bảng)');
    expect(year2020).toHaveTextContent(/^Năm 2020$/);
    const disputes = await screen.findByRole('heading', { level: 3, name: 'Báo cáo không khớp ở số liệu của đơn vị này' });
    const items = within(disputes.parentElement!).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent('Quý I/2017: «Thị xã Ninh Hòa» (dòng 510): «Đã giải quyết · Tổng số» ghi 3.969');
    expect(items[0]).toHaveTextContent('Nguyên nhân có thể: Có thể lỗi chữ số: «1242» ở cột «Đã giải quyết · Trễ hạn» nhiều khả năng là «242»');
  });

  it('lists aliases, level and district', async () => {
    await openAgency('xa-dien-khanh-dien-dien');
    const facts = screen.getByRole('region', { name: 'Thông tin' });
    expect(facts).toHaveTextContent('UBND cấp xã');
    expect(within(facts).getByRole('link', { name: 'UBND huyện Diên Khánh' })).toHaveAttribute(
      'href',
      '/agencies/ubnd-huyen-dien-khanh?period=2022',
    );
    expect(facts).toHaveTextContent('UBND xã Diên Điện');
  });

  it('charts the comparable late rate and online share over 2017–2022, naming the years without figures', async () => {
    await openAgency('so-ke-hoach-dau-tu');
    const chart = screen.getByRole('region', { name: 'Xu hướng 2017–2022' });
    expect(chart).toHaveTextContent('Không có số liệu các năm: 2018, 2019, 2021.');
    expect(chart).toHaveTextContent('2017: chỉ có số liệu Quý I/2017.');
    // A quarter is drawn hollow, as on /trends; the two series differ by the marker's shape, not its fill.
    expect(chart).toHaveTextContent('Điểm rỗng: số liệu chỉ của một phần năm (Quý I/2017), không phải cả năm');
    const dots = [...chart.querySelectorAll('.agency-chart__dot')];
    expect(dots.map((dot) => `${dot.getAttribute('data-rate')} ${dot.getAttribute('data-year')} ${dot.getAttribute('data-partial')}`)).toEqual([
      'comparableLateRate 2017 true',
      'comparableLateRate 2020 false',
      'comparableLateRate 2022 false',
      'onlineRate 2020 false',
      'onlineRate 2022 false',
    ]);
    expect(dots.map((dot) => dot.firstElementChild?.tagName)).toEqual(['circle', 'circle', 'circle', 'rect', 'rect']);
    const image = within(chart).getByRole('img');
    expect(plain(image.getAttribute('aria-label'))).toContain('Trễ hạn / đã giải quyết: 2017 22,56 %; 2018 —; 2019 —; 2020 7,05 %; 2021 —; 2022 34,36 %');
  });

  it('marks on the chart the values the report disputes, by the rule /trends marks them with', async () => {
    const { container } = await openAgency('ubnd-tx-ninh-hoa');
    const chart = screen.getByRole('region', { name: 'Xu hướng 2017–2022' });
    // Quý I/2017's late count (004:510) fails the report's own checks; its online share is not published.
    expect(plain(within(chart).getByRole('img').getAttribute('aria-label'))).toContain(
      'Trễ hạn / đã giải quyết: 2017 31,29 % (báo cáo không khớp); 2018 —; 2019 —; 2020',
    );
    expect(chart).toHaveTextContent('Dấu «!»: báo cáo tự mâu thuẫn ở số liệu này (xem dưới bảng)');
    const badgedDots = [...container.querySelectorAll('.agency-chart__dot')].filter((dot) => dot.querySelector('.dispute-badge'));
    expect(badgedDots.map((dot) => `${dot.getAttribute('data-rate')} ${dot.getAttribute('data-year')}`)).toEqual(['comparableLateRate 2017']);
  });

  it('draws no «!» on the chart where the report’s findings do not touch the values charted', async () => {
    const { container } = await openAgency('xa-khanh-vinh-khanh-thuong');
    // Its 2020 row has a finding, on a figure neither charted rate rests on.
    const table = screen.getByRole('table', { name: /Số liệu giải quyết hồ sơ của/ });
    expect(within(table).getByRole('columnheader', { name: /^Năm 2020 \(báo cáo không khớp ở 1 chỗ/ })).toBeInTheDocument();
    expect(container.querySelectorAll('.agency-chart__dot').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.agency-chart .dispute-badge')).toHaveLength(0);
    expect(screen.getByRole('region', { name: 'Xu hướng 2017–2022' })).not.toHaveTextContent('Dấu «!»');
  });

  it('lists the tasks per period and links to the task board filtered to the agency', async () => {
    await openAgency('so-ke-hoach-dau-tu');
    const tasks = screen.getByRole('region', { name: 'Nhiệm vụ được giao' });
    const link = within(tasks).getByRole('link', { name: /bảng nhiệm vụ Năm 2022/ });
    expect(link).toHaveAttribute('href', '/tasks?period=2022&agency=so-ke-hoach-dau-tu');
    expect(within(tasks).getAllByText('Chủ trì').length).toBeGreaterThan(0);
  });

  it('an unknown agency id is said to be unknown, with no retry, and its words search the list', async () => {
    const { user } = renderApp({ url: '/agencies/huyen-cam-lam?period=2020', loadDatasets: loadRealDatasets });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.querySelector('.state__title')).toHaveTextContent('Không có cơ quan, đơn vị nào mang mã «huyen-cam-lam»');
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
    expect(document.title).toMatch(/^Không có cơ quan, đơn vị nào mang mã «huyen-cam-lam»/);
    await user.click(within(alert).getByRole('link', { name: 'Tìm «huyen cam lam» trong danh sách cơ quan, đơn vị' }));
    expect(await screen.findByText('Hiển thị 2 trên 90 cơ quan, đơn vị', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'UBND huyện Cam Lâm' })).toHaveAttribute('href', '/agencies/ubnd-huyen-cam-lam?period=2020');
  });

  it('an unknown agency id in English', async () => {
    renderApp({ url: '/agencies/khong-co?period=2022', loadDatasets: loadRealDatasets, lang: 'en' });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('No agency has the id “khong-co”The address may be mistyped or cut short.Search the agency list for “khong co”');
  });
});
