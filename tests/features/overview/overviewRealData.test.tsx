import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../app/support/renderApp';
import { loadRepoDatasets } from '../../app/support/repoDatasets';

/** The overview on the committed datasets (data/datasets), figures checked against the report lines. */
function card(label: string): HTMLElement {
  const article = screen.getByRole('heading', { level: 3, name: label }).closest('article');
  if (!article) throw new Error(`no card for ${label}`);
  return article;
}

describe('overview on the committed datasets', () => {
  it('2022: 633.464 dossiers received (001:364), late rate 1,59 %, online 54,64 %', async () => {
    renderApp({ url: '/', loadDatasets: loadRepoDatasets });
    await screen.findByRole('heading', { level: 3, name: 'Hồ sơ tiếp nhận' });
    expect(card('Hồ sơ tiếp nhận')).toHaveTextContent('633.464');
    expect(card('Hồ sơ đã giải quyết')).toHaveTextContent('596.533');
    expect(card('Hồ sơ trễ hạn')).toHaveTextContent('9.761');
    expect(card('Tỷ lệ trễ hạn')).toHaveTextContent('1,59 %');
    expect(card('Tỷ lệ hồ sơ trực tuyến')).toHaveTextContent('54,64 %');
    expect(await within(card('Hồ sơ tiếp nhận')).findByText(/so với Năm 2020/)).toHaveTextContent('+70.159');
  });

  it('2022: land registration is read from inside block A (001:186), and the published sum mismatches are counted', async () => {
    const datasets = await loadRepoDatasets();
    const sums = (await datasets.loadPeriod('2022')).findings.filter((finding) => finding.check === 'sum');
    renderApp({ url: '/?period=2022', loadDatasets: loadRepoDatasets });
    const table = await screen.findByRole('table', { name: 'Số liệu của từng khối, theo dòng khối trong báo cáo' });
    const land = within(table).getByRole('link', { name: 'Văn phòng đăng ký đất đai' }).closest('tr');
    expect(land).toHaveTextContent('nằm trong «CƠ QUAN CHUYÊN MÔN CẤP TỈNH»');
    expect(land).toHaveTextContent('001:186');
    const departments = within(table).getByRole('link', { name: 'Sở, ban, ngành' }).closest('tr');
    expect(departments).toHaveTextContent('gồm cả «Khôi Văn phòng ĐKĐĐ»');
    // 001:208 prints 229.399 resolved for block C; its 136 communes add up to 237.378 (the Cam Ranh subtotal, 001:284).
    const communes = within(table).getByRole('link', { name: 'UBND cấp xã' }).closest('tr')!;
    expect(communes).toHaveTextContent('229.399');
    expect(
      await within(communes).findByRole('link', { name: 'Tổng in trong báo cáo khác phép cộng các dòng của khối (4 ô)' }),
    ).toHaveAttribute('href', '/data?period=2022&check=sum');
    // Four cells of the Cam Ranh subtotal (001:284) are off; eight totals above it still equal their printed subtotals.
    expect(sums.map((finding) => finding.severity).sort()).toEqual([...Array<string>(4).fill('error'), ...Array<string>(8).fill('info')]);
    expect(await screen.findByRole('link', { name: '4 tổng số công bố không khớp với các dòng; 8 tổng cấp trên lệch theo' })).toBeInTheDocument();
    const top = screen.getByRole('table', { name: 'Năm cơ quan, đơn vị có tỷ lệ trễ hạn cao nhất trong kỳ' });
    expect(within(top).getAllByRole('row')[1]).toHaveTextContent('Sở Kế hoạch và Đầu tư');
    expect(within(top).getAllByRole('row')[1]).toHaveTextContent('29,79 %');
  });

  it('in English, the block names quoted from the report are marked as Vietnamese', async () => {
    renderApp({ url: '/?period=2022', loadDatasets: loadRepoDatasets, lang: 'en' });
    const table = await screen.findByRole('table', { name: 'Figures of each level, from the report’s block rows' });
    const quoted = within(table).getByText('CƠ QUAN CHUYÊN MÔN CẤP TỈNH');
    expect(quoted).toHaveAttribute('lang', 'vi');
    expect(quoted.parentElement).toHaveTextContent('inside “CƠ QUAN CHUYÊN MÔN CẤP TỈNH”');
    expect(quoted.parentElement).not.toHaveAttribute('lang');
    expect(within(table).getByText('Khôi Văn phòng ĐKĐĐ')).toHaveAttribute('lang', 'vi');
  });

  it('2022: the published totals stay on the cards, which say what their rows add up to (Cam Ranh subtotal, 001:284)', async () => {
    renderApp({ url: '/?period=2022', loadDatasets: loadRepoDatasets });
    await screen.findByRole('heading', { level: 3, name: 'Hồ sơ đã giải quyết' });
    const resolvedNote = await within(card('Hồ sơ đã giải quyết')).findByRole('link', {
      name: 'Số tổng công bố; cộng các dòng được 604.512',
    });
    expect(resolvedNote).toHaveAttribute('href', '/data?period=2022&check=sum');
    expect(card('Hồ sơ đã giải quyết')).toHaveTextContent('596.533');
    expect(card('Hồ sơ trễ hạn')).toHaveTextContent('gồm 752');
    expect(within(card('Hồ sơ trễ hạn')).getByRole('link')).toHaveTextContent('cộng các dòng được 9.805');
    expect(within(card('Hồ sơ tiếp nhận')).queryByText(/cộng các dòng/)).toBeNull();
  });

  it('2017-Q1: 102.008 received (004:470), no comparable period, the level-3 online count instead of a rate', async () => {
    renderApp({ url: '/?period=2017-Q1', loadDatasets: loadRepoDatasets });
    await screen.findByRole('heading', { level: 3, name: 'Hồ sơ tiếp nhận' });
    expect(card('Hồ sơ tiếp nhận')).toHaveTextContent('102.008');
    expect(card('Tỷ lệ trễ hạn')).toHaveTextContent('3,68 %');
    expect(card('Tỷ lệ hồ sơ trực tuyến')).toHaveTextContent('3.830 hồ sơ trực tuyến mức độ 3 trở lên');
    expect(screen.getAllByText('Không có kỳ so sánh tương đương')).toHaveLength(6);
    expect(await screen.findByText('40 nhiệm vụ trong kế hoạch của kỳ.')).toBeInTheDocument();
  });
});
