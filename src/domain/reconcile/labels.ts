import type { DossierRow, DossierTable, FigureKey, RateKey } from '../dataset/schema';

/** Column names for finding messages, worded to fit every period's header. */
export const figureLabels: Record<FigureKey, string> = {
  received: 'Hồ sơ tiếp nhận',
  resolved: 'Đã giải quyết · Tổng số',
  resolvedEarly: 'Đã giải quyết · Sớm hạn',
  resolvedOnTime: 'Đã giải quyết · Đúng hạn',
  resolvedLate: 'Đã giải quyết · Trễ hạn',
  unresolved: 'Chưa giải quyết',
  approved: 'Đồng ý giải quyết · Tổng số',
  approvedEarly: 'Đồng ý giải quyết · Sớm hạn',
  approvedOnTime: 'Đồng ý giải quyết · Đúng hạn',
  approvedLate: 'Đồng ý giải quyết · Trễ hạn',
  rejected: 'Từ chối giải quyết · Tổng số',
  rejectedEarly: 'Từ chối giải quyết · Sớm hạn',
  rejectedOnTime: 'Từ chối giải quyết · Đúng hạn',
  rejectedLate: 'Từ chối giải quyết · Trễ hạn',
  pending: 'Đang giải quyết · Tổng số',
  pendingWithinDeadline: 'Đang giải quyết · Trong hạn',
  pendingLate: 'Đang giải quyết · Trễ hạn',
  lateTotal: 'Hồ sơ trễ hạn · Số lượng',
  online: 'Hồ sơ trực tuyến · Số lượng',
  onlineBase: 'Hồ sơ trực tuyến · Tổng số hồ sơ phát sinh',
  onlineLevel3Plus: 'Hồ sơ trực tuyến mức độ 3 trở lên',
  onlinePayments: 'Thanh toán trực tuyến · Số lượng',
  onlinePaymentAmount: 'Thanh toán trực tuyến · Số tiền',
};

export const rateLabels: Record<RateKey, string> = {
  resolvedRate: 'Tỷ lệ đã giải quyết',
  earlyRate: 'Tỷ lệ sớm hạn',
  onTimeRate: 'Tỷ lệ đúng hạn',
  lateRate: 'Tỷ lệ trễ hạn',
  unresolvedRate: 'Tỷ lệ chưa giải quyết',
  onlineRate: 'Tỷ lệ trực tuyến',
};

/** «Label» (dòng N): how a message points at a row of the report. */
export function rowReference(row: DossierRow): string {
  return `«${row.label}» (dòng ${row.provenance.line})`;
}

export function tableName(table: DossierTable): string {
  return table.appendix;
}
