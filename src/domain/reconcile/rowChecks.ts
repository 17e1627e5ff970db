import type { DossierRow, DossierTable, Finding } from '../dataset/schema';
import { rateKeys } from '../dataset/schema';
import { formatNumber, formatPercent, formatSignedNumber } from '../format';
import { recomputeRate } from '../metrics/periodRules';
import { describeCorrection } from './corrections';
import { correctionsOf, finding, type PeriodContext } from './context';
import { digitSlip, digitSlipLabels } from './digits';
import { describeParts } from './identities';
import { figureLabels, rateLabels, rowReference } from './labels';
import { fitsPrinted, printedDigits, printLikeReport, readPrintedRate, type PrintedRate } from './printedRate';

/** Check 3: the identities that hold inside one row (early + on time + late = resolved, …). */
export function checkRowIdentities(context: PeriodContext, table: DossierTable, row: DossierRow): Finding[] {
  return (context.failuresByRow.get(row.id) ?? []).map(({ check, correction }) => {
    const { identity, published, computed } = check;
    const values = identity.parts.map((part) => formatNumber(row.figures[part], 'vi')).join(' + ');
    return finding({
      id: `${context.periodId}:row_identity:${row.id}:${identity.total}`,
      periodId: context.periodId,
      check: 'row_identity',
      severity: 'error',
      tableId: table.id,
      rowId: row.id,
      field: identity.total,
      published,
      computed,
      message:
        `${rowReference(row)}: «${figureLabels[identity.total]}» ghi ${formatNumber(published, 'vi')}, nhưng ` +
        `${describeParts(identity)} = ${values} = ${formatNumber(computed, 'vi')} (chênh ${formatSignedNumber(published - computed, 'vi')})`,
      likelyCause: correction ? `Có thể lỗi chữ số: ${describeCorrection(correction)}` : null,
      provenance: row.provenance,
    });
  });
}

function rateSlipCause(context: PeriodContext, row: DossierRow, computed: number, printed: PrintedRate): string | null {
  const shown = printedDigits(printed.percent, printed.decimals);
  const expected = printedDigits(computed, printed.decimals);
  const slip = digitSlip(shown, expected);
  if (!slip) return null;
  const countsAgree = (context.failuresByRow.get(row.id) ?? []).length === 0;
  return (
    `Có thể lỗi đánh máy ở tỷ lệ: «${printLikeReport(printed.percent, printed)}» nhiều khả năng là ` +
    `«${printLikeReport(computed, printed)}» (${digitSlipLabels[slip]})` +
    (countsAgree ? '; các số đếm của dòng khớp với nhau' : '')
  );
}

/** Check 4: every printed rate against the period's own definition, at the precision it was printed. */
export function checkRates(context: PeriodContext, table: DossierTable, row: DossierRow): Finding[] {
  const findings: Finding[] = [];
  for (const key of rateKeys) {
    const rate = row.publishedRates[key];
    const printed = rate ? readPrintedRate(rate.text) : null;
    const computed = recomputeRate(context.periodId, key, row.figures);
    if (!rate || !printed || computed === null) continue;
    const fits = fitsPrinted(computed, printed);
    const common = {
      periodId: context.periodId,
      tableId: table.id,
      rowId: row.id,
      field: key,
      published: printed.percent,
      computed,
      provenance: row.provenance,
    };
    const recomputed = formatPercent(computed, 'vi', printed.decimals);
    if (fits && printed.asFraction) {
      findings.push(
        finding({
          ...common,
          id: `${context.periodId}:format:${row.id}:${key}`,
          check: 'format',
          severity: 'warning',
          message: `${rowReference(row)}: «${rateLabels[key]}» in dạng phân số «${rate.text}» thay vì phần trăm; tính lại được ${recomputed}`,
          likelyCause: `Tỷ lệ ghi dưới dạng số thập phân, thiếu dấu %: «${rate.text}» = ${formatPercent(printed.percent, 'vi', printed.decimals)}`,
        }),
      );
    }
    if (fits) continue;
    const correction = correctionsOf(context, row).find((candidate) =>
      candidate.confirmingRates.some((confirming) => confirming.key === key),
    );
    findings.push(
      finding({
        ...common,
        id: `${context.periodId}:rate:${row.id}:${key}`,
        check: 'rate',
        severity: 'error',
        message: `${rowReference(row)}: «${rateLabels[key]}» in «${rate.text}», tính lại từ các số đếm được ${recomputed}`,
        likelyCause: correction
          ? `Tỷ lệ khớp nếu sửa lỗi chữ số trong số đếm: ${describeCorrection(correction)}`
          : rateSlipCause(context, row, computed, printed),
      }),
    );
  }
  return findings;
}
