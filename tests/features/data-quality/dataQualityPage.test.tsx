import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { periodDatasetSchema } from '@/domain/dataset/schema';
import { fieldLabel, parseCheckFilter } from '@/features/data-quality/findingRows';
import { currentSearch, renderApp } from '../../app/support/renderApp';
import { languageOf } from '../../app/support/language';

const periodsDirectory = join(import.meta.dirname, '../../../data/datasets/periods');
const tableName = 'Các ghi nhận về số liệu của kỳ Năm 2022';

describe('data-quality page', () => {
  it('lists every finding of the period in source order, with table, row, figures and source line', async () => {
    renderApp({ url: '/data?period=2022' });
    const table = await screen.findByRole('table', { name: tableName });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const [format, resolved, onTime] = rows;
    expect(resolved).toHaveTextContent('Tổng không khớp');
    expect(resolved).toHaveTextContent('Phụ lục 2');
    expect(resolved).toHaveTextContent('Thuộc thành phố Cam Ranh');
    expect(resolved).toHaveTextContent('Đã giải quyết · Tổng số');
    expect(within(resolved!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(
      expect.arrayContaining(['8.184', '16.163', '-7.979']),
    );
    expect(resolved).toHaveTextContent('Dòng tổng phụ sai; sai số chuyển lên khối C và dòng TỔNG.');
    expect(within(resolved!).getByTitle('data/reports/001_aa68a87f1e8bdfdf.txt:284')).toHaveTextContent('001:284');
    expect(onTime).toHaveTextContent('Đã giải quyết · Đúng hạn');
    expect(format).toHaveTextContent('Định dạng');
    expect(format).toHaveTextContent('001:205');
  });

  it('in English, the findings’ Vietnamese text (row, table, cause, message) is marked as Vietnamese, the rest of the row is not', async () => {
    renderApp({ url: '/data?period=2022', lang: 'en' });
    const table = await screen.findByRole('table', { name: /^Data notes for/ });
    const resolved = within(table)
      .getAllByRole('row')
      .find((row) => row.textContent?.includes('Thuộc thành phố Cam Ranh') && row.textContent.includes('Resolved · total'));
    if (!resolved) throw new Error('no row for the Cam Ranh resolved total');
    expect(languageOf(within(resolved).getByText(/Thuộc thành phố Cam Ranh$/))).toBe('vi');
    expect(languageOf(within(resolved).getByText('Phụ lục 2'))).toBe('vi');
    expect(languageOf(within(resolved).getByText('Dòng tổng phụ sai; sai số chuyển lên khối C và dòng TỔNG.', { exact: false }))).toBe('vi');
    expect(languageOf(within(resolved).getByText('Resolved · total'))).toBe('en');
  });

  it('filters by check through the URL, keeping the period', async () => {
    const { user, router } = renderApp({ url: '/data?period=2022' });
    await screen.findByRole('table', { name: tableName });
    const filter = screen.getByRole('combobox', { name: 'Loại kiểm tra' });
    expect(within(filter).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Tất cả (3)',
      'Tổng không khớp (2)',
      'Định dạng (1)',
    ]);
    await user.selectOptions(filter, 'format');
    expect(currentSearch(router).get('check')).toBe('format');
    expect(currentSearch(router).get('period')).toBe('2022');
    expect(within(screen.getByRole('table', { name: tableName })).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('1 / 3 ghi nhận')).toBeInTheDocument();
    await user.selectOptions(filter, '');
    expect(currentSearch(router).has('check')).toBe(false);
  });

  it('opens with the filter from the overview link', async () => {
    renderApp({ url: '/data?period=2022&check=sum' });
    const table = await screen.findByRole('table', { name: tableName });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('combobox', { name: 'Loại kiểm tra' })).toHaveValue('sum');
  });

  it('a filter with no match says so and offers the full list', async () => {
    renderApp({ url: '/data?period=2022&check=rate' });
    expect(await screen.findByText('Không có ghi nhận nào thuộc loại «Tỷ lệ không khớp» trong kỳ này.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem tất cả ghi nhận' })).toHaveAttribute('href', '/data?period=2022');
  });

  it('a period without findings shows the empty state', async () => {
    renderApp({ url: '/data?period=2020' });
    expect(await screen.findByText('Kỳ Năm 2020 không có ghi nhận nào về số liệu.')).toBeInTheDocument();
  });

  it('shows findings even where the table is not at hand (ids instead of names)', async () => {
    renderApp({ url: '/data?period=2017-Q1' });
    const table = await screen.findByRole('table', { name: 'Các ghi nhận về số liệu của kỳ Quý I/2017' });
    const [row] = within(table).getAllByRole('row').slice(1);
    expect(row).toHaveTextContent('Dòng không cân');
    expect(row).toHaveTextContent('14.758');
    expect(row).toHaveTextContent('+10.000');
    expect(row).toHaveTextContent('004:510');
  });

  it('a failing findings request shows the error with a retry', async () => {
    renderApp({
      url: '/data?period=2022',
      faults: (request) => (new URL(request.url).pathname === '/findings' ? 'network-error' : undefined),
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Không kết nối được máy chủ dữ liệu');
    expect(alert).toHaveTextContent('/findings?period=2022');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });
});

describe('parseCheckFilter', () => {
  it('accepts only known checks', () => {
    expect(parseCheckFilter('sum')).toBe('sum');
    expect(parseCheckFilter('bogus')).toBeNull();
    expect(parseCheckFilter(null)).toBeNull();
  });
});

describe('fieldLabel', () => {
  it('names every column the findings of the datasets are about in words, never by its key', () => {
    const fields = new Set(
      readdirSync(periodsDirectory).flatMap((file) =>
        periodDatasetSchema.parse(JSON.parse(readFileSync(join(periodsDirectory, file), 'utf8'))).findings.flatMap((finding) => finding.field ?? []),
      ),
    );
    expect(fields).toContain('number');
    for (const field of fields) {
      expect(fieldLabel(field, 'vi')).not.toBe(field);
      expect(fieldLabel(field, 'en')).not.toBe(field);
    }
    expect(fieldLabel('number', 'vi')).toBe('Số thứ tự (STT)');
  });
});
