/**
 * Khánh Hòa's national index results (PAR Index, SIPAS) from
 * khanh-hoa-indices-2018-2022.tsv: "#" comment lines name the sources
 * ("#   S1 Báo Khánh Hòa, 19/05/2020, …"), then a header and one row per value.
 * Values keep the decimal comma as printed ("80,9", "85,11%"); an empty cell
 * means nothing was published and stays null.
 */
import type { IndexValue } from '@/domain/dataset/schema';
import { reportPath } from '@/domain/ingest/statistics/rows';

const indicators: Record<string, IndexValue['indicator']> = {
  'PAR Index': 'par_index',
  SIPAS: 'sipas',
};

const expectedHeader = ['year', 'indicator', 'value', 'rank', 'of', 'source', 'quote'];

function parseScore(text: string, where: string): number | null {
  if (text === '') return null;
  const match = /^(\d+(?:,\d+)?)%?$/.exec(text);
  if (!match?.[1]) throw new Error(`${where}: điểm không đọc được "${text}"`);
  return Number(match[1].replace(',', '.'));
}

function parseInteger(text: string, where: string): number | null {
  if (text === '') return null;
  if (!/^\d+$/.test(text)) throw new Error(`${where}: số không đọc được "${text}"`);
  return Number(text);
}

/**
 * `file` is the file's name under data/reports (or a repo-relative path),
 * used for provenance.
 */
export function parseIndices(tsv: string, file: string): IndexValue[] {
  const provenanceFile = file.includes('/') ? file : reportPath(file);
  const lines = tsv.split('\n').map((text, index) => ({ line: index + 1, text: text.replace(/\r$/, '') }));
  const sourceTitles = new Map<string, string>();
  for (const { text } of lines) {
    const source = /^#\s+(S\d+)\s+(.+)$/.exec(text);
    if (source?.[1] && source[2]) sourceTitles.set(source[1], source[2].trim());
  }
  const dataLines = lines.filter(({ text }) => text.trim() !== '' && !text.startsWith('#'));
  const [headerLine, ...rows] = dataLines;
  if (!headerLine || headerLine.text.split('\t').join(',') !== expectedHeader.join(',')) {
    throw new Error(`${provenanceFile}: dòng tiêu đề không đúng dạng ${expectedHeader.join(', ')}`);
  }
  const lastQuoteByIndicator = new Map<string, string>();
  return rows.map(({ line, text }) => {
    const where = `${provenanceFile}:${line}`;
    const [year = '', indicatorText = '', value = '', rank = '', of = '', sourceId = '', quote = ''] = text.split('\t');
    const indicator = indicators[indicatorText];
    if (!indicator) throw new Error(`${where}: chỉ số không rõ "${indicatorText}"`);
    const title = sourceTitles.get(sourceId);
    if (!title) throw new Error(`${where}: nguồn ${sourceId} không có trong phần chú thích`);
    const parsedYear = parseInteger(year, where);
    if (parsedYear === null) throw new Error(`${where}: thiếu năm`);
    // "(as above)" marks a value printed in the same sentence as the previous row of its indicator.
    const resolvedQuote = quote === '(as above)' ? (lastQuoteByIndicator.get(indicator) ?? quote) : quote;
    lastQuoteByIndicator.set(indicator, resolvedQuote);
    return {
      year: parsedYear,
      indicator,
      score: parseScore(value, where),
      scoreText: value === '' ? null : value,
      rank: parseInteger(rank, where),
      of: parseInteger(of, where),
      source: { id: sourceId, title, quote: resolvedQuote },
      provenance: { file: provenanceFile, line },
    };
  });
}
