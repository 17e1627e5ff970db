import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { FigureText } from '@/components/MissingValue';
import { QueryState } from '@/components/QueryState';
import { SkeletonCards } from '@/components/Skeleton';
import { I18nProvider } from '@/i18n/I18nProvider';
import { renderWithI18n } from './support';

const networkError = new ApiError({ kind: 'network', endpoint: '/periods/2022/tasks', details: 'Failed to fetch' });

describe('ErrorState', () => {
  it('announces the failure as an alert, in Vietnamese, naming the endpoint', () => {
    renderWithI18n(<ErrorState error={networkError} onRetry={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Không kết nối được máy chủ dữ liệu');
    expect(alert).toHaveTextContent('Không gửi được yêu cầu /periods/2022/tasks.');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeEnabled();
  });

  it('speaks English when the UI does', () => {
    renderWithI18n(<ErrorState error={networkError} onRetry={() => undefined} />, 'en');
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot reach the data server');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('calls the retry, and while retrying says so and takes no second click', async () => {
    let retries = 0;
    const { rerender } = renderWithI18n(<ErrorState error={networkError} onRetry={() => (retries += 1)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(retries).toBe(1);
    rerender(
      <I18nProvider initialLang="vi">
        <ErrorState error={networkError} onRetry={() => (retries += 1)} retrying />
      </I18nProvider>,
    );
    const button = screen.getByRole('button', { name: 'Đang thử lại…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(retries).toBe(1);
  });
});

describe('QueryState', () => {
  function Harness({ queryFn, isEmpty }: { queryFn: () => Promise<string[]>; isEmpty?: (data: string[]) => boolean }) {
    const query = useQuery({ queryKey: ['harness'], queryFn, retry: false });
    return (
      <QueryState query={query} skeleton={<SkeletonCards count={2} />} isEmpty={isEmpty} empty={<EmptyState title="Trống" />}>
        {(data) => <p>{data.join(', ')}</p>}
      </QueryState>
    );
  }

  function renderHarness(queryFn: () => Promise<string[]>, isEmpty?: (data: string[]) => boolean) {
    return render(
      <I18nProvider initialLang="vi">
        <QueryClientProvider client={new QueryClient()}>
          <Harness queryFn={queryFn} isEmpty={isEmpty} />
        </QueryClientProvider>
      </I18nProvider>,
    );
  }

  it('shows a skeleton announced as loading, then the data', async () => {
    renderHarness(async () => ['Năm 2022']);
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải dữ liệu…');
    expect(await screen.findByText('Năm 2022')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows the empty state when the data is empty', async () => {
    renderHarness(async () => [], (data) => data.length === 0);
    expect(await screen.findByText('Trống')).toBeInTheDocument();
  });

  it('shows the error with a retry that refetches', async () => {
    let calls = 0;
    renderHarness(async () => {
      calls += 1;
      if (calls === 1) throw new ApiError({ kind: 'http', endpoint: '/findings', status: 503 });
      return ['đã tải lại'];
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ trả lỗi 503');
    await userEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('đã tải lại')).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('keeps no failure for another query in its place (another period)', async () => {
    function Keyed({ period }: { period: string }) {
      const query = useQuery({
        queryKey: ['harness', period],
        queryFn: () =>
          period === '2022' ? Promise.reject(new ApiError({ kind: 'http', endpoint: '/periods/2022/agencies', status: 503 })) : new Promise<string[]>(() => undefined),
        retry: false,
      });
      return <QueryState query={query}>{(data) => <p>{data.join(', ')}</p>}</QueryState>;
    }
    const client = new QueryClient();
    const wrap = (period: string) => (
      <I18nProvider initialLang="vi">
        <QueryClientProvider client={client}>
          <Keyed period={period} />
        </QueryClientProvider>
      </I18nProvider>
    );
    const { rerender } = render(wrap('2022'));
    expect(await screen.findByRole('alert')).toHaveTextContent('/periods/2022/agencies');
    rerender(wrap('2020'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải dữ liệu…');
  });

  it('keeps the failure and the button pressed while a retry runs, and after it fails again', async () => {
    let calls = 0;
    let failAgain: (error: unknown) => void = () => undefined;
    renderHarness(() => {
      calls += 1;
      if (calls === 1) return Promise.reject(new ApiError({ kind: 'http', endpoint: '/findings', status: 503 }));
      return new Promise<string[]>((_, reject) => (failAgain = reject));
    });
    const alert = await screen.findByRole('alert');
    const retry = within(alert).getByRole('button', { name: 'Thử lại' });
    await userEvent.click(retry);
    expect(retry).toHaveTextContent('Đang thử lại…');
    expect(retry).toHaveFocus();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    act(() => failAgain(new ApiError({ kind: 'http', endpoint: '/findings', status: 502 })));
    await waitFor(() => expect(retry).toHaveTextContent('Thử lại'));
    expect(retry).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Máy chủ trả lỗi 502');
  });
});

describe('FigureText', () => {
  it('shows a figure as it is and an absent one as a dash that screen readers read as "Không có số liệu"', () => {
    renderWithI18n(
      <ul>
        <li>
          <FigureText text="633.464" />
        </li>
        <li>
          <FigureText text="—" />
        </li>
      </ul>,
    );
    const [present, absent] = screen.getAllByRole('listitem');
    expect(present).toHaveTextContent('633.464');
    expect(absent).toHaveTextContent('—Không có số liệu');
    expect(within(absent!).getByTitle('Không có số liệu')).toBeInTheDocument();
  });
});
