import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentSearch, renderApp } from '../../app/support/renderApp';
import { loadRepoDatasets } from '../../app/support/repoDatasets';

/** Read and validated once for the file: every test reads the same committed files. */
const repoDatasets = loadRepoDatasets();

/** /trends on the committed datasets; every figure below is recomputed from the cited report line. */
function openTrends(url = '/trends', lang: 'vi' | 'en' = 'vi') {
  return renderApp({ url, loadDatasets: () => repoDatasets, lang });
}

async function summary(): Promise<string> {
  const text = (await screen.findByTestId('trend-summary', {}, { timeout: 15_000 })).textContent ?? '';
  return text.replace(/\u00a0/g, ' ');
}

function chartSvg(container: HTMLElement): SVGSVGElement {
  const svg = container.querySelector<SVGSVGElement>('.trend-chart svg.recharts-surface');
  if (!svg) throw new Error('no chart rendered');
  return svg;
}

async function showTable(user: ReturnType<typeof openTrends>['user']): Promise<HTMLTableElement> {
  await user.click(screen.getByRole('button', { name: 'Xem bảng số liệu' }));
  return screen.getByRole('table') as HTMLTableElement;
}

/** What a sighted reader sees in a cell (the screen-reader-only copy of a source path left out). */
function visibleText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\u00a0/g, ' ');
}

function tableRows(table: HTMLTableElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map(visibleText));
}

describe('/trends, default view', () => {
  it('charts the comparable late rate of the whole province at a fixed size, with a one-sentence summary', async () => {
    const { container } = openTrends();
    // 004:470 3448/93674 = 3,68 %; 001:364 9009/596533 = 1,51 % (resolved late only, the rule shared by every period).
    expect(await summary()).toBe('Tỷ lệ trễ hạn của toàn tỉnh giảm từ 2,00 % (2020) xuống 1,51 % (2022).');
    const svg = chartSvg(container);
    expect(svg.getAttribute('width')).toBe('640');
    expect(svg.getAttribute('height')).toBe('340');
    expect(screen.getByRole('combobox', { name: 'Chỉ số' })).toHaveValue('comparableLateRate');
    expect(screen.getByRole('checkbox', { name: 'Toàn tỉnh' })).toBeChecked();
  });

  it('draws the six years, 2018, 2019 and 2021 as labelled gaps and Quý I/2017 as a hollow marker', async () => {
    const { container } = openTrends();
    await summary();
    const svg = chartSvg(container);
    const ticks = [...svg.querySelectorAll('.recharts-xAxis-tick-labels text, .recharts-xAxis text')].map((text) => text.textContent);
    expect(ticks).toEqual(['2017', 'Quý I', '2018', '2019', '2020', '2021', '2022']);
    expect(svg.querySelectorAll('.trend-gap')).toHaveLength(3);
    expect([...svg.querySelectorAll('.recharts-label')].map((label) => label.textContent)).toEqual([
      'Không có số liệu',
      'Không có số liệu',
      'Không có số liệu',
    ]);
    const dots = [...svg.querySelectorAll('circle.trend-dot')];
    expect(dots.map((dot) => [dot.getAttribute('data-year'), dot.getAttribute('data-partial'), dot.getAttribute('fill')])).toEqual([
      ['2017', 'true', '#ffffff'],
      ['2020', 'false', '#0b3d66'],
      ['2022', 'false', '#0b3d66'],
    ]);
    // No segment bridges a gap: the line path is three separate moves, one per point.
    const path = svg.querySelector('.recharts-line-curve')?.getAttribute('d') ?? '';
    expect(path.match(/M/g)).toHaveLength(3);
    expect(path).not.toMatch(/L/);
  });

  it('tooltips name the period, the report and the statistics window of each point, in vi-VN', async () => {
    const { container, user } = openTrends();
    await summary();
    act(() => chartSvg(container).focus());
    await user.keyboard('{ArrowRight}{ArrowLeft}');
    const tooltip = await screen.findByTestId('trend-tooltip');
    expect(tooltip).toHaveTextContent('2017 (Quý I/2017, một quý)');
    expect(tooltip).toHaveTextContent('Toàn tỉnh: 3,68 % (Quý I/2017)');
    expect(tooltip).toHaveTextContent('937/BC-SNV, Phụ lục IV; kỳ thống kê 01/01/2017 – 31/03/2017 (dòng 004:470, «TỔNG»)');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('trend-tooltip')).toHaveTextContent('Toàn tỉnh: Không có số liệu (không có báo cáo cho năm này)');
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByTestId('trend-tooltip')).toHaveTextContent(
      'Toàn tỉnh: 1,51 %39/BC-UBND, Phụ lục 2; kỳ thống kê 15/12/2021 – 14/12/2022 (dòng 001:364, «TỔNG»)',
    );
  });

  it('"Xem bảng số liệu" shows one row per year 2017–2022, "Không có số liệu" in the empty ones', async () => {
    const { user } = openTrends();
    await summary();
    const table = await showTable(user);
    expect(within(table).getByText('Tỷ lệ trễ hạn (cùng cách tính mọi kỳ) theo năm, 2017–2022')).toBeInTheDocument();
    const rows = tableRows(table);
    expect(rows.map((row) => row[0])).toEqual(['2017 (Quý I/2017, một quý)', '2018', '2019', '2020', '2021', '2022']);
    expect(rows.map((row) => row[1])).toEqual([
      '3,68 %004:470',
      'Không có số liệukhông có báo cáo cho năm này',
      'Không có số liệukhông có báo cáo cho năm này',
      '2,00 %000:117',
      'Không có số liệukhông có báo cáo cho năm này',
      '1,51 %001:364',
    ]);
    expect(screen.getByRole('button', { name: 'Ẩn bảng số liệu' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('states how the comparable late rate is computed, and that Quý I/2017 is one quarter', async () => {
    openTrends();
    await summary();
    const notes = screen.getByRole('complementary', { name: 'Lưu ý khi so sánh' });
    expect(notes).toHaveTextContent('Quý I/2017 chỉ là số liệu một quý');
    expect(notes).toHaveTextContent('hồ sơ giải quyết trễ hạn / hồ sơ đã giải quyết, cùng một cách tính cho mọi kỳ');
  });
});

describe('/trends, values the report disputes', () => {
  it('badges Ninh Hòa’s and the districts’ 2017 late rates, says why in the tooltip, the table and the notes', async () => {
    const { container, user } = openTrends('/trends?series=agency:ubnd-tx-ninh-hoa,level:district');
    // The summary is the chart's description too: a disputed value is not passed off as a plain one.
    expect(await summary()).toBe(
      'Tỷ lệ trễ hạn: UBND thị xã Ninh Hòa giảm từ 4,55 % (2020) xuống 1,10 % (2022); ' +
        'khối UBND cấp huyện giảm từ 11,57 % (2020) xuống 1,66 % (2022).',
    );
    const svg = chartSvg(container);
    const disputed = [...svg.querySelectorAll('circle.trend-dot[data-disputed="true"]')].map(
      (dot) => `${dot.getAttribute('data-series')} ${dot.getAttribute('data-year')}`,
    );
    expect(disputed).toEqual(['agency:ubnd-tx-ninh-hoa 2017', 'level:district 2017']);
    expect(svg.querySelectorAll('.dispute-badge')).toHaveLength(2);
    expect(screen.getByText('Dấu «!»: báo cáo tự mâu thuẫn ở số liệu này (xem lưu ý bên dưới)')).toBeInTheDocument();

    act(() => svg.focus());
    await user.keyboard('{ArrowRight}{ArrowLeft}');
    const tooltip = await screen.findByTestId('trend-tooltip');
    // 004:510: 1.242 late of 3.969 resolved, drawn as printed, with the report's own disagreement beside it.
    expect(tooltip).toHaveTextContent('UBND thị xã Ninh Hòa: 31,29 % (Quý I/2017)');
    expect(tooltip).toHaveTextContent('Báo cáo không khớp: «Thị xã Ninh Hòa» (dòng 510): «Đã giải quyết · Tổng số» ghi 3.969');

    const table = await showTable(user);
    const [row2017] = tableRows(table);
    expect(row2017?.slice(1, 3)).toEqual(['31,29 % !004:510', '6,25 % !004:468']);
    expect(within(table).getAllByText('(báo cáo không khớp ở số liệu này, xem lưu ý)', { exact: false })).toHaveLength(2);

    const notes = screen.getByRole('complementary', { name: 'Lưu ý khi so sánh' });
    expect(notes).toHaveTextContent('Báo cáo tự mâu thuẫn ở những số liệu dưới đây.');
    const disputes = within(notes).getAllByRole('listitem');
    expect(disputes.map((item) => item.textContent?.slice(0, 40))).toEqual([
      '«Thị xã Ninh Hòa» (dòng 510): «Đã giải q',
      '«Thị xã Ninh Hòa» (dòng 510): «Tỷ lệ trễ',
      '«TỔNG» (dòng 512) «Đã giải quyết · Trễ h',
    ]);
    // The ingest's reading of the slip: the district total is right once Ninh Hòa's 1.242 is read as 242.
    expect(disputes[2]).toHaveTextContent('Nguyên nhân có thể: Có thể lỗi chữ số ở dòng «Thị xã Ninh Hòa» (dòng 510)');
    expect(disputes[2]).toHaveTextContent('sửa lại thì cộng các dòng được 1.237, đúng bằng số đã ghi');
  });

  it('flags nothing where the value rests on no disputed figure', async () => {
    // The district block 2017 is disputed in its «received» and late counts, not in its on-time share.
    const { container } = openTrends('/trends?metric=onTimeRate&series=level:district');
    expect(await summary()).toMatch(/khối UBND cấp huyện (tăng|giảm) từ [\d,]+ % \(2020\)/i);
    expect(chartSvg(container).querySelectorAll('.dispute-badge')).toHaveLength(0);
    expect(screen.queryByText(/Báo cáo tự mâu thuẫn/)).toBeNull();
  });
});

describe('/trends, choices kept in the URL', () => {
  it('switching the measure writes ?metric= and lists each report’s online denominator', async () => {
    const { user, router } = openTrends();
    await summary();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Chỉ số' }), 'onlineRate');
    expect(currentSearch(router).get('metric')).toBe('onlineRate');
    // 000:117 114312/563305; 001:364 253432/463823; 2017 publishes no online rate.
    expect(await summary()).toBe('Tỷ lệ hồ sơ trực tuyến của toàn tỉnh tăng từ 20,29 % (2020) lên 54,64 % (2022).');
    const notes = screen.getByRole('complementary', { name: 'Lưu ý khi so sánh' });
    expect(notes).toHaveTextContent('Mẫu số của tỷ lệ trực tuyến đổi giữa các báo cáo');
    expect(notes).toHaveTextContent('Năm 2020: Tỷ lệ trực tuyến = hồ sơ trực tuyến / hồ sơ đã nhận');
    expect(notes).toHaveTextContent('Năm 2022: Tỷ lệ trực tuyến = hồ sơ trực tuyến / tổng số hồ sơ phát sinh');
    const rows = tableRows(await showTable(user));
    expect(rows[0]?.[1]).toBe('Không có số liệubáo cáo không công bố giá trị này');
  });

  it('redraws the gap bands, the markers, the year ticks and the value axis when the measure changes, and back', async () => {
    const { container, user } = openTrends();
    await summary();
    const metric = screen.getByRole('combobox', { name: 'Chỉ số' });
    const drawn = () => {
      const svg = chartSvg(container);
      const leftTicks = [...svg.querySelectorAll('.recharts-cartesian-axis-tick-value')].filter(
        (text) => text.getAttribute('orientation') === 'left',
      );
      return {
        gaps: svg.querySelectorAll('.trend-gap').length,
        dots: [...svg.querySelectorAll('circle.trend-dot')].map((dot) => `${dot.getAttribute('data-year')} ${dot.getAttribute('data-partial')}`),
        years: [...svg.querySelectorAll('.recharts-xAxis-tick-labels text')].map((text) => text.textContent),
        topValue: leftTicks.sort((a, b) => Number(a.getAttribute('y')) - Number(b.getAttribute('y')))[0]?.textContent,
      };
    };
    const lateRate = drawn();
    expect(lateRate).toEqual({
      gaps: 3,
      dots: ['2017 true', '2020 false', '2022 false'],
      years: ['2017', 'Quý I', '2018', '2019', '2020', '2021', '2022'],
      topValue: '4\u00a0%',
    });

    await user.selectOptions(metric, 'onlineRate');
    expect(await summary()).toBe('Tỷ lệ hồ sơ trực tuyến của toàn tỉnh tăng từ 20,29 % (2020) lên 54,64 % (2022).');
    // 2017 publishes no online rate: a fourth band, and no "Quý I" under 2017.
    expect(drawn()).toEqual({
      gaps: 4,
      dots: ['2020 false', '2022 false'],
      years: ['2017', '2018', '2019', '2020', '2021', '2022'],
      topValue: '80\u00a0%',
    });

    await user.selectOptions(metric, 'parIndexRank');
    expect(await summary()).toBe('Thứ hạng PAR Index của toàn tỉnh tụt từ hạng 11/63 (2018) xuống hạng 25/63 (2022).');
    // Ranks 2018–2022 (indices tsv:10–17), on a reversed axis: rank 1 on top.
    expect(drawn()).toEqual({
      gaps: 1,
      dots: ['2018 false', '2019 false', '2020 false', '2021 false', '2022 false'],
      years: ['2017', '2018', '2019', '2020', '2021', '2022'],
      topValue: '1',
    });

    await user.selectOptions(metric, 'comparableLateRate');
    expect(await summary()).toBe('Tỷ lệ trễ hạn của toàn tỉnh giảm từ 2,00 % (2020) xuống 1,51 % (2022).');
    expect(drawn()).toEqual(lateRate);
  });

  it('opens levels from the URL and warns that the 2022 department block includes land registration', async () => {
    const { user } = openTrends('/trends?series=level:department,level:land_registration');
    expect(await summary()).toBe(
      'Tỷ lệ trễ hạn: khối sở, ban, ngành tăng từ 0,48 % (2020, báo cáo không khớp) lên 2,27 % (2022, gồm cả Văn phòng Đăng ký đất đai và các chi nhánh); ' +
        'khối văn phòng đăng ký đất đai tăng từ 2,44 % (2020) lên 2,82 % (2022).',
    );
    expect(screen.getByRole('checkbox', { name: 'Khối sở, ban, ngành' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Toàn tỉnh' })).not.toBeChecked();
    expect(screen.getByRole('complementary', { name: 'Lưu ý khi so sánh' })).toHaveTextContent(
      'Khối sở, ban, ngành của Năm 2022 gồm cả Văn phòng Đăng ký đất đai',
    );
    const rows = tableRows(await showTable(user));
    expect(rows[0]?.[2]).toBe('Không có số liệubáo cáo không có dòng này');
  });

  it('finds an agency without diacritics, adds it to the URL and shows no point before it existed', async () => {
    const { user, router } = openTrends();
    await summary();
    const input = screen.getByRole('combobox', { name: 'Thêm cơ quan, đơn vị (tối đa 8)' });
    await user.type(input, 'binh loc');
    const option = await screen.findByRole('option', { name: /UBND xã Bình Lộc/ });
    expect(option).toHaveTextContent('UBND cấp xã, UBND huyện Diên Khánh');
    await user.click(option);
    expect(currentSearch(router).get('series')).toBe('province,agency:xa-dien-khanh-binh-loc');
    expect(screen.getByRole('button', { name: 'Bỏ UBND xã Bình Lộc' })).toBeInTheDocument();
    const rows = tableRows(await showTable(user));
    // 000:194 6/(1815+1) = 0,33 %; 001:226 no late dossier resolved (0 of 2325).
    expect(rows.map((row) => row[2])).toEqual([
      'Không có số liệuđơn vị chưa thành lập hoặc đã sáp nhập',
      'Không có số liệukhông có báo cáo cho năm này',
      'Không có số liệukhông có báo cáo cho năm này',
      '0,33 %000:194',
      'Không có số liệukhông có báo cáo cho năm này',
      '0,00 %001:226',
    ]);
    await user.click(screen.getByRole('button', { name: 'Bỏ UBND xã Bình Lộc' }));
    expect(currentSearch(router).get('series')).toBeNull();
    // The only chip's button went with it: the focus is back in the search box, and the removal is said.
    expect(input).toHaveFocus();
    expect(screen.getByText('Đã bỏ UBND xã Bình Lộc khỏi biểu đồ.')).toBeInTheDocument();
  });

  it('picks with the keyboard and says when nothing matches', async () => {
    const { user, router } = openTrends();
    await summary();
    const input = screen.getByRole('combobox', { name: 'Thêm cơ quan, đơn vị (tối đa 8)' });
    await user.type(input, 'khong co don vi nay');
    expect(screen.getByText('Không có cơ quan, đơn vị nào khớp «khong co don vi nay».')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, 'so tu phap');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(currentSearch(router).get('series')).toBe('province,agency:so-tu-phap');
  });

  it('compares at most eight agencies', async () => {
    const ids = [
      'so-tu-phap',
      'so-y-te',
      'so-noi-vu',
      'so-tai-chinh',
      'so-xay-dung',
      'so-ngoai-vu',
      'so-cong-thuong',
      'so-giao-thong-van-tai',
      'so-du-lich',
    ];
    const { user } = openTrends(`/trends?series=${ids.map((id) => `agency:${id}`).join(',')}`);
    await summary();
    expect(screen.getAllByRole('button', { name: /^Bỏ Sở / })).toHaveLength(8);
    expect(screen.queryByRole('button', { name: 'Bỏ Sở Du lịch' })).not.toBeInTheDocument();
    // The ninth is not drawn, and the page says so.
    expect(screen.getByRole('code')).toHaveTextContent('series=agency:so-du-lich');
    expect(screen.getByRole('combobox', { name: 'Thêm cơ quan, đơn vị (tối đa 8)' })).toBeDisabled();
    expect(screen.getByText('Đã chọn đủ 8 cơ quan, đơn vị. Bỏ bớt một đơn vị để thêm đơn vị khác.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bỏ Sở Tư pháp' }));
    expect(screen.getByRole('button', { name: 'Bỏ Sở Y tế' })).toHaveFocus();
    expect(screen.getByText('Đã bỏ Sở Tư pháp khỏi biểu đồ.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Thêm cơ quan, đơn vị (tối đa 8)' })).toBeEnabled();
  });
});

describe('/trends, national indices', () => {
  it('PAR Index ranks 2018–2022 on a reversed axis (rank 1 on top), 2017 empty', async () => {
    const { container, user } = openTrends('/trends?metric=parIndexRank&series=province,level:district');
    expect(await summary()).toBe('Thứ hạng PAR Index của toàn tỉnh tụt từ hạng 11/63 (2018) xuống hạng 25/63 (2022).');
    const svg = chartSvg(container);
    const tickY = (label: string) => {
      const tick = [...svg.querySelectorAll('.recharts-cartesian-axis-tick-value')].find(
        (text) => text.getAttribute('orientation') === 'left' && text.textContent === label,
      );
      return Number(tick?.getAttribute('y'));
    };
    expect(tickY('1')).toBeLessThan(tickY('63'));
    expect(screen.getByText('Trục xếp hạng đảo ngược: hạng 1 (tốt nhất) ở trên cùng.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Đường so sánh' })).toBeDisabled();
    expect(screen.getByRole('complementary', { name: 'Lưu ý khi so sánh' })).toHaveTextContent(
      'PAR Index và SIPAS chỉ công bố cho toàn tỉnh',
    );
    act(() => svg.focus());
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByTestId('trend-tooltip')).toHaveTextContent(
      'Toàn tỉnh: 11/63Báo Khánh Hòa, 19/05/2020, "Khánh Hòa giảm hạng chỉ số cải cách hành chính": «giảm sâu so với vị thứ 11/63 năm 2018» (dòng khanh-hoa-indices-2018-2022.tsv:10)',
    );
    const rows = tableRows(await showTable(user));
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['2017', 'Không có số liệukhông có báo cáo cho năm này'],
      ['2018', '11/63khanh-hoa-indices-2018-2022.tsv:10'],
      ['2019', '34/63khanh-hoa-indices-2018-2022.tsv:11'],
      ['2020', '48/63khanh-hoa-indices-2018-2022.tsv:13'],
      ['2021', '48/63khanh-hoa-indices-2018-2022.tsv:15'],
      ['2022', '25/63khanh-hoa-indices-2018-2022.tsv:17'],
    ]);
  });

  it('shows SIPAS scores with the decimals printed, in vi-VN form, and leaves unpublished years empty', async () => {
    const { user } = openTrends('/trends?metric=sipasScore');
    expect(await summary()).toBe('Chỉ số SIPAS của toàn tỉnh tăng từ 77,64 % (2019) lên 84,4 % (2021).');
    const rows = tableRows(await showTable(user));
    expect(rows.map((row) => row[1]?.replace(/khanh-hoa.*$/, ''))).toEqual([
      'Không có số liệukhông có báo cáo cho năm này',
      'Không có số liệukhông có báo cáo cho năm này',
      '77,64 %',
      '81,82 %',
      '84,4 %',
      'Không có số liệukhông có báo cáo cho năm này',
    ]);
  });
});

describe('/trends in English', () => {
  it('words the summary and the gaps in English, figures in en-GB', async () => {
    const { user } = openTrends('/trends', 'en');
    expect(await summary()).toBe('The late rate of the whole province fell from 2.00% (2020) to 1.51% (2022).');
    await user.click(screen.getByRole('button', { name: 'Show data table' }));
    expect(tableRows(screen.getByRole('table'))[1]?.[1]).toBe('No datano report covers this year');
  });

  it('marks the reports’ own words in the sources as Vietnamese: a row’s label, an article’s sentence', async () => {
    const { container, user } = openTrends('/trends', 'en');
    await summary();
    act(() => chartSvg(container).focus());
    await user.keyboard('{ArrowRight}{ArrowLeft}');
    // Q1 2017's total row, with the label the report prints.
    const label = (await screen.findByTestId('trend-tooltip')).querySelector('.trend-tooltip__source [lang="vi"]');
    const labelText = label?.textContent ?? '';
    expect(label?.parentElement?.textContent).toMatch(/\(line 004:\d+, “[^”]+”\)$/);
    expect(label?.parentElement?.textContent?.endsWith(`, “${labelText}”)`)).toBe(true);
    expect(labelText).not.toBe('');
    expect(label?.parentElement).not.toHaveAttribute('lang');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Measure' }), 'parIndexRank');
    act(() => chartSvg(container).focus());
    await user.keyboard('{ArrowRight}');
    // 2018: the article that gives the rank.
    const tooltip = await screen.findByTestId('trend-tooltip');
    const sentence = within(tooltip).getByText('giảm sâu so với vị thứ 11/63 năm 2018');
    expect(sentence).toHaveAttribute('lang', 'vi');
    expect(sentence.parentElement).toHaveTextContent(/“giảm sâu so với vị thứ 11\/63 năm 2018” \(line khanh-hoa-indices-2018-2022\.tsv:10\)$/);

    await user.click(screen.getByRole('button', { name: 'Show data table' }));
    expect(within(screen.getByRole('table')).getByText('86,19% ... tăng 23 bậc so với năm 2021')).toHaveAttribute('lang', 'vi');
  });
});
