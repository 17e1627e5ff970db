import { useId } from 'react';
import { isTrendMetricId, trendMetricIds, trendMetricSpec, type TrendMetricId } from '@/domain/trends/metrics';
import type { TrendTranslate } from './present';

const dossierMetrics = trendMetricIds.filter((metric) => trendMetricSpec(metric).source === 'dossier');
const indexMetrics = trendMetricIds.filter((metric) => trendMetricSpec(metric).source === 'index');

export function MetricPicker({
  value,
  onChange,
  t,
}: {
  value: TrendMetricId;
  onChange: (metric: TrendMetricId) => void;
  t: TrendTranslate;
}) {
  const id = useId();
  return (
    <div className="field trend-field">
      <label htmlFor={id}>{t('metricLabel')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          if (isTrendMetricId(event.target.value)) onChange(event.target.value);
        }}
      >
        <optgroup label={t('metricGroupDossiers')}>
          {dossierMetrics.map((metric) => (
            <option key={metric} value={metric}>
              {t(`metric.${metric}`)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('metricGroupIndices')}>
          {indexMetrics.map((metric) => (
            <option key={metric} value={metric}>
              {t(`metric.${metric}`)}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
