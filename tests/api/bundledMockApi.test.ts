// @vitest-environment node
/** The app's own mock (createAppApiClient without VITE_API_URL) on the bundled datasets. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppApiClient } from '@/api/apiClient';
import { ApiError, describeApiError } from '@/api/errors';
import { mockBaseUrl } from '@/api/mock/mockBaseUrl';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('bundled mock API', () => {
  it('lists the four periods oldest first', async () => {
    const client = await createAppApiClient();
    expect(client.baseUrl).toBe(mockBaseUrl);
    const { periods } = await client.getPeriods();
    expect(periods.map((period) => period.id)).toEqual(['2017-Q1', '2020-H1', '2020', '2022']);
  });

  it('serves the department rows of 2022 Phụ lục 2: its 18 agency rows and no other level', async () => {
    const client = await createAppApiClient();
    const { tables } = await client.getPeriodAgencies('2022', 'department');
    expect(tables).toHaveLength(1);
    expect(new Set(tables[0]?.rows.map((row) => row.level))).toEqual(new Set(['department']));
    const agencyRows = tables[0]?.rows.filter((row) => row.kind === 'agency') ?? [];
    expect(agencyRows).toHaveLength(18);
    expect(agencyRows[0]).toMatchObject({
      label: 'BQL Khu Kinh tế Vân Phong',
      figures: { received: 571, resolved: 521 },
      provenance: { file: 'data/reports/001_aa68a87f1e8bdfdf.txt', line: 167 },
    });
  });

  it('gathers Sở Kế hoạch và Đầu tư across the four periods', async () => {
    const client = await createAppApiClient();
    const { agency, appearances } = await client.getAgency('so-ke-hoach-dau-tu');
    expect(agency.name).toBe('Sở Kế hoạch và Đầu tư');
    expect(appearances.map((appearance) => appearance.periodId)).toEqual(['2017-Q1', '2020-H1', '2020', '2022']);
    const in2022 = appearances.at(-1);
    expect(in2022?.rows.map((row) => [row.tableId, row.figures.received, row.provenance.line])).toEqual([['2022:pl2', 211, 172]]);
    expect(in2022?.tasks.find((task) => task.code === 'I.2')).toMatchObject({
      title: 'Ban hành Chương trình hành động nâng cao Chỉ số PCI tỉnh Khánh Hòa năm 2022',
      roles: ['lead'],
    });
  });

  it('answers an unknown period with not_found', async () => {
    const client = await createAppApiClient();
    const error = await client.getPeriodTasks('2019').catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'not_found', endpoint: '/periods/2019/tasks' });
  });

  it('uses a configured absolute URL, the mock for an empty one, and refuses a malformed one', async () => {
    vi.stubEnv('VITE_API_URL', '');
    expect((await createAppApiClient()).baseUrl).toBe(mockBaseUrl);
    vi.stubEnv('VITE_API_URL', 'https://cchc.example.gov.vn/api/');
    expect((await createAppApiClient()).baseUrl).toBe('https://cchc.example.gov.vn/api');
    vi.stubEnv('VITE_API_URL', 'cchc.example.gov.vn/api');
    const error = await createAppApiClient().catch((reason: unknown) => reason);
    expect(error).toMatchObject({ kind: 'config', endpoint: 'VITE_API_URL' });
    expect(describeApiError(error)).toEqual({
      title: 'Cấu hình địa chỉ máy chủ dữ liệu không hợp lệ',
      detail:
        'VITE_API_URL phải là địa chỉ http(s) đầy đủ, không có phần «?…», «#…» hay tên đăng nhập, ví dụ https://cchc.example.gov.vn/api. Giá trị hiện tại: "cchc.example.gov.vn/api"',
    });
  });
});
