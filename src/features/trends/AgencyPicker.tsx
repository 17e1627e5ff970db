import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Agency } from '@/domain/dataset/schema';
import { matchesFolded } from '@/domain/text/fold';
import { maxTrendAgencies } from '@/domain/trends/selection';
import type { TrendTranslate } from './present';

/** Enough to pick from without a long scroll on a phone; typing narrows the rest. */
const maxOptionsShown = 12;

function searchText(agency: Agency): string {
  return [agency.name, agency.shortName, ...agency.aliases].join(' ');
}

function levelText(agency: Agency, districts: ReadonlyMap<string, Agency>, t: TrendTranslate): string {
  const level =
    agency.level === 'department' ||
    agency.level === 'district' ||
    agency.level === 'commune' ||
    agency.level === 'land_registration'
      ? t(`level.${agency.level}`)
      : t('level.other');
  const district = agency.districtId === null ? undefined : districts.get(agency.districtId);
  return district ? `${level}, ${district.name}` : level;
}

interface AgencyPickerProps {
  /** The agencies that can be charted (those with statistics rows). */
  agencies: readonly Agency[];
  /** All agencies by id, to name a commune's district. */
  agenciesById: ReadonlyMap<string, Agency>;
  selectedIds: readonly string[];
  onAdd: (agencyId: string) => void;
  onRemove: (agencyId: string) => void;
  t: TrendTranslate;
}

/**
 * Search-as-you-type over agency names and their spellings in the reports,
 * ignoring case and diacritics ("binh loc" finds "Bình Lộc"). A combobox with
 * a listbox (WAI-ARIA pattern): arrows move, Enter adds, Escape closes.
 */
export function AgencyPicker({ agencies, agenciesById, selectedIds, onAdd, onRemove, t }: AgencyPickerProps) {
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const [removedName, setRemovedName] = useState<string | null>(null);
  const chipsRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const full = selectedIds.length >= maxTrendAgencies;

  const matches = useMemo(() => {
    if (query.trim() === '') return [];
    const chosen = new Set(selectedIds);
    return agencies.filter((agency) => !chosen.has(agency.id) && matchesFolded(searchText(agency), query));
  }, [agencies, query, selectedIds]);
  const shown = matches.slice(0, maxOptionsShown);
  const expanded = open && query.trim() !== '' && !full;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function choose(agency: Agency) {
    setRemovedName(null);
    onAdd(agency.id);
    setQuery('');
    setActiveIndex(0);
    setOpen(false);
  }

  /** The chip's button goes with it: the focus moves to the next chip, the previous one, or the search box. */
  function remove(agencyId: string, name: string) {
    const buttons = [...(chipsRef.current?.querySelectorAll<HTMLButtonElement>('.trend-chip__remove') ?? [])];
    const index = selectedIds.indexOf(agencyId);
    (buttons[index + 1] ?? buttons[index - 1] ?? inputRef.current)?.focus();
    onRemove(agencyId);
    setRemovedName(name);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActiveIndex((index) => (index + 1) % shown.length);
    } else if (event.key === 'ArrowUp' && shown.length > 0) {
      event.preventDefault();
      setActiveIndex((index) => (index - 1 + shown.length) % shown.length);
    } else if (event.key === 'Enter' && expanded) {
      const agency = shown[activeIndex];
      if (agency) {
        event.preventDefault();
        choose(agency);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <div className="trend-agency-picker">
      <label htmlFor={inputId}>{t('agencyLabel', { max: maxTrendAgencies })}</label>
      {selectedIds.length > 0 ? (
        <ul ref={chipsRef} className="trend-chips" aria-label={t('agencySelected')}>
          {selectedIds.map((agencyId) => {
            const name = agenciesById.get(agencyId)?.name ?? t('unknownAgency', { id: agencyId });
            return (
              <li key={agencyId} className="trend-chip">
                <span>{name}</span>
                <button type="button" className="trend-chip__remove" onClick={() => remove(agencyId, name)} aria-label={t('agencyRemove', { name })}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="trend-combobox">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && shown[activeIndex] ? optionId(activeIndex) : undefined}
          aria-describedby={hintId}
          placeholder={t('agencyPlaceholder')}
          value={query}
          disabled={full}
          onChange={(event) => {
            setRemovedName(null);
            setQuery(event.target.value);
            setActiveIndex(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" className="trend-listbox" hidden={!expanded || shown.length === 0}>
          {shown.map((agency, index) => (
            <li
              key={agency.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="trend-listbox__option"
              // Chosen on mouse down, before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(agency);
              }}
            >
              <span className="trend-listbox__name">{agency.name}</span>
              <span className="trend-listbox__level">{levelText(agency, agenciesById, t)}</span>
            </li>
          ))}
        </ul>
      </div>
      <p id={hintId} className="trend-hint" aria-live="polite">
        {full
          ? t('agencyLimit', { max: maxTrendAgencies })
          : query.trim() === ''
            ? removedName === null
              ? ''
              : t('agencyRemoved', { name: removedName })
            : matches.length === 0
              ? t('agencyNoMatch', { query: query.trim() })
              : matches.length > shown.length
                ? t('agencyMoreMatches', { shown: shown.length, count: matches.length })
                : t('agencyMatches', { count: matches.length })}
      </p>
    </div>
  );
}
