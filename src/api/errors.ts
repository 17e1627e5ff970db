import type { z } from 'zod/mini';
import { vi as vietnameseZodLocale } from 'zod/locales';
import { formatNumber, type Lang } from '@/domain/format';

export const apiErrorKinds = ['http', 'not_found', 'timeout', 'network', 'too_large', 'invalid_json', 'schema', 'config'] as const;
export type ApiErrorKind = (typeof apiErrorKinds)[number];

/** The first thing a response got wrong against its schema, with zod's message in both languages. */
export interface SchemaIssue {
  /** Where in the body, e.g. "tables[0].rows[3].figures.received". */
  path: string;
  message: { vi: string; en: string };
}

interface ApiErrorInit {
  kind: ApiErrorKind;
  endpoint: string;
  status?: number | null;
  details?: string | null;
  issue?: SchemaIssue | null;
  timeoutMs?: number | null;
  maxBytes?: number | null;
  cause?: unknown;
}

/** Every failure of a data request, classified so the UI can say what went wrong and where. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** Path (with query) relative to the API base URL, or the setting's name for config errors. */
  readonly endpoint: string;
  readonly status: number | null;
  /** Technical detail for logs: the server's message, the parse error, the first schema issue. */
  readonly details: string | null;
  readonly issue: SchemaIssue | null;
  readonly timeoutMs: number | null;
  /** The size limit a `too_large` response went over. */
  readonly maxBytes: number | null;

  constructor(init: ApiErrorInit) {
    super(`${init.kind} error on ${init.endpoint}${init.details ? `: ${init.details}` : ''}`, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.status = init.status ?? null;
    this.details = init.details ?? null;
    this.issue = init.issue ?? null;
    this.timeoutMs = init.timeoutMs ?? null;
    this.maxBytes = init.maxBytes ?? null;
  }
}

/** "tables[0].rows[3].figures.received"; an issue on the whole body has the empty path. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/**
 * Zod reports in English by default; the Vietnamese message comes from a second
 * parse with zod's Vietnamese locale, paid only when the response is already wrong.
 */
export function firstSchemaIssue(schema: z.ZodMiniType, data: unknown, error: z.core.$ZodError): SchemaIssue | null {
  const first = error.issues[0];
  if (first === undefined) return null;
  const localized = schema.safeParse(data, { error: vietnameseZodLocale().localeError });
  const vietnamese = localized.success ? undefined : localized.error.issues[0];
  return {
    path: formatIssuePath(first.path),
    message: { vi: vietnamese?.message ?? first.message, en: first.message },
  };
}

export interface ApiErrorDescription {
  title: string;
  detail: string;
}

/** "0,4" (vi) or "0.4" (en): the time limit in seconds. */
function seconds(timeoutMs: number | null, lang: Lang): string {
  return formatNumber((timeoutMs ?? 0) / 1000, lang, 1);
}

/** "50 MB", with the decimal separator of the language. */
function megabytes(bytes: number | null, lang: Lang): string {
  return `${formatNumber((bytes ?? 0) / 1_000_000, lang, 1)} MB`;
}

function describeVi(error: ApiError): ApiErrorDescription {
  const serverSays = error.details ? ` Máy chủ báo: ${error.details}` : '';
  switch (error.kind) {
    case 'not_found':
      return {
        title: 'Không tìm thấy dữ liệu yêu cầu',
        detail: error.details ? `${error.details} (${error.endpoint})` : `Máy chủ không có dữ liệu cho ${error.endpoint}.`,
      };
    case 'http':
      return {
        title: `Máy chủ trả lỗi ${error.status ?? ''}`.trim(),
        detail: `Yêu cầu ${error.endpoint} không thành công.${serverSays}`,
      };
    case 'timeout':
      return {
        title: `Máy chủ không phản hồi sau ${seconds(error.timeoutMs, 'vi')} giây`,
        detail: `Yêu cầu ${error.endpoint} đã bị hủy. Kiểm tra kết nối mạng rồi thử lại.`,
      };
    case 'network':
      return {
        title: 'Không kết nối được máy chủ dữ liệu',
        detail: `Không gửi được yêu cầu ${error.endpoint}. Kiểm tra kết nối mạng hoặc địa chỉ máy chủ (VITE_API_URL).`,
      };
    case 'too_large':
      return {
        title: `Dữ liệu trả về từ ${error.endpoint} quá lớn`,
        detail: `Phản hồi vượt ${megabytes(error.maxBytes, 'vi')} nên không được đọc, để trình duyệt không bị treo. Hãy chọn kỳ khác, hoặc báo quản trị viên máy chủ dữ liệu.`,
      };
    case 'invalid_json':
      return {
        title: `Dữ liệu trả về từ ${error.endpoint} không phải JSON hợp lệ`,
        detail: error.details ? `Lỗi đọc JSON: ${error.details}` : 'Không đọc được nội dung phản hồi.',
      };
    case 'schema':
      return {
        title: `Dữ liệu trả về từ ${error.endpoint} không đúng định dạng`,
        detail: error.issue
          ? `Trường ${error.issue.path === '' ? '(toàn bộ phản hồi)' : error.issue.path}: ${error.issue.message.vi}`
          : 'Phản hồi không khớp với hợp đồng API.',
      };
    case 'config':
      return {
        title: 'Cấu hình địa chỉ máy chủ dữ liệu không hợp lệ',
        detail: `${error.endpoint} phải là địa chỉ http(s) đầy đủ, không có phần «?…», «#…» hay tên đăng nhập, ví dụ https://cchc.example.gov.vn/api.${error.details ? ` Giá trị hiện tại: ${error.details}` : ''}`,
      };
  }
}

function describeEn(error: ApiError): ApiErrorDescription {
  const serverSays = error.details ? ` The server said: ${error.details}` : '';
  switch (error.kind) {
    case 'not_found':
      return {
        title: 'The requested data was not found',
        detail: error.details ? `${error.details} (${error.endpoint})` : `The server has no data for ${error.endpoint}.`,
      };
    case 'http':
      return {
        title: `The server returned error ${error.status ?? ''}`.trim(),
        detail: `The request ${error.endpoint} failed.${serverSays}`,
      };
    case 'timeout':
      return {
        title: `The server did not respond within ${seconds(error.timeoutMs, 'en')} seconds`,
        detail: `The request ${error.endpoint} was cancelled. Check the network connection and try again.`,
      };
    case 'network':
      return {
        title: 'Cannot reach the data server',
        detail: `The request ${error.endpoint} could not be sent. Check the network connection or the server address (VITE_API_URL).`,
      };
    case 'too_large':
      return {
        title: `The data returned by ${error.endpoint} is too large`,
        detail: `The response exceeds ${megabytes(error.maxBytes, 'en')} and was not read, so that the browser does not freeze. Choose another period, or tell the data server's administrator.`,
      };
    case 'invalid_json':
      return {
        title: `The data returned by ${error.endpoint} is not valid JSON`,
        detail: error.details ? `JSON error: ${error.details}` : 'The response body could not be read.',
      };
    case 'schema':
      return {
        title: `The data returned by ${error.endpoint} does not match the expected format`,
        detail: error.issue
          ? `Field ${error.issue.path === '' ? '(whole response)' : error.issue.path}: ${error.issue.message.en}`
          : 'The response does not match the API contract.',
      };
    case 'config':
      return {
        title: 'The data server address is misconfigured',
        detail: `${error.endpoint} must be a full http(s) address without “?…”, “#…” or a user name, e.g. https://cchc.example.gov.vn/api.${error.details ? ` Current value: ${error.details}` : ''}`,
      };
  }
}

/** A title and a sentence for an error banner; anything that is not an ApiError is reported as unexpected. */
export function describeApiError(error: unknown, lang: Lang = 'vi'): ApiErrorDescription {
  if (error instanceof ApiError) return lang === 'vi' ? describeVi(error) : describeEn(error);
  const message = error instanceof Error ? error.message : String(error);
  return lang === 'vi'
    ? { title: 'Đã xảy ra lỗi không mong đợi', detail: message }
    : { title: 'An unexpected error occurred', detail: message };
}
