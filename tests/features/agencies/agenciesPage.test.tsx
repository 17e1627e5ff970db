import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentSearch, renderApp } from '../../app/support/renderApp';
import { agencyTable, bodyRows, cellOf, columnHeader, plain, readBlob, rowNames, sortButton } from './support';
import { loadRealDatasets } from '../../app/support/realDatasets';

async function openAgencies(url: string) {
  const app = renderApp({ url, loadDatasets: loadRealDatasets });
  await screen.findByRole('table', {}, { timeout: 10_000 });
  return app;
}

beforeEach(() => localStorage.clear());

describe('/agencies', () => {
  it('shows the period’s published columns under Vietnamese headers, with the late-rate formula of that period', async () => {
    const { user } = await openAgencies('/agencies?period=2022');
    for (const name of ['Cơ quan, đơn vị', 'Tiếp nhận', 'Trễ hạn', 'Tỷ lệ trễ hạn']) {
      expect(within(agencyTable()).getByRole('button', { name })).toBeInTheDocument();
    }
    await user.hover(within(columnHeader('Tỷ lệ trễ hạn')).getByRole('button', { name: 'Cách tính: Tỷ lệ trễ hạn' }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Tỷ lệ trễ hạn = (đã giải quyết trễ hạn + đang giải quyết trễ hạn) / (đã giải quyết + đang giải quyết)',
    );
    expect(screen.getByText('Hiển thị 171 trên 171 cơ quan, đơn vị')).toBeInTheDocument();
  });

  it('level "Cấp" = provincial departments, then late rate descending: Sở Kế hoạch và Đầu tư first, severe (001:172)', async () => {
    const { user, router } = await openAgencies('/agencies?period=2022');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cấp' }), 'Sở, ban, ngành');
    expect(bodyRows()).toHaveLength(18);
    expect(currentSearch(router).get('level')).toBe('department');

    await user.click(within(agencyTable()).getByRole('button', { name: 'Tỷ lệ trễ hạn' }));
    expect(columnHeader('Tỷ lệ trễ hạn')).toHaveAttribute('aria-sort', 'descending');
    expect(currentSearch(router).get('sort')).toBe('-lateRate');
    const first = bodyRows()[0]!;
    expect(rowNames()[0]).toBe('Sở Kế hoạch và Đầu tư');
    expect(plain(cellOf(first, 'Tỷ lệ trễ hạn').textContent)).toBe('29,79 % Nghiêm trọng');
    expect(cellOf(first, 'Tỷ lệ trễ hạn')).toHaveAttribute('data-severity', 'severe');
    expect(plain(cellOf(first, 'Trễ hạn').textContent)).toBe('56');
    expect(cellOf(bodyRows()[1]!, 'Tỷ lệ trễ hạn')).toHaveAttribute('data-severity', 'high'); // Sở Du lịch 8,92 %

    await user.click(within(agencyTable()).getByRole('button', { name: 'Tỷ lệ trễ hạn' }));
    expect(columnHeader('Tỷ lệ trễ hạn')).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames().at(-1)).toBe('Sở Kế hoạch và Đầu tư');
    expect(columnHeader('Tiếp nhận')).toHaveAttribute('aria-sort', 'none');
  });

  it('2017-Q1: nulls last in both directions (Sở Du lịch has no dossier figures, only the online list)', async () => {
    const { user } = await openAgencies('/agencies?period=2017-Q1&level=department&sort=-lateRate');
    expect(rowNames()[0]).toBe('Sở Kế hoạch và Đầu tư');
    expect(plain(cellOf(bodyRows()[0]!, 'Tỷ lệ trễ hạn').textContent)).toBe('22,56 % Nghiêm trọng');
    expect(rowNames().at(-1)).toBe('Sở Du lịch');
    expect(cellOf(bodyRows().at(-1)!, 'Tỷ lệ trễ hạn')).toHaveAttribute('data-severity', 'none');
    await user.click(within(agencyTable()).getByRole('button', { name: 'Tỷ lệ trễ hạn' }));
    expect(rowNames().at(-1)).toBe('Sở Du lịch');
    expect(rowNames()[0]).not.toBe('Sở Du lịch');
  });

  it('shift-click adds a second sort key: departments without late dossiers, by name in Vietnamese order', async () => {
    const { router } = await openAgencies('/agencies?period=2022&level=department');
    fireEvent.click(within(agencyTable()).getByRole('button', { name: 'Trễ hạn' }));
    fireEvent.click(within(agencyTable()).getByRole('button', { name: /^Cơ quan, đơn vị/ }), { shiftKey: true });
    expect(currentSearch(router).get('sort')).toBe('-lateCount,name');
    expect(columnHeader('Trễ hạn')).toHaveAttribute('aria-sort', 'descending');
    expect(columnHeader('Cơ quan, đơn vị')).toHaveAttribute('aria-sort', 'ascending');
    expect(sortButton('Cơ quan, đơn vị')).toHaveAccessibleName('Cơ quan, đơn vị, Thứ tự sắp xếp 2, tăng dần');
    expect(rowNames().slice(-6)).toEqual([
      'Sở Khoa học và Công nghệ',
      'Sở Nội vụ',
      'Sở Tài chính',
      'Sở Thông tin và Truyền thông',
      'Sở Văn hóa và Thể thao',
      'Sở Y tế',
    ]);
  });

  it('sorts names with a Vietnamese collator: Diên Điền and Diên Đông between Diên An and Diên Hòa', async () => {
    const { user } = await openAgencies('/agencies?period=2022&level=commune');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Huyện, thị xã, thành phố' }), 'Diên Khánh');
    await user.click(within(agencyTable()).getByRole('button', { name: 'Cơ quan, đơn vị' }));
    expect(rowNames().slice(0, 5)).toEqual([
      'UBND xã Bình Lộc',
      'UBND xã Diên An',
      'UBND Xã Diên Điền',
      'UBND xã Diên Đông',
      'UBND xã Diên Hòa',
    ]);
    expect(bodyRows()).toHaveLength(18);
  });

  it('search ignores diacritics and case, and lives in the URL', async () => {
    const { user, router } = await openAgencies('/agencies?period=2022');
    const search = screen.getByRole('searchbox', { name: 'Tìm kiếm' });
    await user.type(search, 'ninh hoa');
    await waitFor(() => expect(rowNames()).toEqual(['CNVPĐKĐĐ Ninh Hòa', 'UBND thị xã Ninh Hòa']));
    expect(currentSearch(router).get('q')).toBe('ninh hoa');
    await user.clear(search);
    await user.type(search, 'DIEN DIEN');
    await waitFor(() => expect(rowNames()).toContain('UBND Xã Diên Điền'));

    await user.type(search, ' khong co don vi nao');
    await user.click(await screen.findByRole('button', { name: 'Bỏ lọc' }));
    expect(search).toHaveValue('');
    // The button goes with the empty state: focus moves to the count of rows, which says what changed.
    expect(screen.getByText(/^Hiển thị 171 trên 171 cơ quan, đơn vị/)).toHaveFocus();
  });

  it('restores filters, search and sort from the URL', async () => {
    await openAgencies('/agencies?period=2022&level=district&sort=lateRate&q=cam');
    expect(screen.getByRole('combobox', { name: 'Cấp' })).toHaveValue('district');
    expect(screen.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('cam');
    expect(rowNames()).toEqual(['UBND thành phố Cam Ranh', 'UBND huyện Cam Lâm']);
  });

  it('ignores a district in the address where the level has no district filter, instead of showing an empty table', async () => {
    await openAgencies('/agencies?period=2022&level=department&district=ubnd-huyen-dien-khanh');
    expect(screen.queryByRole('combobox', { name: 'Huyện, thị xã, thành phố' })).toBeNull();
    // The 2022 departments, as many as with the level alone.
    expect(screen.getByText(/^Hiển thị 18 trên 171 cơ quan, đơn vị/)).toBeInTheDocument();
  });

  it('totals the filtered rows: 8 district committees, 800 late, 1,98 % by the 2022 rule, equal to block B as printed (001:196)', async () => {
    await openAgencies('/agencies?period=2022&level=district');
    const [published, totals] = Array.from(agencyTable().tFoot!.rows);
    expect(plain(within(published!).getByRole('rowheader').textContent)).toContain('Tổng báo cáo công bố: UBND cấp huyện 001:196');
    expect(plain(cellOf(published!, 'Tiếp nhận').textContent)).toBe('42.916');
    expect(plain(within(totals!).getByRole('rowheader').textContent)).toBe('Cộng các dòng (8 đơn vị)');
    expect(plain(cellOf(totals!, 'Tiếp nhận').textContent)).toBe('42.916');
    expect(plain(cellOf(totals!, 'Trễ hạn').textContent)).toBe('800');
    expect(plain(cellOf(totals!, 'Tỷ lệ trễ hạn').textContent)).toBe('1,98 % Cần theo dõi');
    expect(screen.getByText(/khớp với phép cộng các dòng/)).toHaveTextContent('dòng 001:196');
  });

  it('2022 communes: keeps the published C total 229.399 (001:208) and flags the sum of the rows, 237.378, against it', async () => {
    await openAgencies('/agencies?period=2022&level=commune');
    const [published, totals] = Array.from(agencyTable().tFoot!.rows);
    expect(plain(within(published!).getByRole('rowheader').textContent)).toContain('Tổng báo cáo công bố: UBND CẤP XÃ 001:208');
    expect(plain(cellOf(published!, 'Đã giải quyết').textContent)).toBe('229.399');
    expect(plain(cellOf(totals!, 'Đã giải quyết').textContent)).toBe('237.378≠khác tổng báo cáo công bố (229.399)');
    expect(plain(cellOf(totals!, 'Tiếp nhận').textContent)).toBe('244.405');
    const note = screen.getByText(/khác phép cộng các dòng ở/);
    expect(note).toHaveTextContent('(dòng 001:208); số này khác phép cộng các dòng ở: Đã giải quyết, Giải quyết đúng hạn, Giải quyết trễ hạn, Hồ sơ trễ hạn (số in).');
    expect(within(note).getByRole('link', { name: 'Xem các ghi nhận về tổng không khớp' })).toHaveAttribute('href', '/data?period=2022&check=sum');
  });

  it('2020 communes: says the published C total 264.439 (000:115) differs from the rows because Phụ lục V is cut off, not because of a wrong sum', async () => {
    await openAgencies('/agencies?period=2020&level=commune');
    const [published, totals] = Array.from(agencyTable().tFoot!.rows);
    expect(plain(cellOf(published!, 'Tiếp nhận').textContent)).toBe('264.439');
    expect(plain(cellOf(totals!, 'Tiếp nhận').textContent)).toBe('95.397≠khác tổng báo cáo công bố (264.439)');
    const note = await screen.findByText(/vì bảng chi tiết trong báo cáo bị cắt/);
    expect(note).toHaveTextContent('(dòng 000:115); số này khác phép cộng các dòng ở: Tiếp nhận');
    expect(within(note).getByRole('link', { name: 'Xem bảng nào bị cắt và thiếu những dòng nào' })).toHaveAttribute('href', '/data?period=2020&check=truncation');
  });

  it('marks a total that some rows lack: 2022 Sở Ngoại vụ left its online cells blank (001:177)', async () => {
    await openAgencies('/agencies?period=2022&level=department');
    // Block A (001:166) also adds the land offices, so no printed total covers the departments alone.
    expect(agencyTable().tFoot!.rows).toHaveLength(1);
    expect(screen.getByText(/báo cáo không in tổng cho đúng các đơn vị này/)).toBeInTheDocument();
    const totals = agencyTable().tFoot!.rows[0]!;
    expect(cellOf(totals, 'Tỷ lệ trực tuyến')).toHaveTextContent('Thiếu số liệu của 1 đơn vị');
    expect(cellOf(totals, 'Tỷ lệ trễ hạn')).not.toHaveTextContent('Thiếu số liệu');
  });

  it('subtotal rows show as group rows on request, above their members, and never join the sort', async () => {
    const { user, router } = await openAgencies('/agencies?period=2022&level=commune&sort=-lateRate');
    expect(rowNames()).not.toContain('Thuộc huyện Cam Lâm');
    await user.click(screen.getByRole('checkbox', { name: 'Hiện dòng tổng hợp theo nhóm' }));
    expect(currentSearch(router).get('groups')).toBe('1');
    const names = rowNames();
    expect(names[0]).toBe('I. Thuộc huyện Cam Lâm');
    expect(names.filter((name) => /^[IVX]+\. Thuộc/.test(name))).toHaveLength(8);
    expect(bodyRows()[0]).toHaveClass('agency-table__group');
    // Cam Ranh's subtotal as printed: resolved 8.184 (001:284), with its finding marked.
    const camRanh = bodyRows().find((row) => row.textContent?.includes('VI. Thuộc thành phố Cam Ranh'))!;
    expect(plain(cellOf(camRanh, 'Đã giải quyết').textContent)).toBe('8.184');
    expect(within(camRanh).getByRole('button', { name: /phát hiện về chất lượng dữ liệu/ })).toBeInTheDocument();
    expect(screen.getByText(/8 dòng tổng hợp/)).toBeInTheDocument();
  });

  it('marks rows with data-quality findings; the finding shows on focus', async () => {
    await openAgencies('/agencies?period=2017-Q1&level=district');
    const ninhHoa = bodyRows().find((row) => row.textContent?.includes('Thị xã Ninh Hòa'))!;
    const marker = within(ninhHoa).getByRole('button', { name: /phát hiện về chất lượng dữ liệu/ });
    marker.focus();
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('«Hồ sơ tiếp nhận» ghi 14.758');
    expect(marker).toHaveAccessibleDescription(/14\.758/);
  });

  it('keeps the finding open on a click or Enter after focus or hover opened it, and while the pointer is on it', async () => {
    const { user } = await openAgencies('/agencies?period=2017-Q1&level=district');
    const ninhHoa = bodyRows().find((row) => row.textContent?.includes('Thị xã Ninh Hòa'))!;
    const marker = within(ninhHoa).getByRole('button', { name: /phát hiện về chất lượng dữ liệu/ });
    await user.click(marker);
    expect(marker).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Enter}');
    expect(marker).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(marker).toHaveAttribute('aria-expanded', 'false');

    marker.blur();
    // The pointer is still on the marker from the click: it leaves, and comes back.
    await user.unhover(marker);
    await user.hover(marker);
    const bubble = await screen.findByRole('tooltip');
    await user.unhover(marker);
    await user.hover(bubble);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(marker).toHaveAttribute('aria-expanded', 'true');
    await user.unhover(bubble);
    await waitFor(() => expect(marker).toHaveAttribute('aria-expanded', 'false'));
  });

  it('an agency opened from the list links back to the list as it was left: level, search and sort', async () => {
    const list = '?period=2022&level=commune&q=cam&sort=-lateRate';
    const { user, router } = await openAgencies(`/agencies${list}`);
    const [first] = bodyRows();
    await user.click(within(first!).getAllByRole('link')[0]!);
    const back = await screen.findByRole('link', { name: '← Danh sách cơ quan, đơn vị' });
    expect(back).toHaveAttribute('href', `/agencies${list}`);
    // Links to other agencies (its district) carry the period only: their addresses are shared as they are.
    const others = () => screen.getAllByRole('link').filter((link) => /^\/agencies\/./.test(link.getAttribute('href') ?? ''));
    await waitFor(() => expect(others().length).toBeGreaterThan(0));
    for (const link of others()) expect(link.getAttribute('href')).toMatch(/^\/agencies\/[^?]+\?period=2022$/);
    await user.click(back);
    expect(router.state.location.search).toBe(list);
  });

  it('an agency opened from elsewhere links back to the list of its period', async () => {
    renderApp({ url: '/agencies/so-noi-vu?period=2020', loadDatasets: loadRealDatasets });
    expect(await screen.findByRole('link', { name: '← Danh sách cơ quan, đơn vị' })).toHaveAttribute('href', '/agencies?period=2020');
  });

  it('hides and shows columns from the menu; the choice is kept', async () => {
    const { user } = await openAgencies('/agencies?period=2022&level=department');
    await user.click(screen.getByText(/^Cột hiển thị/));
    await user.click(screen.getByRole('checkbox', { name: 'Tỷ lệ đúng hạn' }));
    expect(within(agencyTable()).queryByRole('button', { name: 'Tỷ lệ đúng hạn' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Đang giải quyết · quá hạn' }));
    expect(within(agencyTable()).getByRole('button', { name: 'Đang giải quyết · quá hạn' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('cchc.agencies.columns') ?? '{}')).toEqual({ onTimeRate: false, pendingLate: true });
    expect(screen.getByRole('checkbox', { name: 'Cơ quan, đơn vị' })).toBeDisabled();
  });

  it('shows the column the rows are sorted by, even one hidden by default, and hiding it ends the sort', async () => {
    const { user, router } = await openAgencies('/agencies?period=2022&level=department&sort=-pendingLate');
    const header = columnHeader('Đang giải quyết · quá hạn');
    expect(header).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByText(/^Cột hiển thị/));
    const checkbox = screen.getByRole('checkbox', { name: 'Đang giải quyết · quá hạn' });
    expect(checkbox).toBeChecked();
    // Another column hidden meanwhile: the sorted one is not thereby the user's choice.
    await user.click(screen.getByRole('checkbox', { name: 'Tỷ lệ đúng hạn' }));
    expect(JSON.parse(localStorage.getItem('cchc.agencies.columns') ?? '{}')).toEqual({ onTimeRate: false });
    await user.click(checkbox);
    expect(within(agencyTable()).queryByRole('button', { name: 'Đang giải quyết · quá hạn' })).not.toBeInTheDocument();
    expect(currentSearch(router).get('sort')).toBeNull();
  });

  it('says where the report cuts a table off: 2020’s commune appendix, on all levels and on communes, not on departments', async () => {
    const { router } = await openAgencies('/agencies?period=2020');
    const text = /^Phụ lục V trong báo cáo không đầy đủ, nên bảng dưới đây và phép cộng các dòng thiếu những đơn vị đó\. Phụ lục V bị cắt: .*Bảng thiếu 81 đơn vị cấp xã\./;
    const cut = (_: string, element: Element | null) => element?.tagName === 'P' && text.test(element.textContent ?? '');
    expect(screen.getByText(cut)).toBeInTheDocument();
    await act(() => router.navigate('/agencies?period=2020&level=department'));
    expect(screen.queryByText(cut)).toBeNull();
    await act(() => router.navigate('/agencies?period=2020&level=commune'));
    expect(screen.getByText(cut)).toBeInTheDocument();
  });

  it('says which of a chosen district’s communes the cut appendix lacks, and does not blame the filter for the gap', async () => {
    const { router } = await openAgencies('/agencies?period=2020&level=commune');
    await act(() => router.navigate('/agencies?period=2020&level=commune&district=ubnd-tp-nha-trang'));
    expect(screen.getByText('Bảng không còn dòng nào của Nha Trang.')).toBeInTheDocument();
    expect(
      screen.getByText('Báo cáo không có số liệu của các đơn vị thuộc Nha Trang ở Phụ lục V: bảng bị cắt trước các đơn vị này.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Không có cơ quan, đơn vị nào khớp bộ lọc.')).toBeNull();

    await act(() => router.navigate('/agencies?period=2020&level=commune&district=ubnd-huyen-van-ninh'));
    expect(screen.getByText('Bảng chỉ còn 2 đơn vị của Vạn Ninh; các đơn vị còn lại bị thiếu.')).toBeInTheDocument();
    expect(screen.getByText(/^Hiển thị 2 trên \d+ cơ quan, đơn vị/)).toBeInTheDocument();

    await act(() => router.navigate('/agencies?period=2020&level=commune&district=ubnd-huyen-cam-lam'));
    expect(screen.queryByText(/^Bảng (không còn|chỉ còn)/)).toBeNull();

    await act(() => router.navigate('/agencies?period=2020&level=commune&district=ubnd-tp-nha-trang&q=xyz'));
    expect(screen.getByText('Không có cơ quan, đơn vị nào khớp bộ lọc.')).toBeInTheDocument();
  });

  it('2020-H1 has no dossier statistics: a plain message, no table', async () => {
    renderApp({ url: '/agencies?period=2020-H1', loadDatasets: loadRealDatasets });
    expect(await screen.findByText('Kỳ 6 tháng đầu năm 2020 không có số liệu giải quyết hồ sơ.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('/agencies in English', () => {
  it('says the CSV is written for Excel set to Vietnamese, as the download buttons’ description', async () => {
    renderApp({ url: '/agencies?period=2022', loadDatasets: loadRealDatasets, lang: 'en' });
    const csv = await screen.findByRole('button', { name: 'Download CSV' });
    expect(csv).toHaveAccessibleDescription(/The CSV is written for Excel set to Vietnamese \(“;” between columns, numbers as 1\.234,56\)/);
  });

  it('counts in the singular where there is one: Sở Ngoại vụ alone lacks the online figure (001:177)', async () => {
    renderApp({ url: '/agencies?period=2022&level=department', loadDatasets: loadRealDatasets, lang: 'en' });
    await screen.findByText(/^Showing \d+ of 171 agencies$/, {}, { timeout: 10_000 });
    const totals = agencyTable().tFoot!.rows[0]!;
    expect(cellOf(totals, 'Online share')).toHaveTextContent('1 agency lacks this figure');
  });
});

describe('/agencies export', () => {
  let blobs: Blob[];
  beforeEach(() => {
    blobs = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => undefined }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('CSV: the current view (filter, sort, visible columns, totals), UTF-8 with BOM, ";" and decimal commas', async () => {
    const { user } = await openAgencies('/agencies?period=2022&level=district&sort=-lateRate');
    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await readBlob(blobs[0]!));
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Cơ quan, đơn vị;Tiếp nhận;Đã giải quyết;Trễ hạn;Tỷ lệ trễ hạn (%);Tỷ lệ đúng hạn (%);Tỷ lệ trực tuyến (%)');
    // 001:197 Cam Lâm: (92+14)/(2736+156) = 3,67 %; online 960/2342 = 40,99 %.
    expect(lines[1]).toBe('UBND huyện Cam Lâm;2997;2736;106;3,67;96,64;40,99');
    expect(lines).toHaveLength(1 + 8 + 2 + 1);
    expect(lines[9]).toMatch(/^Tổng báo cáo công bố: UBND cấp huyện \(001:196\);42916;35573;800;1,98;/);
    expect(lines[10]).toMatch(/^Cộng các dòng \(8 đơn vị\);42916;35573;800;1,98;/);
  });

  it('says in the file which sums add fewer rows than shown, as the «*» on screen does', async () => {
    // 2017: Sở Du lịch is only in the online list, so the departments' dossier sums lack it.
    const { user } = await openAgencies('/agencies?period=2017-Q1&level=department');
    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    const lines = new TextDecoder().decode(new Uint8Array(await readBlob(blobs[0]!))).split('\r\n');
    const sums = lines.find((line) => line.startsWith('Cộng các dòng'));
    expect(sums).toBe(
      'Cộng các dòng (19 đơn vị) — tổng chỉ cộng các đơn vị có số liệu, thiếu: Tiếp nhận (1 đơn vị), Đã giải quyết (1 đơn vị), ' +
        'Trễ hạn (1 đơn vị), Tỷ lệ trễ hạn (1 đơn vị), Tỷ lệ đúng hạn (1 đơn vị);17256;15522;467;3,01;96,99',
    );
  });

  it('names the file after the view: period, level, district and search, in ASCII', async () => {
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const { user } = await openAgencies('/agencies?period=2022&level=commune&district=ubnd-huyen-dien-khanh&q=Diên+Điền');
    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    click.mockRestore();
    expect(names).toEqual(['co-quan-don-vi_2022_commune_ubnd-huyen-dien-khanh_tim-dien-dien.csv']);
  });

  it('XLSX: a workbook of the same view', async () => {
    const { user } = await openAgencies('/agencies?period=2022&level=district&sort=-lateRate');
    await user.click(screen.getByRole('button', { name: 'Tải Excel (.xlsx)' }));
    expect(blobs[0]!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const text = new TextDecoder().decode(new Uint8Array(await readBlob(blobs[0]!)));
    expect(text.startsWith('PK')).toBe(true);
    expect(text).toContain('<c r="A2" t="inlineStr" s="0"><is><t>UBND huyện Cam Lâm</t></is></c><c r="B2" s="2"><v>2997</v></c>');
    expect(text).toContain('<t>Cộng các dòng (8 đơn vị)</t>');
  });
});
