import { useCallback, useMemo, useState } from 'react';
import type { VisibilityState } from '@tanstack/react-table';
import { isColumnVisibleByDefault, type AgencyColumn } from '@/domain/agencies/table';
import type { StatisticsLevel } from '@/domain/dataset/schema';
import { readStored, writeStored } from './storage';

export const COLUMN_STORAGE_KEY = 'cchc.agencies.columns';

type ColumnChoices = Record<string, boolean>;

function readChoices(): ColumnChoices {
  try {
    const parsed: unknown = JSON.parse(readStored(COLUMN_STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'));
  } catch {
    return {};
  }
}

/**
 * Which columns show. Only the user's explicit choices are stored, so the
 * defaults can still follow the level filter (district column for communes)
 * for every column the user has not touched. The name column always shows.
 */
export function useColumnVisibility(columns: readonly AgencyColumn[], level: StatisticsLevel | null) {
  const [choices, setChoices] = useState<ColumnChoices>(readChoices);

  const visibility = useMemo<VisibilityState>(
    () =>
      Object.fromEntries(
        columns.map((column) => [
          column.id,
          column.id === 'name' || (choices[column.id] ?? isColumnVisibleByDefault(column.id, level)),
        ]),
      ),
    [columns, choices, level],
  );

  const setVisibility = useCallback(
    (next: VisibilityState) => {
      const changed = Object.fromEntries(Object.entries(next).filter(([id, visible]) => visibility[id] !== visible));
      setChoices((previous) => {
        const merged = { ...previous, ...changed };
        writeStored(COLUMN_STORAGE_KEY, JSON.stringify(merged));
        return merged;
      });
    },
    [visibility],
  );

  const reset = useCallback(() => {
    writeStored(COLUMN_STORAGE_KEY, null);
    setChoices({});
  }, []);

  return { visibility, setVisibility, reset };
}
