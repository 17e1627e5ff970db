/**
 * The reform areas the yearly plans group their tasks under (seeds inventory
 * §4). The same numeral means different areas in different years (III is the
 * one-stop shop in 2017 and 2020, organisation in 2022), so a section is
 * mapped by the words of its heading, never by its numeral.
 */
import type { ReformArea } from '../dataset/schema';
import { foldVietnamese } from '../text/fold';

export const reformAreas: ReformArea[] = [
  { id: 'institutional', label: 'Cải cách thể chế', labelEn: 'Institutional reform', parentId: null },
  {
    id: 'admin_procedure',
    label: 'Cải cách thủ tục hành chính',
    labelEn: 'Administrative-procedure reform',
    parentId: null,
  },
  {
    id: 'one_stop_shop',
    label: 'Cơ chế một cửa, một cửa liên thông',
    labelEn: 'One-stop-shop mechanism',
    parentId: 'admin_procedure',
  },
  { id: 'organisation', label: 'Cải cách tổ chức bộ máy', labelEn: 'Organisational-apparatus reform', parentId: null },
  {
    id: 'civil_service',
    label: 'Cải cách chế độ công vụ, xây dựng đội ngũ cán bộ, công chức, viên chức',
    labelEn: 'Civil-service reform',
    parentId: null,
  },
  { id: 'public_finance', label: 'Cải cách tài chính công', labelEn: 'Public-finance reform', parentId: null },
  {
    id: 'e_government',
    label: 'Hiện đại hóa hành chính, chính quyền điện tử, chính quyền số',
    labelEn: 'E-government and digital government',
    parentId: null,
  },
  {
    id: 'online_service_centre',
    label: 'Đề án Trung tâm Dịch vụ hành chính công trực tuyến',
    labelEn: 'Online public-service centre project',
    parentId: 'e_government',
  },
  {
    id: 'programme_review',
    label: 'Tổng kết Chương trình CCHC giai đoạn 2011–2020',
    labelEn: 'Programme review (2011–2020)',
    parentId: null,
  },
  { id: 'direction', label: 'Công tác chỉ đạo, điều hành', labelEn: 'Direction and management', parentId: null },
];

/**
 * Folded phrases that identify each area, most specific first: the review
 * of the reform programme names "cải cách hành chính", and the online
 * centre is part of e-government, so both are tested before the broad areas.
 */
const headingKeywords: { id: string; phrases: string[] }[] = [
  { id: 'direction', phrases: ['chi dao, dieu hanh', 'chi dao dieu hanh'] },
  { id: 'programme_review', phrases: ['tong ket chuong trinh'] },
  { id: 'online_service_centre', phrases: ['trung tam dich vu hanh chinh cong'] },
  { id: 'one_stop_shop', phrases: ['mot cua'] },
  { id: 'institutional', phrases: ['the che'] },
  { id: 'admin_procedure', phrases: ['thu tuc hanh chinh', 'tthc'] },
  { id: 'organisation', phrases: ['to chuc bo may'] },
  { id: 'civil_service', phrases: ['che do cong vu', 'doi ngu can bo', 'cbccvc'] },
  { id: 'public_finance', phrases: ['tai chinh cong'] },
  { id: 'e_government', phrases: ['hien dai hoa hanh chinh', 'chinh quyen dien tu', 'chinh quyen so'] },
];

function containsPhrase(folded: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(folded);
}

/** The canonical reform area of a section heading as printed, or null when no area's words occur in it. */
export function reformAreaIdFor(heading: string): string | null {
  const folded = foldVietnamese(heading);
  return headingKeywords.find(({ phrases }) => phrases.some((phrase) => containsPhrase(folded, phrase)))?.id ?? null;
}
