import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { taskStatuses } from '@/domain/dataset/schema';
import type { StatusCounts } from '@/domain/tasks/board';
import { StatusProgress } from '@/features/tasks/StatusProgress';
import { renderWithI18n } from '../../components/support';

function counts(given: Partial<StatusCounts>): StatusCounts {
  return { ...(Object.fromEntries(taskStatuses.map((status) => [status, 0])) as StatusCounts), ...given };
}

function segments(container: HTMLElement) {
  return [...container.querySelectorAll('rect.status-progress__segment')].map((rect) => ({
    status: [...rect.classList].find((name) => name.startsWith('task-status--'))?.slice('task-status--'.length),
    x: Number.parseFloat(rect.getAttribute('x') ?? ''),
    width: Number.parseFloat(rect.getAttribute('width') ?? ''),
    title: rect.querySelector('title')?.textContent,
  }));
}

describe('StatusProgress', () => {
  it('splits the bar by status in proportion, side by side, sized by attributes rather than inline styles', () => {
    const { container } = renderWithI18n(<StatusProgress counts={counts({ done: 30, in_progress: 10 })} total={40} />);
    const drawn = segments(container);
    expect(drawn.map(({ status }) => status)).toEqual(['done', 'in_progress']);
    expect(drawn[0]?.x).toBe(0);
    expect(drawn[0]?.width).toBeCloseTo(75, 6);
    expect(drawn[1]?.x).toBeCloseTo(75, 6);
    expect(drawn[1]?.width).toBeCloseTo(25, 6);
    expect(drawn[0]?.title).toBe('Đã hoàn thành: 30/40');
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('keeps a single task among hundreds visible, and the bar whole', () => {
    const { container } = renderWithI18n(<StatusProgress counts={counts({ done: 599, blocked: 1 })} total={600} />);
    const [done, blocked] = segments(container);
    expect(blocked?.width).toBe(1.5);
    expect((done?.width ?? 0) + (blocked?.width ?? 0)).toBeCloseTo(100, 6);
    expect(blocked?.x).toBeCloseTo(done?.width ?? 0, 6);
  });

  it('hatches "no result" with a pattern the segment points at, and says the counts as text', () => {
    const { container } = renderWithI18n(<StatusProgress counts={counts({ done: 2, no_result: 1 })} total={3} />);
    const hatched = container.querySelector('rect.task-status--no_result');
    const patternId = /^url\(#(.+)\)$/.exec(hatched?.getAttribute('fill') ?? '')?.[1];
    expect(patternId).toBeDefined();
    expect(container.querySelector(`pattern[id="${patternId}"]`)).not.toBeNull();
    expect(container.querySelector('svg.status-progress__bar')?.getAttribute('aria-hidden')).toBe('true');
    const list = screen.getByRole('list');
    expect(list.textContent).toContain('2 Đã hoàn thành');
    expect(list.textContent).toContain('1 Chưa có kết quả');
  });
});
