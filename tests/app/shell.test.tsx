import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentSearch, jsonError, renderApp } from './support/renderApp';

describe('app shell', () => {
  it('opens the overview of the latest period with statistics by default, in Vietnamese', async () => {
    renderApp({ url: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan Năm 2022' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');
    const periodSelect = screen.getByRole('combobox', { name: 'Kỳ báo cáo' });
    expect(periodSelect).toHaveValue('2022');
  });

  it('defaults /tasks to the latest period with a task table', async () => {
    renderApp({ url: '/tasks' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue('2022');
  });

  it('marks the period that holds only tasks in the switcher', async () => {
    renderApp({ url: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan Năm 2022' });
    const options = within(screen.getByRole('combobox', { name: 'Kỳ báo cáo' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Năm 2022',
      'Năm 2020',
      '6 tháng đầu năm 2020 (chỉ có nhiệm vụ)',
      'Quý I/2017',
    ]);
  });

  it('switching the period keeps the path and every other search parameter', async () => {
    const { router, user } = renderApp({ url: '/data?check=sum' });
    await screen.findByRole('heading', { level: 1, name: /Chất lượng dữ liệu Năm 2022/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kỳ báo cáo' }), '2017-Q1');
    await screen.findByRole('heading', { level: 1, name: /Chất lượng dữ liệu Quý I\/2017/ });
    expect(router.state.location.pathname).toBe('/data');
    const search = currentSearch(router);
    expect(search.get('period')).toBe('2017-Q1');
    expect(search.get('check')).toBe('sum');
  });

  it('names the source report and statistics window of the period in the footer', async () => {
    const { user } = renderApp({ url: '/' });
    const footer = await screen.findByTestId('source-line');
    expect(footer).toHaveTextContent('Nguồn: 39/BC-UBND (UBND tỉnh Khánh Hòa, ngày 24/02/2023)');
    expect(footer).toHaveTextContent('Kỳ thống kê: 15/12/2021 – 14/12/2022');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kỳ báo cáo' }), '2017-Q1');
    await waitFor(() => expect(screen.getByTestId('source-line')).toHaveTextContent('937/BC-SNV (Sở Nội vụ, ngày 28/04/2017)'));
    expect(screen.getByTestId('source-line')).toHaveTextContent('Kỳ thống kê: 01/01/2017 – 31/03/2017');
  });

  it('an unknown period id in the URL gets a clear message with links to the valid periods of the same page', async () => {
    renderApp({ url: '/tasks?period=2019&status=done' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Không có kỳ báo cáo «2019»' })).toBeInTheDocument();
    const links = within(alert).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/tasks?period=2017-Q1&status=done',
      '/tasks?period=2020-H1&status=done',
      '/tasks?period=2020&status=done',
      '/tasks?period=2022&status=done',
    ]);
  });

  it('an unknown route shows the not-found page inside the shell', async () => {
    renderApp({ url: '/khong-co-trang-nay' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByText('Không có trang nào ở địa chỉ «/khong-co-trang-nay».')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
  });

  it('navigation links carry the chosen period from page to page, and only the period', async () => {
    const { user, router } = renderApp({ url: '/data?period=2020&check=sum' });
    await screen.findByRole('heading', { level: 1, name: /Chất lượng dữ liệu Năm 2020/ });
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).getByRole('link', { name: 'Nhiệm vụ' })).toHaveAttribute('href', '/tasks?period=2020');
    await user.click(within(nav).getByRole('link', { name: 'Tổng quan' }));
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan Năm 2020' });
    expect(router.state.location.pathname).toBe('/');
    expect(router.state.location.search).toBe('?period=2020');
    expect(within(nav).getByRole('link', { name: 'Tổng quan' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Chất lượng dữ liệu' })).not.toHaveAttribute('aria-current');
  });

  it('on a page that lays every period side by side, the period select says so and is disabled, and the footer names every report', async () => {
    const { user, router } = renderApp({ url: '/trends?period=2020' });
    await screen.findByRole('heading', { level: 1, name: 'Xu hướng 2017–2022' });
    const periodSelect = screen.getByRole('combobox', { name: 'Kỳ báo cáo' });
    expect(periodSelect).toBeDisabled();
    expect(within(periodSelect).getAllByRole('option').map((option) => option.textContent)).toEqual(['Tất cả các kỳ']);
    const footer = screen.getByTestId('source-line');
    expect(footer).toHaveTextContent('937/BC-SNV (Sở Nội vụ, ngày 28/04/2017)');
    expect(footer).toHaveTextContent('39/BC-UBND (UBND tỉnh Khánh Hòa, ngày 24/02/2023)');
    expect(footer).not.toHaveTextContent('Kỳ thống kê');
    // The period chosen before still follows the user to the pages that show one.
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    await user.click(within(nav).getByRole('link', { name: 'Cơ quan, đơn vị' }));
    await screen.findByRole('heading', { level: 1, name: 'Cơ quan, đơn vị: Năm 2020' });
    expect(router.state.location.search).toBe('?period=2020');
    expect(screen.getByRole('combobox', { name: 'Kỳ báo cáo' })).toBeEnabled();
    expect(screen.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue('2020');
  });

  it('switches to English, sets <html lang> and remembers the choice', async () => {
    const { user, unmount } = renderApp({ url: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan Năm 2022' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview: Year 2022' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem('cchc.lang')).toBe('en');
    unmount();
    localStorage.removeItem('cchc.lang');
  });

  it('the skip link moves focus to the main content', async () => {
    const { user } = renderApp({ url: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan Năm 2022' });
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('a failing period list shows the Vietnamese error naming the endpoint, and retry recovers', async () => {
    let failing = true;
    const { user } = renderApp({
      url: '/',
      faults: (request) => (failing && new URL(request.url).pathname === '/periods' ? jsonError(500, 'Lỗi máy chủ') : undefined),
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Máy chủ trả lỗi 500');
    expect(alert).toHaveTextContent('Yêu cầu /periods không thành công. Máy chủ báo: Lỗi máy chủ');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan Năm 2022' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a response that fails the schema shows an error naming the endpoint, not a crash', async () => {
    renderApp({
      url: '/data',
      faults: (request) =>
        new URL(request.url).pathname === '/findings'
          ? new Response(JSON.stringify({ findings: [{ id: 1 }] }), { status: 200, headers: { 'Content-Type': 'application/json' } })
          : undefined,
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu trả về từ /findings?period=2022 không đúng định dạng');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
  });
});
