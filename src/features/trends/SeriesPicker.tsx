import type { Agency } from '@/domain/dataset/schema';
import {
  normalizeSeries,
  seriesKey,
  trendLevels,
  type TrendSeriesSelector,
} from '@/domain/trends/selection';
import { AgencyPicker } from './AgencyPicker';
import { seriesName, type TrendTranslate } from './present';

interface SeriesPickerProps {
  series: readonly TrendSeriesSelector[];
  onChange: (series: TrendSeriesSelector[]) => void;
  pickableAgencies: readonly Agency[];
  agenciesById: ReadonlyMap<string, Agency>;
  /** Set while an index metric is shown: only the province line applies then. */
  disabledReason: string | null;
  t: TrendTranslate;
}

const groupSelectors: TrendSeriesSelector[] = [
  { kind: 'province' },
  ...trendLevels.map((level): TrendSeriesSelector => ({ kind: 'level', level })),
];

export function SeriesPicker({ series, onChange, pickableAgencies, agenciesById, disabledReason, t }: SeriesPickerProps) {
  const chosenKeys = new Set(series.map(seriesKey));
  const agencyIds = series.flatMap((selector) => (selector.kind === 'agency' ? [selector.agencyId] : []));

  function toggle(selector: TrendSeriesSelector, checked: boolean) {
    const key = seriesKey(selector);
    onChange(checked ? normalizeSeries([...series, selector]) : series.filter((entry) => seriesKey(entry) !== key));
  }

  return (
    <fieldset className="trend-series" disabled={disabledReason !== null}>
      <legend>{t('seriesLegend')}</legend>
      {disabledReason === null ? null : <p className="trend-hint">{disabledReason}</p>}
      <div className="trend-series__groups">
        {groupSelectors.map((selector) => {
          const key = seriesKey(selector);
          const checked = chosenKeys.has(key);
          return (
            <label key={key} className="trend-check">
              <input
                type="checkbox"
                checked={checked}
                // The last line cannot be removed: an empty chart would say nothing.
                disabled={checked && series.length === 1}
                onChange={(event) => toggle(selector, event.target.checked)}
              />
              {seriesName(selector, agenciesById, t)}
            </label>
          );
        })}
      </div>
      <AgencyPicker
        agencies={pickableAgencies}
        agenciesById={agenciesById}
        selectedIds={agencyIds}
        onAdd={(agencyId) => toggle({ kind: 'agency', agencyId }, true)}
        onRemove={(agencyId) => {
          const remaining = series.filter((entry) => !(entry.kind === 'agency' && entry.agencyId === agencyId));
          onChange(remaining.length > 0 ? remaining : [{ kind: 'province' }]);
        }}
        t={t}
      />
    </fieldset>
  );
}
