import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadRealDatasets } from '../../app/support/realDatasets';
import { renderApp } from '../../app/support/renderApp';

function card(label: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name: label });
  const article = heading.closest('article');
  if (!article) throw new Error(`no card for ${label}`);
  return article;
}

describe('overview page', () => {
  it('2022: KPI cards from the grand-total row (001:364), computed by the 2022 rules', async () => {
    renderApp({ url: '/?period=2022' });
    await screen.findByRole('heading', { level: 3, name: 'Hồ sơ tiếp nhận' });
    expect(card('Hồ sơ tiếp nhận')).toHaveTextContent('633.464');
    expect(card('Hồ sơ đã giải quyết')).toHaveTextContent('596.533');
    expect(card('Tỷ lệ đúng hạn')).toHaveTextContent('98,49 %');
    expect(card('Hồ sơ trễ hạn')).toHaveTextContent('9.761');
    expect(card('Hồ sơ trễ hạn')).toHaveTextContent('gồm 752 hồ sơ đang giải quyết đã quá hạn');
    expect(card('Tỷ lệ trễ hạn')).toHaveTextContent('1,59 %');
    expect(card('Tỷ lệ hồ sơ trực tuyến')).toHaveTextContent('54,64 %');
  });

  it('2022: compares with 2020, the late figures only on late-resolved dossiers, which both define alike', async () => {
    renderApp({ url: '/?period=2022' });
    await screen.findByText(/\+70\.159/);
    expect(card('Hồ sơ tiếp nhận')).toHaveTextContent('+70.159 (+12,45 %) so với Năm 2020');
    expect(card('Hồ sơ đã giải quyết')).toHaveTextContent('+58.002 (+10,77 %) so với Năm 2020');
    expect(card('Tỷ lệ trễ hạn')).toHaveTextContent('Trễ hạn / đã giải quyết: 1,51 % so với 2,00 % ở Năm 2020 (-0,49 điểm %)');
    expect(card('Hồ sơ trễ hạn')).toHaveTextContent('Trễ hạn trong số đã giải quyết: 9.009 so với 10.793 ở Năm 2020 (-1.784)');
    expect(card('Tỷ lệ hồ sơ trực tuyến')).toHaveTextContent('+34,35 điểm % so với Năm 2020 (hai kỳ tính khác nhau, xem công thức)');
  });

  it('each KPI shows the period’s own formula on focus', async () => {
    const { user } = renderApp({ url: '/?period=2020' });
    await screen.findByRole('heading', { level: 3, name: 'Tỷ lệ trễ hạn' });
    act(() => within(card('Tỷ lệ trễ hạn')).getByRole('button', { name: 'Cách tính: Tỷ lệ trễ hạn' }).focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Tỷ lệ trễ hạn = (trễ hạn đồng ý + trễ hạn từ chối) / (đồng ý + từ chối giải quyết) = 100% − tỷ lệ đúng hạn',
    );
    await user.keyboard('{Escape}');
    // The count is described as what it is, the numerator of that rate.
    expect(within(card('Hồ sơ trễ hạn')).getByRole('button', { name: 'Cách tính: Hồ sơ trễ hạn' })).toHaveAccessibleDescription(
      /^Tử số của tỷ lệ trễ hạn kỳ này\. Tỷ lệ trễ hạn = \(trễ hạn đồng ý/,
    );
    expect(card('Hồ sơ tiếp nhận')).toHaveTextContent('563.305');
    expect(card('Tỷ lệ trễ hạn')).toHaveTextContent('2,00 %');
  });

  it('2017-Q1, a quarter, has no comparable period and no online rate', async () => {
    renderApp({ url: '/?period=2017-Q1' });
    await screen.findByRole('heading', { level: 3, name: 'Hồ sơ tiếp nhận' });
    expect(card('Hồ sơ tiếp nhận')).toHaveTextContent('102.008');
    expect(card('Tỷ lệ trễ hạn')).toHaveTextContent('3,68 %');
    expect(screen.getAllByText('Không có kỳ so sánh tương đương')).toHaveLength(6);
    expect(card('Tỷ lệ hồ sơ trực tuyến')).toHaveTextContent('—Không có số liệu');
  });

  it('2020-H1 holds only tasks: no KPI, a plain message, and the task summary', async () => {
    renderApp({ url: '/?period=2020-H1' });
    expect(await screen.findByText('Kỳ 6 tháng đầu năm 2020 không có số liệu giải quyết hồ sơ.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Chưa báo cáo: 1 nhiệm vụ' })).toHaveAttribute(
      'href',
      '/tasks?period=2020-H1&status=not_reported',
    );
    expect(screen.queryByRole('heading', { name: 'Theo khối cơ quan' })).not.toBeInTheDocument();
    // No totals and no findings: no data-quality landmark left empty for screen-reader users.
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Chất lượng số liệu' })).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: 'Kết quả giải quyết hồ sơ thủ tục hành chính' })).toBeInTheDocument();
  });

  it('figures by level come from the block rows and link to each level’s agencies', async () => {
    renderApp({ url: '/?period=2022' });
    const table = (await screen.findByRole('table', { name: 'Số liệu của từng khối, theo dòng khối trong báo cáo' })) as HTMLTableElement;
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Sở, ban, ngành',
      'UBND cấp huyện',
      'UBND cấp xã',
    ]);
    expect(rows[0]).toHaveTextContent('346.143');
    expect(rows[0]).toHaveTextContent('2,33 %');
    expect(rows[1]).toHaveTextContent('1,98 %');
    expect(rows[2]).toHaveTextContent('0,44 %');
    expect(rows[2]).toHaveTextContent('001:208');
    expect(within(rows[1]!).getByRole('link', { name: 'UBND cấp huyện' })).toHaveAttribute('href', '/agencies?period=2022&level=district');
  });

  it('2020 shows its separate land-registration block', async () => {
    renderApp({ url: '/?period=2020' });
    const table = await screen.findByRole('table', { name: 'Số liệu của từng khối, theo dòng khối trong báo cáo' });
    const land = within(table).getByRole('link', { name: 'Văn phòng đăng ký đất đai' }).closest('tr');
    expect(land).toHaveTextContent('182.460');
    expect(land).toHaveTextContent('2,44 %');
  });

  it('lists the agencies with the highest late rate, linking to them and to the sorted list', async () => {
    renderApp({ url: '/?period=2022' });
    const table = await screen.findByRole('table', { name: 'Năm cơ quan, đơn vị có tỷ lệ trễ hạn cao nhất trong kỳ' });
    const names = within(table).getAllByRole('link').map((link) => link.textContent);
    expect(names).toEqual(['Sở Kế hoạch và Đầu tư', 'Sở Du lịch', 'BQL Khu Kinh tế Vân Phong']);
    expect(within(table).getByRole('link', { name: 'Sở Kế hoạch và Đầu tư' })).toHaveAttribute(
      'href',
      '/agencies/so-ke-hoach-dau-tu?period=2022',
    );
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('29,79 %');
    expect(screen.getByRole('link', { name: 'Xem tất cả cơ quan, sắp theo tỷ lệ trễ hạn' })).toHaveAttribute(
      'href',
      '/agencies?period=2022&sort=-lateRate',
    );
  });

  it('says the ranking lacks the agencies of a table the report cuts off (2020’s Phụ lục V), and only then', async () => {
    const { router } = renderApp({ url: '/?period=2020', loadDatasets: loadRealDatasets });
    const note = 'Chỉ xếp hạng các đơn vị có dòng trong báo cáo: Phụ lục V của báo cáo bị cắt, thiếu một số đơn vị.';
    await screen.findByRole('table', { name: 'Năm cơ quan, đơn vị có tỷ lệ trễ hạn cao nhất trong kỳ' });
    expect(screen.getByText(note)).toBeInTheDocument();
    await act(() => router.navigate('/?period=2022'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2022'));
    await screen.findByRole('table', { name: 'Năm cơ quan, đơn vị có tỷ lệ trễ hạn cao nhất trong kỳ' });
    expect(screen.queryByText(note)).toBeNull();
  });

  it('summarises task progress per status, linking to the task board', async () => {
    renderApp({ url: '/?period=2022' });
    expect(await screen.findByText('3 nhiệm vụ trong kế hoạch của kỳ.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đã hoàn thành: 2 nhiệm vụ' })).toHaveAttribute('href', '/tasks?period=2022&status=done');
    expect(screen.getByRole('link', { name: 'Đang thực hiện: 1 nhiệm vụ' })).toHaveAttribute(
      'href',
      '/tasks?period=2022&status=in_progress',
    );
  });

  it('tells how many published totals disagree with their rows, linking to /data', async () => {
    renderApp({ url: '/?period=2022' });
    expect(await screen.findByRole('link', { name: '2 tổng số công bố không khớp với các dòng' })).toHaveAttribute(
      'href',
      '/data?period=2022&check=sum',
    );
    expect(screen.getByRole('link', { name: 'Xem tất cả 3 ghi nhận về số liệu của kỳ' })).toHaveAttribute('href', '/data?period=2022');
  });

  it('a failing statistics request shows one error with retry, and the rest of the page still works', async () => {
    renderApp({
      url: '/?period=2022',
      faults: (request) =>
        new URL(request.url).pathname === '/periods/2022/agencies'
          ? new Response('{"periodId": 7}', { status: 200, headers: { 'Content-Type': 'application/json' } })
          : undefined,
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu trả về từ /periods/2022/agencies không đúng định dạng');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(await screen.findByText('3 nhiệm vụ trong kế hoạch của kỳ.')).toBeInTheDocument();
  });

  it('a failing comparison period is said once, above the cards, with a retry that brings the changes', async () => {
    let failing = true;
    const { user } = renderApp({
      url: '/?period=2022',
      faults: (request) =>
        failing && new URL(request.url).pathname === '/periods/2020/agencies'
          ? new Response('{"error":{"code":"unavailable","message":"Bảo trì"}}', { status: 503, headers: { 'Content-Type': 'application/json' } })
          : undefined,
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Không tải được số liệu kỳ so sánh Năm 2020.');
    expect(screen.getAllByText(/Không tải được số liệu kỳ so sánh/)).toHaveLength(1);
    expect(card('Hồ sơ tiếp nhận')).toHaveTextContent('633.464');
    // While a retry runs, the message and the button pressed stay, and the button says so.
    const retry = within(alert).getByRole('button', { name: 'Thử lại' });
    await user.click(retry);
    expect(retry).toHaveTextContent('Đang thử lại…');
    expect(retry).toHaveFocus();
    await within(alert).findByRole('button', { name: 'Thử lại' }, { timeout: 5000 });
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText(/\+70\.159/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('in English', async () => {
    renderApp({ url: '/?period=2022', lang: 'en' });
    await screen.findByRole('heading', { level: 3, name: 'Dossiers received' });
    expect(card('Dossiers received')).toHaveTextContent('633,464');
    expect(card('Late rate')).toHaveTextContent('1.59%');
  });
});
