/**
 * Static registry data: every agency the five reports name, with the
 * spellings met in them (seeds inventory §5.1, §6). Kept as data, not built
 * while parsing, so that an agency's id and aliases never depend on which
 * report is read first.
 *
 * Id scheme (stable, ASCII, folded Vietnamese joined by "-"):
 *   departments and boards   "so-noi-vu", "bql-kkt-van-phong", "van-phong-ubnd-tinh"
 *   district committees      "ubnd-huyen-cam-lam", "ubnd-tx-ninh-hoa", "ubnd-tp-nha-trang"
 *   commune-level committees "xa-<district slug>-<name slug>" for xã, phường and thị trấn alike,
 *                            so that an id survives a change of type: "xa-dien-khanh-binh-loc"
 *   land registration        "vpdkdd-tinh", "cnvpdkdd-<district slug>"
 *   other bodies             "cuc-thue-tinh", "ban-to-chuc-tinh-uy", "truong-chinh-tri-tinh", …
 */
import type { AgencyLevel } from '@/domain/dataset/schema';

export interface NamedAgencySpec {
  id: string;
  name: string;
  shortName: string;
  level: AgencyLevel;
  /** Spellings seen in the reports besides the name (verbatim, numbering and bullets removed). */
  aliases: string[];
  note?: string;
}

export const departmentSpecs: NamedAgencySpec[] = [
  {
    id: 'bql-kkt-van-phong',
    name: 'Ban Quản lý Khu kinh tế Vân Phong',
    shortName: 'BQL KKT Vân Phong',
    level: 'department',
    aliases: ['BQL Khu Kinh tế Vân Phong', 'BQL Khu kinh tế Vân Phong', 'Ban Quản lý KKT Vân Phong'],
  },
  {
    id: 'so-cong-thuong',
    name: 'Sở Công Thương',
    shortName: 'Sở Công Thương',
    level: 'department',
    aliases: ['Sở Công thương'],
  },
  { id: 'so-du-lich', name: 'Sở Du lịch', shortName: 'Sở Du lịch', level: 'department', aliases: [] },
  {
    id: 'so-giao-duc-dao-tao',
    name: 'Sở Giáo dục và Đào tạo',
    shortName: 'Sở GD&ĐT',
    level: 'department',
    aliases: [],
  },
  {
    id: 'so-giao-thong-van-tai',
    name: 'Sở Giao thông vận tải',
    shortName: 'Sở GTVT',
    level: 'department',
    aliases: ['Sở Giao thông Vận tải'],
  },
  {
    id: 'so-ke-hoach-dau-tu',
    name: 'Sở Kế hoạch và Đầu tư',
    shortName: 'Sở KH&ĐT',
    level: 'department',
    aliases: [],
  },
  {
    id: 'so-khoa-hoc-cong-nghe',
    name: 'Sở Khoa học và Công nghệ',
    shortName: 'Sở KH&CN',
    level: 'department',
    aliases: [],
  },
  {
    id: 'so-lao-dong-tbxh',
    name: 'Sở Lao động - Thương binh và Xã hội',
    shortName: 'Sở LĐ-TB&XH',
    level: 'department',
    aliases: [
      'Sở Lao động, Thương binh và Xã hội',
      'Sở lao động - Thương binh và Xã hội',
      'Sở Lao động – Thương binh và Xã hội',
      'Sở Lao động - TB và XH',
      'Sở Lao động - TB&XH',
      'Sở LĐ-TB&XH',
      'Sở Lao động - Thương binh và Xã',
      'Lao động Thương binh và Xã hội',
    ],
  },
  { id: 'so-ngoai-vu', name: 'Sở Ngoại vụ', shortName: 'Sở Ngoại vụ', level: 'department', aliases: [] },
  { id: 'so-noi-vu', name: 'Sở Nội vụ', shortName: 'Sở Nội vụ', level: 'department', aliases: [] },
  {
    id: 'so-nong-nghiep-ptnt',
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    shortName: 'Sở NN&PTNT',
    level: 'department',
    aliases: ['Sở Nông nghiệp và PTNT', 'Sở Nông nghiệp và Phát triển NT', 'Sở Nông nghiệp và Phát triển nông'],
  },
  { id: 'so-tai-chinh', name: 'Sở Tài chính', shortName: 'Sở Tài chính', level: 'department', aliases: [] },
  {
    id: 'so-tai-nguyen-moi-truong',
    name: 'Sở Tài nguyên và Môi trường',
    shortName: 'Sở TN&MT',
    level: 'department',
    aliases: [],
  },
  {
    id: 'so-thong-tin-truyen-thong',
    name: 'Sở Thông tin và Truyền thông',
    shortName: 'Sở TT&TT',
    level: 'department',
    aliases: ['Thông tin và Truyền thông'],
  },
  { id: 'so-tu-phap', name: 'Sở Tư pháp', shortName: 'Sở Tư pháp', level: 'department', aliases: [] },
  {
    id: 'so-van-hoa-the-thao',
    name: 'Sở Văn hóa và Thể thao',
    shortName: 'Sở VH&TT',
    level: 'department',
    aliases: ['Sở Văn hóa - Thể thao và DL'],
    note: 'Phụ lục V năm 2017 (004:492) ghi "Sở Văn hóa - Thể thao và DL"; các bảng khác ghi "Sở Văn hóa và Thể thao".',
  },
  { id: 'so-xay-dung', name: 'Sở Xây dựng', shortName: 'Sở Xây dựng', level: 'department', aliases: [] },
  { id: 'so-y-te', name: 'Sở Y tế', shortName: 'Sở Y tế', level: 'department', aliases: [] },
  {
    id: 'van-phong-ubnd-tinh',
    name: 'Văn phòng UBND tỉnh',
    shortName: 'VP UBND tỉnh',
    level: 'department',
    aliases: [],
    note: 'Chỉ có số liệu hồ sơ trong kỳ Quý I/2017.',
  },
  { id: 'thanh-tra-tinh', name: 'Thanh tra tỉnh', shortName: 'Thanh tra tỉnh', level: 'department', aliases: [] },
  { id: 'ban-dan-toc', name: 'Ban Dân tộc', shortName: 'Ban Dân tộc', level: 'department', aliases: ['Ban Dân tộc tỉnh'] },
];

export const otherBodySpecs: NamedAgencySpec[] = [
  { id: 'ban-to-chuc-tinh-uy', name: 'Ban Tổ chức Tỉnh ủy', shortName: 'Ban Tổ chức Tỉnh ủy', level: 'party', aliases: [] },
  { id: 'cuc-thue-tinh', name: 'Cục Thuế tỉnh', shortName: 'Cục Thuế', level: 'vertical', aliases: [] },
  { id: 'cuc-hai-quan-tinh', name: 'Cục Hải quan tỉnh', shortName: 'Cục Hải quan', level: 'vertical', aliases: [] },
  {
    id: 'bao-hiem-xa-hoi-tinh',
    name: 'Bảo hiểm xã hội tỉnh',
    shortName: 'BHXH tỉnh',
    level: 'vertical',
    aliases: ['Bảo hiểm Xã hội tỉnh', 'BHXH tỉnh'],
  },
  {
    id: 'kho-bac-nha-nuoc-tinh',
    name: 'Kho bạc Nhà nước tỉnh',
    shortName: 'Kho bạc Nhà nước',
    level: 'vertical',
    aliases: ['Kho bạc Nhà nước'],
  },
  {
    id: 'ngan-hang-nha-nuoc-tinh',
    name: 'Ngân hàng Nhà nước Chi nhánh tỉnh',
    shortName: 'NHNN Chi nhánh tỉnh',
    level: 'vertical',
    aliases: ['Chi nhánh Ngân hàng Nhà nước tỉnh'],
  },
  { id: 'cong-an-tinh', name: 'Công an tỉnh', shortName: 'Công an tỉnh', level: 'vertical', aliases: [] },
  { id: 'buu-dien-tinh', name: 'Bưu điện tỉnh', shortName: 'Bưu điện tỉnh', level: 'other', aliases: [] },
  {
    id: 'vcci',
    name: 'Phòng Thương mại và Công nghiệp Việt Nam (VCCI)',
    shortName: 'VCCI',
    level: 'other',
    aliases: ['Phòng Thương mại và Công nghiệp Việt Nam', 'VCCI'],
  },
  { id: 'ban-co-yeu-chinh-phu', name: 'Ban Cơ yếu Chính phủ', shortName: 'Ban Cơ yếu Chính phủ', level: 'central', aliases: [] },
  {
    id: 'tong-cuc-tcdlcl',
    name: 'Tổng cục Tiêu chuẩn Đo lường Chất lượng',
    shortName: 'Tổng cục TCĐLCL',
    level: 'central',
    aliases: [],
  },
  {
    id: 'ban-qlda-dan-dung-cong-nghiep',
    name: 'Ban Quản lý dự án xây dựng các công trình dân dụng và công nghiệp',
    shortName: 'Ban QLDA Dân dụng và Công nghiệp',
    level: 'public_service',
    aliases: ['Ban QLDA XD các công trình Dân dụng và Công nghiệp'],
  },
  {
    id: 'ban-qlda-giao-thong',
    name: 'Ban Quản lý dự án Đầu tư xây dựng các công trình Giao thông',
    shortName: 'Ban QLDA Giao thông',
    level: 'public_service',
    aliases: ['Ban QLDA Đầu tư xây dựng các công trình Giao thông'],
  },
  {
    id: 'ban-qlda-nn-ptnt',
    name: 'Ban Quản lý dự án đầu tư xây dựng các công trình Nông nghiệp và Phát triển nông thôn',
    shortName: 'Ban QLDA NN&PTNT',
    level: 'public_service',
    aliases: ['BQL DAĐT xây dựng các công trình NN&PTNT'],
  },
  {
    id: 'ban-qlda-phat-trien-tinh',
    name: 'Ban Quản lý dự án Phát triển tỉnh',
    shortName: 'Ban QLDA Phát triển tỉnh',
    level: 'public_service',
    aliases: ['Ban QLDA Phát triển tinh', 'Ban QLDA Phát triển tỉnh'],
  },
  {
    id: 'dai-pt-th-khanh-hoa',
    name: 'Đài Phát thanh - Truyền hình Khánh Hòa',
    shortName: 'Đài PT-TH Khánh Hòa',
    level: 'public_service',
    aliases: ['Đài PT-TH Khánh Hòa'],
  },
  {
    id: 'ban-ql-kdl-ban-dao-cam-ranh',
    name: 'Ban Quản lý Khu du lịch Bán đảo Cam Ranh',
    shortName: 'Ban QL KDL Bán đảo Cam Ranh',
    level: 'public_service',
    aliases: ['Ban QL KDL Bán đảo Cam Ranh'],
  },
  {
    id: 'truong-dai-hoc-khanh-hoa',
    name: 'Trường Đại học Khánh Hòa',
    shortName: 'Trường ĐH Khánh Hòa',
    level: 'public_service',
    aliases: [],
  },
  {
    id: 'truong-cd-nghe-nha-trang',
    name: 'Trường Cao đẳng Nghề Nha Trang',
    shortName: 'CĐ Nghề Nha Trang',
    level: 'public_service',
    aliases: [],
  },
  {
    id: 'truong-cd-y-te-khanh-hoa',
    name: 'Trường Cao đẳng Y tế Khánh Hòa',
    shortName: 'CĐ Y tế Khánh Hòa',
    level: 'public_service',
    aliases: [],
  },
  {
    id: 'truong-chinh-tri-tinh',
    name: 'Trường Chính trị tỉnh',
    shortName: 'Trường Chính trị tỉnh',
    level: 'public_service',
    aliases: [],
  },
];

export type DistrictKind = 'huyện' | 'thị xã' | 'thành phố';

export interface DistrictSpec {
  slug: string;
  kind: DistrictKind;
  name: string;
  /** Extra spellings of the land-registration branch's label. */
  landBranchAliases: string[];
}

export const districtSpecs: DistrictSpec[] = [
  { slug: 'cam-lam', kind: 'huyện', name: 'Cam Lâm', landBranchAliases: ['CNVPĐKĐĐ huyện Cam Lâm', 'CNVPĐKĐĐ Cam Lâm'] },
  {
    slug: 'dien-khanh',
    kind: 'huyện',
    name: 'Diên Khánh',
    landBranchAliases: ['CNVPĐKĐĐ huyện Diên Khánh', 'CNVPĐKĐĐ Diên Khánh'],
  },
  { slug: 'khanh-son', kind: 'huyện', name: 'Khánh Sơn', landBranchAliases: ['CNVPĐKĐĐ huyện Khánh Sơn', 'CNVPĐKĐĐ Khánh Sơn'] },
  {
    slug: 'khanh-vinh',
    kind: 'huyện',
    name: 'Khánh Vĩnh',
    landBranchAliases: ['CNVPĐKĐĐ huyện Khánh Vĩnh', 'CNVPĐKĐĐ Khánh Vĩnh'],
  },
  { slug: 'van-ninh', kind: 'huyện', name: 'Vạn Ninh', landBranchAliases: ['CNVPĐKĐĐ huyện Vạn Ninh', 'CNVPĐKĐĐ Vạn Ninh'] },
  { slug: 'cam-ranh', kind: 'thành phố', name: 'Cam Ranh', landBranchAliases: ['CNVPĐKĐĐ TP. Cam Ranh', 'CNVPĐKĐĐ Cam Ranh'] },
  { slug: 'nha-trang', kind: 'thành phố', name: 'Nha Trang', landBranchAliases: ['CNVPĐKĐĐ TP. Nha Trang', 'CNVPĐKĐĐ Nha Trang'] },
  { slug: 'ninh-hoa', kind: 'thị xã', name: 'Ninh Hòa', landBranchAliases: ['CNVPĐKĐĐ Thị xã Ninh Hòa', 'CNVPĐKĐĐ Ninh Hòa'] },
];

export type CommuneKind = 'xã' | 'phường' | 'thị trấn';

export interface CommuneSpec {
  district: string;
  kind: CommuneKind;
  /** Canonical spelling (inventory §6.4). */
  name: string;
  /** Other spellings of the name itself, as printed in some report. */
  variants?: string[];
  /** Labels printed with an unusual prefix ("UBND Xã Diên Điền"). */
  extraLabels?: string[];
  validFrom?: string;
  validTo?: string;
  mergedInto?: string;
  mergedFrom?: string[];
  note?: string;
}

const mergerNote = 'Nghị quyết 894/NQ-UBTVQH14 ngày 11/02/2020: sáp nhập Diên Lộc và Diên Bình thành Bình Lộc, từ 01/3/2020.';

/** 137 units in 2017, 136 from 01/3/2020 (the merger), in 2022 report order. */
export const communeSpecs: CommuneSpec[] = [
  { district: 'cam-lam', kind: 'thị trấn', name: 'Cam Đức' },
  { district: 'cam-lam', kind: 'xã', name: 'Cam An Bắc' },
  { district: 'cam-lam', kind: 'xã', name: 'Cam An Nam' },
  { district: 'cam-lam', kind: 'xã', name: 'Cam Hải Đông' },
  { district: 'cam-lam', kind: 'xã', name: 'Cam Hải Tây' },
  { district: 'cam-lam', kind: 'xã', name: 'Cam Hiệp Bắc' },
  { district: 'cam-lam', kind: 'xã', name: 'Cam Hiệp Nam' },
  { district: 'cam-lam', kind: 'xã', name: 'Cam Hòa' },
  { district: 'cam-lam', kind: 'xã', name: 'Cam Phước Tây' },
  { district: 'cam-lam', kind: 'xã', name: 'Cam Tân' },
  { district: 'cam-lam', kind: 'xã', name: 'Cam Thành Bắc' },
  { district: 'cam-lam', kind: 'xã', name: 'Sơn Tân' },
  { district: 'cam-lam', kind: 'xã', name: 'Suối Cát' },
  { district: 'cam-lam', kind: 'xã', name: 'Suối Tân' },

  { district: 'dien-khanh', kind: 'thị trấn', name: 'Diên Khánh' },
  {
    district: 'dien-khanh',
    kind: 'xã',
    name: 'Bình Lộc',
    validFrom: '2020-03-01',
    mergedFrom: ['xa-dien-khanh-dien-loc', 'xa-dien-khanh-dien-binh'],
    note: mergerNote,
  },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên An' },
  {
    district: 'dien-khanh',
    kind: 'xã',
    name: 'Diên Bình',
    validTo: '2020-02-29',
    mergedInto: 'xa-dien-khanh-binh-loc',
    note: mergerNote,
  },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên Điền', variants: ['Diên Điện'], extraLabels: ['UBND Xã Diên Điền'] },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên Đồng', variants: ['Diên Đông'] },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên Hòa' },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên Lạc' },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên Lâm' },
  {
    district: 'dien-khanh',
    kind: 'xã',
    name: 'Diên Lộc',
    validTo: '2020-02-29',
    mergedInto: 'xa-dien-khanh-binh-loc',
    note: mergerNote,
  },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên Phú' },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên Phước' },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên Sơn' },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên Tân' },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên Toàn' },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên Thạnh' },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên Thọ' },
  { district: 'dien-khanh', kind: 'xã', name: 'Diên Xuân' },
  { district: 'dien-khanh', kind: 'xã', name: 'Suối Hiệp' },
  { district: 'dien-khanh', kind: 'xã', name: 'Suối Tiên' },

  { district: 'khanh-son', kind: 'thị trấn', name: 'Tô Hạp' },
  { district: 'khanh-son', kind: 'xã', name: 'Ba Cụm Bắc', variants: ['Ba Cạm Bắc', 'Ba Cùm Bắc'] },
  { district: 'khanh-son', kind: 'xã', name: 'Ba Cụm Nam', variants: ['Ba Cạm Nam', 'Ba Cùm Nam'] },
  { district: 'khanh-son', kind: 'xã', name: 'Sơn Bình' },
  { district: 'khanh-son', kind: 'xã', name: 'Sơn Hiệp' },
  { district: 'khanh-son', kind: 'xã', name: 'Sơn Lâm' },
  { district: 'khanh-son', kind: 'xã', name: 'Sơn Trung' },
  { district: 'khanh-son', kind: 'xã', name: 'Thành Sơn' },

  { district: 'khanh-vinh', kind: 'thị trấn', name: 'Khánh Vĩnh', extraLabels: ['UBND Thị trấn Khánh Vĩnh'] },
  { district: 'khanh-vinh', kind: 'xã', name: 'Cầu Bà' },
  { district: 'khanh-vinh', kind: 'xã', name: 'Giang Ly' },
  { district: 'khanh-vinh', kind: 'xã', name: 'Khánh Bình' },
  { district: 'khanh-vinh', kind: 'xã', name: 'Khánh Đông' },
  { district: 'khanh-vinh', kind: 'xã', name: 'Khánh Hiệp' },
  { district: 'khanh-vinh', kind: 'xã', name: 'Khánh Nam' },
  { district: 'khanh-vinh', kind: 'xã', name: 'Khánh Phú' },
  { district: 'khanh-vinh', kind: 'xã', name: 'Khánh Thành' },
  { district: 'khanh-vinh', kind: 'xã', name: 'Khánh Thượng' },
  { district: 'khanh-vinh', kind: 'xã', name: 'Khánh Trung' },
  { district: 'khanh-vinh', kind: 'xã', name: 'Liên Sang' },
  { district: 'khanh-vinh', kind: 'xã', name: 'Sông Cầu' },
  { district: 'khanh-vinh', kind: 'xã', name: 'Sơn Thái' },

  { district: 'van-ninh', kind: 'thị trấn', name: 'Vạn Giã' },
  { district: 'van-ninh', kind: 'xã', name: 'Đại Lãnh' },
  { district: 'van-ninh', kind: 'xã', name: 'Vạn Bình' },
  { district: 'van-ninh', kind: 'xã', name: 'Vạn Hưng' },
  { district: 'van-ninh', kind: 'xã', name: 'Vạn Khánh' },
  { district: 'van-ninh', kind: 'xã', name: 'Vạn Long' },
  { district: 'van-ninh', kind: 'xã', name: 'Vạn Lương' },
  { district: 'van-ninh', kind: 'xã', name: 'Vạn Phú' },
  { district: 'van-ninh', kind: 'xã', name: 'Vạn Phước' },
  { district: 'van-ninh', kind: 'xã', name: 'Vạn Thạnh' },
  { district: 'van-ninh', kind: 'xã', name: 'Vạn Thắng' },
  { district: 'van-ninh', kind: 'xã', name: 'Vạn Thọ' },
  { district: 'van-ninh', kind: 'xã', name: 'Xuân Sơn' },

  { district: 'cam-ranh', kind: 'phường', name: 'Ba Ngòi' },
  { district: 'cam-ranh', kind: 'phường', name: 'Cam Linh' },
  { district: 'cam-ranh', kind: 'phường', name: 'Cam Lộc' },
  { district: 'cam-ranh', kind: 'phường', name: 'Cam Lợi' },
  { district: 'cam-ranh', kind: 'phường', name: 'Cam Nghĩa' },
  { district: 'cam-ranh', kind: 'phường', name: 'Cam Phú' },
  { district: 'cam-ranh', kind: 'phường', name: 'Cam Phúc Bắc' },
  { district: 'cam-ranh', kind: 'phường', name: 'Cam Phúc Nam' },
  { district: 'cam-ranh', kind: 'phường', name: 'Cam Thuận' },
  { district: 'cam-ranh', kind: 'xã', name: 'Cam Bình' },
  { district: 'cam-ranh', kind: 'xã', name: 'Cam Lập' },
  { district: 'cam-ranh', kind: 'xã', name: 'Cam Phước Đông' },
  { district: 'cam-ranh', kind: 'xã', name: 'Cam Thành Nam' },
  { district: 'cam-ranh', kind: 'xã', name: 'Cam Thịnh Đông' },
  { district: 'cam-ranh', kind: 'xã', name: 'Cam Thịnh Tây' },

  { district: 'nha-trang', kind: 'phường', name: 'Lộc Thọ' },
  { district: 'nha-trang', kind: 'phường', name: 'Ngọc Hiệp' },
  { district: 'nha-trang', kind: 'phường', name: 'Phước Hải' },
  { district: 'nha-trang', kind: 'phường', name: 'Phước Hòa' },
  { district: 'nha-trang', kind: 'phường', name: 'Phước Long' },
  { district: 'nha-trang', kind: 'phường', name: 'Phước Tân' },
  { district: 'nha-trang', kind: 'phường', name: 'Phước Tiến' },
  { district: 'nha-trang', kind: 'phường', name: 'Phương Sài' },
  { district: 'nha-trang', kind: 'phường', name: 'Phương Sơn' },
  { district: 'nha-trang', kind: 'phường', name: 'Tân Lập' },
  { district: 'nha-trang', kind: 'phường', name: 'Vạn Thạnh' },
  { district: 'nha-trang', kind: 'phường', name: 'Vạn Thắng' },
  { district: 'nha-trang', kind: 'phường', name: 'Vĩnh Hải' },
  { district: 'nha-trang', kind: 'phường', name: 'Vĩnh Hòa' },
  { district: 'nha-trang', kind: 'phường', name: 'Vĩnh Nguyên' },
  { district: 'nha-trang', kind: 'phường', name: 'Vĩnh Phước' },
  { district: 'nha-trang', kind: 'phường', name: 'Vĩnh Thọ' },
  { district: 'nha-trang', kind: 'phường', name: 'Vĩnh Trường' },
  { district: 'nha-trang', kind: 'phường', name: 'Xương Huân' },
  { district: 'nha-trang', kind: 'xã', name: 'Phước Đồng', variants: ['Phước Đông'] },
  { district: 'nha-trang', kind: 'xã', name: 'Vĩnh Hiệp' },
  { district: 'nha-trang', kind: 'xã', name: 'Vĩnh Lương' },
  { district: 'nha-trang', kind: 'xã', name: 'Vĩnh Ngọc' },
  { district: 'nha-trang', kind: 'xã', name: 'Vĩnh Phương' },
  { district: 'nha-trang', kind: 'xã', name: 'Vĩnh Thái' },
  { district: 'nha-trang', kind: 'xã', name: 'Vĩnh Thạnh' },
  { district: 'nha-trang', kind: 'xã', name: 'Vĩnh Trung' },

  { district: 'ninh-hoa', kind: 'phường', name: 'Ninh Diêm' },
  { district: 'ninh-hoa', kind: 'phường', name: 'Ninh Đa' },
  { district: 'ninh-hoa', kind: 'phường', name: 'Ninh Giang' },
  { district: 'ninh-hoa', kind: 'phường', name: 'Ninh Hà' },
  { district: 'ninh-hoa', kind: 'phường', name: 'Ninh Hải' },
  { district: 'ninh-hoa', kind: 'phường', name: 'Ninh Hiệp' },
  { district: 'ninh-hoa', kind: 'phường', name: 'Ninh Thủy', variants: ['Ninh Thuỷ'] },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh An' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Bình' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Đông' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Hưng' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Ích' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Lộc' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Phú' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Phụng' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Phước' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Quang' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Sim' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Sơn' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Tân' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Tây' },
  {
    district: 'ninh-hoa',
    kind: 'xã',
    name: 'Ninh Thân',
    variants: ['Ninh Thành'],
    note: 'Báo cáo 2017 ghi "Ninh Thành", 2022 ghi "Ninh Thân": cùng một đơn vị (mỗi danh sách có 27 tên, chỉ cặp này không khớp).',
  },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Thọ' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Thượng' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Trung' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Vân' },
  { district: 'ninh-hoa', kind: 'xã', name: 'Ninh Xuân' },
];
