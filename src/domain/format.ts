/**
 * Display formatting for the two UI languages. Vietnamese follows vi-VN
 * ("633.464", "2,33 %", "31/12/2022"); English uses en-GB so that dates stay
 * day-first and never read as US month/day.
 * An absent figure is shown as a dash, never as 0: the reports leave cells
 * blank when nothing was published.
 */
export const languages = ['vi', 'en'] as const;
export type Lang = (typeof languages)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** What a blank cell shows. */
export const MISSING_VALUE = '—';

const missingValueLabels: Record<Lang, string> = { vi: 'Không có số liệu', en: 'No data' };

/** Spoken/tooltip form of {@link MISSING_VALUE}. */
export function missingValueLabel(lang: Lang): string {
  return missingValueLabels[lang];
}

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const formatterCache = new Map<string, Intl.NumberFormat>();

function numberFormatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locales[lang], options);
    formatterCache.set(key, formatter);
  }
  return formatter;
}

const pluralRulesCache = new Map<Lang, Intl.PluralRules>();

/** Which plural form a count takes: "one" for 1 in English; always "other" in Vietnamese. */
export function pluralCategory(count: number, lang: Lang): Intl.LDMLPluralRule {
  let rules = pluralRulesCache.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(locales[lang]);
    pluralRulesCache.set(lang, rules);
  }
  return rules.select(count);
}

type Value = number | null | undefined;

function isPresent(value: Value): value is number {
  return value != null && Number.isFinite(value);
}

/** A count or amount: "633.464" (vi), "633,464" (en). */
export function formatNumber(value: Value, lang: Lang, maximumFractionDigits = 0): string {
  if (!isPresent(value)) return MISSING_VALUE;
  return numberFormatter(lang, { maximumFractionDigits }).format(value);
}

/**
 * A percentage given on the 0–100 scale (as every metric in the datasets is):
 * 2.33 → "2,33 %" (vi, with a no-break space) or "2.33%" (en).
 */
export function formatPercent(value: Value, lang: Lang, fractionDigits = 2): string {
  if (!isPresent(value)) return MISSING_VALUE;
  const digits = numberFormatter(lang, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
  return lang === 'vi' ? `${digits}\u00a0%` : `${digits}%`;
}

/** A relative change, always signed: "+12,45 %" (vi), "-3.10%" (en). */
export function formatSignedPercent(value: Value, lang: Lang, fractionDigits = 2): string {
  if (!isPresent(value)) return MISSING_VALUE;
  const digits = numberFormatter(lang, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    signDisplay: 'exceptZero',
  }).format(value);
  return lang === 'vi' ? `${digits}\u00a0%` : `${digits}%`;
}

/** A change in a count, always signed: "+1.234", "-56", "0". */
export function formatSignedNumber(value: Value, lang: Lang): string {
  if (!isPresent(value)) return MISSING_VALUE;
  return numberFormatter(lang, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
}

/** A change between two percentages, in percentage points: "+0,41 điểm %" / "+0.41 pp". */
export function formatPointChange(value: Value, lang: Lang): string {
  if (!isPresent(value)) return MISSING_VALUE;
  const digits = numberFormatter(lang, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(value);
  return lang === 'vi' ? `${digits} điểm\u00a0%` : `${digits} pp`;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoMonthPattern = /^(\d{4})-(\d{2})$/;

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

const monthFormats: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

const dateTimeFormats: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
};

/** Whether an ISO date gives its month alone ("2020-07"), as a report with its day left blank is dated. */
export function isMonthOnly(isoDate: string): boolean {
  return isoMonthPattern.test(isoDate);
}

/**
 * A calendar date "YYYY-MM-DD": "31/12/2022" (vi), "31 Dec 2022" (en); or a
 * month "YYYY-MM", for a report that leaves the day blank: "tháng 7 năm 2020"
 * (vi), "July 2020" (en). Anything else is shown as missing.
 */
export function formatDate(isoDate: string | null | undefined, lang: Lang): string {
  if (isoDate == null) return MISSING_VALUE;
  const month = isoMonthPattern.exec(isoDate);
  if (month) return monthFormats[lang].format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  const match = isoDatePattern.exec(isoDate);
  if (!match) return MISSING_VALUE;
  const [, year, monthOfYear, day] = match;
  return dateFormats[lang].format(new Date(Date.UTC(Number(year), Number(monthOfYear) - 1, Number(day))));
}

/** "15/12/2021 – 14/12/2022". */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined, lang: Lang): string {
  return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}

/** A moment (ISO date-time) in the viewer's time zone, e.g. when a task status was changed. */
export function formatDateTime(isoDateTime: string | null | undefined, lang: Lang): string {
  if (isoDateTime == null) return MISSING_VALUE;
  const moment = new Date(isoDateTime);
  if (Number.isNaN(moment.getTime())) return MISSING_VALUE;
  return dateTimeFormats[lang].format(moment);
}

/**
 * A source reference as the research notes write it: "001:364", "001:185–195"
 * (the report's numeric prefix, then the 1-based line or line range).
 */
export function formatSourceRef(provenance: { file: string; line: number; lineEnd?: number | undefined }): string {
  const fileName = provenance.file.slice(provenance.file.lastIndexOf('/') + 1);
  const prefix = /^(\d+)_/.exec(fileName)?.[1] ?? fileName;
  const lines =
    provenance.lineEnd !== undefined && provenance.lineEnd !== provenance.line
      ? `${provenance.line}–${provenance.lineEnd}`
      : String(provenance.line);
  return `${prefix}:${lines}`;
}

/** Every formatter above, bound to one language: what `useI18n().fmt` hands to components. */
export interface BoundFormat {
  number: (value: number | null | undefined, maximumFractionDigits?: number) => string;
  percent: (value: number | null | undefined, fractionDigits?: number) => string;
  signedPercent: (value: number | null | undefined) => string;
  signed: (value: number | null | undefined) => string;
  points: (value: number | null | undefined) => string;
  date: (isoDate: string | null | undefined) => string;
  dateRange: (start: string | null | undefined, end: string | null | undefined) => string;
  dateTime: (isoDateTime: string | null | undefined) => string;
  missingLabel: string;
}

export function boundFormat(lang: Lang): BoundFormat {
  return {
    number: (value, digits) => formatNumber(value, lang, digits),
    percent: (value, digits) => formatPercent(value, lang, digits),
    signedPercent: (value) => formatSignedPercent(value, lang),
    signed: (value) => formatSignedNumber(value, lang),
    points: (value) => formatPointChange(value, lang),
    date: (isoDate) => formatDate(isoDate, lang),
    dateRange: (start, end) => formatDateRange(start, end, lang),
    dateTime: (isoDateTime) => formatDateTime(isoDateTime, lang),
    missingLabel: missingValueLabel(lang),
  };
}
