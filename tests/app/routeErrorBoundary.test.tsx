import { render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/api/client';
import { createMockFetch } from '@/api/mock/createMockFetch';
import { mockBaseUrl } from '@/api/mock/mockBaseUrl';
import { AppProviders, createAppQueryClient } from '@/app/AppProviders';
import { Layout } from '@/app/Layout';
import { RouteErrorBoundary } from '@/app/RouteErrorBoundary';
import { loadFixtureDatasets } from './fixtures/datasets';
import { TestRouterProvider } from './support/TestRouterProvider';

function CrashingPage(): never {
  throw new Error('Không đọc được thuộc tính của undefined');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('route error boundary', () => {
  it('a crash in one page shows a message inside the shell, whose navigation keeps working', async () => {
    // React reports the caught error on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const client = createApiClient({ baseUrl: mockBaseUrl, fetchImpl: createMockFetch({ loadDatasets: loadFixtureDatasets, delayMs: 0 }) });
    const router = createMemoryRouter(
      [
        {
          path: '/',
          Component: Layout,
          ErrorBoundary: RouteErrorBoundary,
          children: [
            { index: true, Component: CrashingPage, ErrorBoundary: RouteErrorBoundary },
            { path: 'data', Component: () => <h1>Trang khác</h1> },
          ],
        },
      ],
      { initialEntries: ['/'] },
    );
    render(
      <AppProviders client={client} queryClient={createAppQueryClient()} initialLang="vi">
        <TestRouterProvider router={router} />
      </AppProviders>,
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Trang này gặp lỗi' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Không đọc được thuộc tính của undefined');
    expect(within(alert).getByRole('button', { name: 'Tải lại trang' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Trang này gặp lỗi · CCHC Khánh Hòa'));

    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    within(nav).getByRole('link', { name: 'Chất lượng dữ liệu' }).click();
    expect(await screen.findByRole('heading', { name: 'Trang khác' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
