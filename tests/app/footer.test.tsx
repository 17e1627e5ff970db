import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Footer } from '@/app/Footer';
import { catalogSchema, type Period } from '@/domain/dataset/schema';
import { I18nProvider } from '@/i18n/I18nProvider';

const periods = catalogSchema.parse(JSON.parse(readFileSync('data/datasets/catalog.json', 'utf8'))).periods;

function period(id: string): Period {
  const found = periods.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no period ${id}`);
  return found;
}

function renderFooter(shown: readonly Period[]) {
  render(
    <I18nProvider initialLang="vi">
      <Footer periods={shown} />
    </I18nProvider>,
  );
}

describe('Footer', () => {
  it('names one period’s report and the window it counted over', () => {
    renderFooter([period('2022')]);
    expect(screen.getByTestId('source-line')).toHaveTextContent(/^Nguồn: 39\/BC-UBND \(UBND tỉnh Khánh Hòa, ngày 24\/02\/2023\)Kỳ thống kê: 15\/12\/2021 – 14\/12\/2022$/);
  });

  it('names each report of several periods once, and no window', () => {
    renderFooter(periods);
    const line = screen.getByTestId('source-line');
    expect(line.textContent?.match(/43\/BC-UBND/g)).toHaveLength(1);
    expect(line).toHaveTextContent('937/BC-SNV');
    expect(line).not.toHaveTextContent('Kỳ thống kê');
  });

  it('still gives the window of a period that lists no report', () => {
    renderFooter([{ ...period('2022'), sources: [] }]);
    expect(screen.getByTestId('source-line')).toHaveTextContent(/^Kỳ thống kê: 15\/12\/2021 – 14\/12\/2022$/);
  });

  it('says nothing of sources when no period is shown', () => {
    renderFooter([]);
    expect(screen.queryByTestId('source-line')).toBeNull();
  });
});
