import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useOpenTaskParam } from '@/features/tasks/openTaskParam';
import { TestRouterProvider } from '../../app/support/TestRouterProvider';

describe('useOpenTaskParam', () => {
  it('keeps open and close the same functions across navigations, so the board’s memoised cards need not redraw', async () => {
    let navigate: ReturnType<typeof useNavigate> = () => undefined;
    const { result } = renderHook(
      () => {
        navigate = useNavigate();
        return useOpenTaskParam();
      },
      {
        wrapper: ({ children }: { children: ReactNode }) => {
          const router = createMemoryRouter([{ path: '/tasks', element: children }], { initialEntries: ['/tasks?period=2022'] });
          return <TestRouterProvider router={router} />;
        },
      },
    );
    const { open, close } = result.current;
    await act(() => navigate('/tasks?period=2022&status=blocked'));
    act(() => result.current.open('2022:III.8'));
    expect(result.current.openTaskId).toBe('2022:III.8');
    expect(result.current.open).toBe(open);
    expect(result.current.close).toBe(close);
  });
});
