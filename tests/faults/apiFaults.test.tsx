/**
 * Every page under every way a request can fail: each shows a Vietnamese
 * message naming the endpoint and a "Thử lại" button that, once the server
 * is well again, brings the page back; nothing reaches the console.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MockFault } from '@/api/mock/createMockFetch';
import { failOnConsoleErrors, faultOn, jsonResponse, renderFaultyApp } from './support/faultyApp';

failOnConsoleErrors();

interface PageUnderTest {
  url: string;
  /** The request the page cannot do without, as the client names it. */
  endpoint: string;
  /** A body of the right shape except one field of the wrong type, and that field's path. */
  wrongType: { body: unknown; field: string };
  /** Text the main region shows once the page has its data. */
  loaded: string | RegExp;
}

const pages: PageUnderTest[] = [
  {
    url: '/',
    endpoint: '/periods/2022/agencies',
    wrongType: { body: { periodId: '2022', tables: 42, reportingCompliance: [] }, field: 'tables' },
    // 001:364, dossiers received in 2022.
    loaded: '633.464',
  },
  {
    url: '/agencies',
    endpoint: '/periods/2022/agencies',
    wrongType: { body: { periodId: '2022', tables: [{ id: 7 }], reportingCompliance: [] }, field: 'tables[0].id' },
    loaded: 'Sở Kế hoạch và Đầu tư',
  },
  {
    url: '/agencies/so-ke-hoach-dau-tu',
    endpoint: '/agencies/so-ke-hoach-dau-tu',
    wrongType: { body: { agency: 'Sở Kế hoạch và Đầu tư', appearances: [] }, field: 'agency' },
    loaded: /Sở Kế hoạch và Đầu tư.*29,79\s%/,
  },
  {
    url: '/trends',
    endpoint: '/indices',
    wrongType: { body: { indices: { parIndex: 80 } }, field: 'indices' },
    loaded: /Xu hướng 2017–2022.*Chỉ số/,
  },
  {
    url: '/tasks',
    endpoint: '/periods/2022/tasks',
    wrongType: {
      body: { periodId: '2022', reformAreas: [], agencyGroups: [], tasks: 'không có', statusChanges: [] },
      field: 'tasks',
    },
    loaded: 'Cải cách thể chế',
  },
  {
    url: '/data',
    endpoint: '/findings?period=2022',
    wrongType: { body: { findings: 'mười hai' }, field: 'findings' },
    loaded: /\d+ \/ \d+ ghi nhận/,
  },
];

interface FaultKind {
  name: string;
  fault: () => MockFault;
  timeoutMs?: number;
  /** Title and detail of the message, for `endpoint`. */
  message: (endpoint: string, page: PageUnderTest) => { title: string; detail: RegExp | string };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const faultKinds: FaultKind[] = [
  {
    name: 'a 500',
    fault: () => jsonResponse(500, { error: { code: 'internal', message: 'Cơ sở dữ liệu đang bảo trì' } }),
    message: (endpoint) => ({
      title: 'Máy chủ trả lỗi 500',
      detail: `Yêu cầu ${endpoint} không thành công. Máy chủ báo: Cơ sở dữ liệu đang bảo trì`,
    }),
  },
  {
    name: 'a timeout',
    fault: () => 'timeout',
    timeoutMs: 200,
    message: (endpoint) => ({
      title: 'Máy chủ không phản hồi sau 0,2 giây',
      detail: `Yêu cầu ${endpoint} đã bị hủy. Kiểm tra kết nối mạng rồi thử lại.`,
    }),
  },
  {
    name: 'a network error',
    fault: () => 'network-error',
    message: (endpoint) => ({
      title: 'Không kết nối được máy chủ dữ liệu',
      detail: `Không gửi được yêu cầu ${endpoint}. Kiểm tra kết nối mạng hoặc địa chỉ máy chủ (VITE_API_URL).`,
    }),
  },
  {
    // A server announcing 60 MB: refused before a byte is read (the client's limit is 50 MB).
    name: 'an oversized response',
    fault: () => new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json', 'Content-Length': '60000000' } }),
    message: (endpoint) => ({
      title: `Dữ liệu trả về từ ${endpoint} quá lớn`,
      detail: 'Phản hồi vượt 50 MB nên không được đọc, để trình duyệt không bị treo. Hãy chọn kỳ khác, hoặc báo quản trị viên máy chủ dữ liệu.',
    }),
  },
  {
    name: 'invalid JSON',
    fault: () => new Response('<html><body>502 Bad Gateway</body></html>', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    message: (endpoint) => ({
      title: `Dữ liệu trả về từ ${endpoint} không phải JSON hợp lệ`,
      detail: /^Lỗi đọc JSON: /,
    }),
  },
  {
    name: 'a payload with a wrong type',
    fault: () => new Response('replaced per page'),
    message: (endpoint, page) => ({
      title: `Dữ liệu trả về từ ${endpoint} không đúng định dạng`,
      detail: new RegExp(`^Trường ${escape(page.wrongType.field)}: `),
    }),
  },
];

function endpointPattern(endpoint: string): RegExp {
  return new RegExp(`^${escape(endpoint)}$`);
}

describe('a failing request on every page', () => {
  for (const page of pages) {
    for (const kind of faultKinds) {
      it(`${page.url}, ${kind.name} on ${page.endpoint}: Vietnamese message naming it, retry recovers`, async () => {
        const fault = faultOn(
          endpointPattern(page.endpoint),
          kind.name === 'a payload with a wrong type' ? () => jsonResponse(200, page.wrongType.body) : kind.fault,
        );
        const { user } = renderFaultyApp({ url: page.url, faults: fault.faults, timeoutMs: kind.timeoutMs });

        const alert = await screen.findByRole('alert');
        const expected = kind.message(page.endpoint, page);
        expect(alert.querySelector('.state__title')?.textContent).toBe(expected.title);
        expect(alert.querySelector('.state__detail')?.textContent).toMatch(
          typeof expected.detail === 'string' ? new RegExp(`^${escape(expected.detail)}$`) : expected.detail,
        );
        expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
        expect(fault.hits()).toBeGreaterThan(0);

        fault.heal();
        await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
        await waitFor(() => expect(screen.getByRole('main')).toHaveTextContent(page.loaded));
        expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      });
    }
  }
});

describe('a retry', () => {
  for (const url of ['/agencies?period=2022', '/trends']) {
    it(`on ${url} keeps the message and the button pressed while the retry runs, and the focus on it`, async () => {
      let calls = 0;
      const fault = faultOn(endpointPattern('/periods/2022/agencies'), () => {
        calls += 1;
        return calls === 1 ? jsonResponse(500, { error: { code: 'internal', message: 'Lỗi máy chủ' } }) : 'timeout';
      });
      const { user } = renderFaultyApp({ url, faults: fault.faults, timeoutMs: 400 });
      const alert = await screen.findByRole('alert');
      const retry = within(alert).getByRole('button', { name: 'Thử lại' });
      await user.click(retry);
      expect(retry).toHaveTextContent('Đang thử lại…');
      expect(retry).toHaveFocus();
      await waitFor(() => expect(retry).toHaveTextContent('Thử lại'));
      expect(screen.getByRole('alert')).toHaveTextContent(/quá thời gian|giây/);
    });
  }
});
