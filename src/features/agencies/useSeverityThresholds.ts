import { useCallback, useState } from 'react';
import {
  isDefaultThresholds,
  parseStoredThresholds,
  serializeThresholds,
  SEVERITY_STORAGE_KEY,
  type SeverityThresholds,
} from '@/domain/agencies/severity';
import { readStored, writeStored } from './storage';

/** The late-rate bands in force: the user's own, kept in localStorage, or the defaults. */
export function useSeverityThresholds(): [SeverityThresholds, (next: SeverityThresholds) => void] {
  const [thresholds, setThresholds] = useState(() => parseStoredThresholds(readStored(SEVERITY_STORAGE_KEY)));
  const update = useCallback((next: SeverityThresholds) => {
    writeStored(SEVERITY_STORAGE_KEY, isDefaultThresholds(next) ? null : serializeThresholds(next));
    setThresholds(next);
  }, []);
  return [thresholds, update];
}
