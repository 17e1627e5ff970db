import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexValueSchema } from '@/domain/dataset/schema';
import { parseIndices } from '@/domain/ingest/indices';

const fileName = 'khanh-hoa-indices-2018-2022.tsv';
const values = parseIndices(readFileSync(`data/reports/${fileName}`, 'utf8'), fileName);

function valueOf(year: number, indicator: 'par_index' | 'sipas') {
  return values.find((value) => value.year === year && value.indicator === indicator);
}

describe('parseIndices', () => {
  it('reads every data row and nothing else', () => {
    expect(values).toHaveLength(8);
    for (const value of values) indexValueSchema.parse(value);
  });

  it('reads the decimal comma, with or without "%"', () => {
    expect(valueOf(2019, 'par_index')).toMatchObject({ score: 80.9, scoreText: '80,9', rank: 34, of: 63 });
    expect(valueOf(2021, 'par_index')).toMatchObject({ score: 85.11, scoreText: '85,11%', rank: 48 });
    expect(valueOf(2019, 'sipas')).toMatchObject({ score: 77.64, rank: null, of: null });
  });

  it('keeps an unpublished score null instead of filling it', () => {
    expect(valueOf(2018, 'par_index')).toMatchObject({ score: null, scoreText: null, rank: 11, of: 63 });
    expect(valueOf(2020, 'par_index')?.score).toBeNull();
  });

  it('names the source from the comment lines and keeps the quote', () => {
    const value = valueOf(2022, 'par_index');
    expect(value?.source.id).toBe('S3');
    expect(value?.source.title).toContain('Báo Công Thương');
    expect(value?.source.quote).toBe('"86,19% ... tăng 23 bậc so với năm 2021"');
    expect(valueOf(2019, 'par_index')?.source.title).toMatch(/^Báo Khánh Hòa, 19\/05\/2020/);
  });

  it('replaces "(as above)" by the quote of the previous row of the same indicator, which prints the value', () => {
    expect(valueOf(2021, 'sipas')?.source.quote).toBe(valueOf(2020, 'sipas')?.source.quote);
    expect(valueOf(2021, 'sipas')?.source.quote).toContain('84,4%');
  });

  it('records the physical line of each value', () => {
    expect(valueOf(2018, 'par_index')?.provenance).toEqual({ file: `data/reports/${fileName}`, line: 10 });
    expect(valueOf(2022, 'par_index')?.provenance.line).toBe(17);
  });

  it('refuses an unknown source or indicator', () => {
    const header = 'year\tindicator\tvalue\trank\tof\tsource\tquote';
    expect(() => parseIndices(`# S1 Nguồn\n${header}\n2019\tPAR Index\t1\t\t\tS9\tq`, fileName)).toThrow();
    expect(() => parseIndices(`# S1 Nguồn\n${header}\n2019\tPCI\t1\t\t\tS1\tq`, fileName)).toThrow();
  });
});
