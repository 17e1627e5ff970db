import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KpiCard } from '@/components/KpiCard';
import { renderWithI18n } from './support';

const rule2022 = 'Tỷ lệ trễ hạn = (đã giải quyết trễ hạn + đang giải quyết trễ hạn) / (đã giải quyết + đang giải quyết)';

describe('KpiCard and its formula tooltip', () => {
  it('shows label, value, detail and change', () => {
    renderWithI18n(<KpiCard label="Tỷ lệ trễ hạn" value="1,59 %" detail="9.761 hồ sơ trễ hạn" formula={rule2022} change="Không có kỳ so sánh tương đương" />);
    expect(screen.getByRole('heading', { name: 'Tỷ lệ trễ hạn' })).toBeInTheDocument();
    expect(screen.getByText('1,59 %')).toBeInTheDocument();
    expect(screen.getByText('9.761 hồ sơ trễ hạn')).toBeInTheDocument();
    expect(screen.getByText('Không có kỳ so sánh tương đương')).toBeInTheDocument();
  });

  it('shows the formula on hover and hides it when the pointer leaves', async () => {
    const user = userEvent.setup();
    renderWithI18n(<KpiCard label="Tỷ lệ trễ hạn" value="1,59 %" formula={rule2022} />);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.hover(screen.getByRole('button', { name: 'Cách tính: Tỷ lệ trễ hạn' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent(rule2022);
    await user.unhover(screen.getByRole('button', { name: 'Cách tính: Tỷ lệ trễ hạn' }));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows the formula on keyboard focus, closes it with Escape, and describes the button with it', async () => {
    const user = userEvent.setup();
    renderWithI18n(<KpiCard label="Tỷ lệ trễ hạn" value="1,59 %" formula={rule2022} />);
    await user.tab();
    const trigger = screen.getByRole('button', { name: 'Cách tính: Tỷ lệ trễ hạn' });
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAccessibleDescription(rule2022);
    expect(screen.getByRole('tooltip')).toHaveTextContent(rule2022);
    // Enter and Space mean "show": pressed on an open formula, they keep it open.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tooltip')).toHaveTextContent(rule2022);
    await user.keyboard(' ');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tooltip')).toHaveTextContent(rule2022);
    await user.keyboard('{Escape}');
    await user.tab();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('a missing value shows the dash', () => {
    renderWithI18n(<KpiCard label="Tỷ lệ hồ sơ trực tuyến" value="—" />);
    expect(screen.getByText('Không có số liệu')).toBeInTheDocument();
  });
});
