/**
 * Groups that assignment cells name instead of a single agency ("Các sở, ban,
 * ngành", "UBND cấp huyện", "các tổ chức tư vấn"; seeds inventory §5.1).
 * They are kept as groups: the report never says which members it means.
 */
import type { AgencyGroup } from '@/domain/dataset/schema';
import { foldVietnamese } from '@/domain/text/fold';

interface GroupSpec extends AgencyGroup {
  /** Whole-name patterns over folded text (no diacritics, lower case, "," kept). */
  patterns: RegExp[];
}

/** "liên quan", "có liên quan" and similar tails that do not change which group is meant. */
const tail = '(?: (?:co )?lien quan)?(?: duoc chon thi diem| truc thuoc)?';
const list = (...words: string[]): string => words.join('(?:,? | va )');
/** "cơ quan", "đơn vị", … alone are common nouns ("Tổ chức Hội nghị"): a group needs "các", a second noun or "liên quan". */
const bodies = '(?:co quan|nganh|don vi|to chuc)';
const relatedTail = '(?: (?:co )?lien quan)';

const groupSpecs: GroupSpec[] = [
  {
    id: 'cac-so-ban-nganh',
    label: 'Các sở, ban, ngành',
    memberLevel: 'department',
    patterns: [
      new RegExp(`^(?:cac )?so,? (?:ban,? )?nganh(?:, don vi)?${tail}$`),
      /^(?:cac )?so (?:co )?lien quan$/,
    ],
  },
  {
    id: 'cac-so-nganh-dia-phuong',
    label: 'Các sở, ban, ngành, địa phương',
    memberLevel: null,
    patterns: [new RegExp(`^(?:cac )?${list('so', '(?:ban,? )?nganh', 'dia phuong')}${tail}$`)],
  },
  {
    id: 'cac-co-quan-don-vi-dia-phuong',
    label: 'Các cơ quan, đơn vị, địa phương',
    memberLevel: null,
    patterns: [new RegExp(`^(?:cac )?co quan,? (?:don vi,? )?(?:va )?dia phuong${tail}$`)],
  },
  {
    id: 'cac-co-quan-don-vi-lien-quan',
    label: 'Các cơ quan, đơn vị liên quan',
    memberLevel: null,
    patterns: [
      new RegExp(`^cac ${bodies}(?:,? ${bodies})*,?${relatedTail}?$`),
      new RegExp(`^${bodies}(?:,? ${bodies})+,?${relatedTail}?$`),
      new RegExp(`^${bodies}${relatedTail}$`),
    ],
  },
  {
    id: 'dia-phuong',
    label: 'Các địa phương',
    memberLevel: null,
    patterns: [new RegExp(`^(?:cac )?dia phuong${tail}$`)],
  },
  {
    id: 'co-quan-chuyen-mon-ubnd-tinh',
    label: 'Các cơ quan chuyên môn thuộc UBND tỉnh',
    memberLevel: 'department',
    patterns: [/^(?:tat ca )?(?:cac )?co quan chuyen mon thuoc (?:ubnd|uy ban nhan dan) tinh$/],
  },
  {
    id: 'so-thuong-truc-chuong-trinh',
    label: 'Các sở thường trực chương trình',
    memberLevel: 'department',
    patterns: [/^(?:cac )?so thuong truc chuong trinh$/],
  },
  {
    id: 'so-co-don-vi-su-nghiep-kinh-te',
    label: 'Các sở có đơn vị sự nghiệp kinh tế trực thuộc',
    memberLevel: 'department',
    patterns: [/^(?:cac )?so co don vi su nghiep kinh te(?:, su nghiep kinh te khac)?(?: truc thuoc)?$/],
  },
  {
    id: 'so-quan-ly-chuyen-nganh',
    label: 'Các sở quản lý chuyên ngành',
    memberLevel: 'department',
    patterns: [/^(?:cac )?so quan ly chuyen nganh$/],
  },
  {
    id: 'ban-quan-ly-du-an',
    label: 'Các Ban quản lý dự án',
    memberLevel: 'public_service',
    patterns: [/^(?:cac )?ban quan ly du an$/],
  },
  {
    id: 'truong-dai-hoc-cao-dang',
    label: 'Các Trường Đại học và Trường Cao đẳng',
    memberLevel: 'public_service',
    patterns: [/^(?:cac )?truong dai hoc(?:,| va) (?:truong )?cao dang$/],
  },
  {
    id: 'don-vi-su-nghiep-cong-lap',
    label: 'Các đơn vị sự nghiệp công lập',
    memberLevel: 'public_service',
    patterns: [/^(?:cac )?don vi su nghiep(?: cong lap)?$/],
  },
  {
    id: 'ubnd-cap-huyen',
    label: 'UBND cấp huyện',
    memberLevel: 'district',
    patterns: [/^(?:(?:ubnd|uy ban nhan dan) )?(?:cap huyen|(?:cac )?huyen, thi xa, thanh pho)$/],
  },
  {
    id: 'ubnd-cap-xa',
    label: 'UBND cấp xã',
    memberLevel: 'commune',
    patterns: [/^(?:(?:ubnd|uy ban nhan dan) )?(?:cap xa|(?:cac )?xa, phuong, thi tran)$/],
  },
  {
    id: 'to-chuc-tu-van',
    label: 'Các tổ chức, đơn vị tư vấn',
    memberLevel: 'other',
    patterns: [/^(?:cac )?(?:to chuc|don vi)(?:, (?:to chuc|don vi))* tu van$/],
  },
  {
    id: 'chuyen-gia-don-vi-nghien-cuu',
    label: 'Các chuyên gia, đơn vị nghiên cứu',
    memberLevel: 'other',
    patterns: [/^(?:cac )?chuyen gia(?:,| va) (?:cac )?don vi nghien cuu$/],
  },
  {
    id: 'hoi-hiep-hoi',
    label: 'Các tổ chức hội, hiệp hội',
    memberLevel: 'other',
    patterns: [new RegExp(`^(?:cac )?(?:(?:to chuc )?hoi,? )?hiep hoi${tail}$`)],
  },
];

export const agencyGroups: AgencyGroup[] = groupSpecs.map(({ id, label, memberLevel }) => ({ id, label, memberLevel }));

function groupKey(text: string): string {
  return foldVietnamese(text)
    .replace(/\.{2,}|…/g, '')
    .replace(/\s*,\s*/g, ', ')
    .replace(/[\s,;.:]+$/, '')
    .trim();
}

/** The group a whole name stands for ("Các Sở, ngành liên quan" → cac-so-ban-nganh), or null. */
export function matchAgencyGroup(text: string): AgencyGroup | null {
  const key = groupKey(text);
  const spec = groupSpecs.find((candidate) => candidate.patterns.some((pattern) => pattern.test(key)));
  return spec ? (agencyGroups.find((group) => group.id === spec.id) ?? null) : null;
}
