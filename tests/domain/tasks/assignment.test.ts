import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssignmentEntry, AssignmentRole } from '@/domain/dataset/schema';
import { matchAgency } from '@/domain/agencies/registry';
import { readTsvTaskTable, tsvTaskTables } from '@/domain/ingest/tasks/tsvTaskTable';
import { parseRichText, richTextToPlain } from '@/domain/text/richText';
import { agencyGroups, matchAgencyGroup } from '@/domain/tasks/agencyGroups';
import { extractAssignment } from '@/domain/tasks/assignment';
import { foldVietnamese } from '@/domain/text/fold';

/** A stand-in for the agency registry: exact full names only, so bare names must come with "Sở " prepended. */
const stubAgencies: Record<string, string[]> = {
  snv: ['Sở Nội vụ'],
  skhdt: ['Sở Kế hoạch và Đầu tư'],
  stc: ['Sở Tài chính'],
  stttt: ['Sở Thông tin và Truyền thông'],
  vpubnd: ['Văn phòng UBND tỉnh'],
  stp: ['Sở Tư pháp'],
  sldtbxh: ['Sở Lao động - Thương binh và Xã hội', 'Sở Lao động, Thương binh và Xã hội'],
  skhcn: ['Sở Khoa học và Công nghệ'],
  sgddt: ['Sở Giáo dục và Đào tạo'],
  syt: ['Sở Y tế'],
  svhtt: ['Sở Văn hóa và Thể thao'],
  stnmt: ['Sở Tài nguyên và Môi trường'],
  sxd: ['Sở Xây dựng'],
  bdt: ['Ban Dân tộc'],
  btctu: ['Ban Tổ chức Tỉnh ủy'],
  cuc_thue: ['Cục Thuế tỉnh'],
  cuc_hq: ['Cục Hải quan tỉnh'],
  kbnn: ['Kho bạc Nhà nước'],
  bhxh: ['Bảo hiểm xã hội tỉnh'],
  buudien: ['Bưu điện tỉnh'],
  tcdlcl: ['Tổng cục Tiêu chuẩn Đo lường Chất lượng'],
};

const stubIndex = new Map<string, string>(
  Object.entries(stubAgencies).flatMap(([id, names]) => names.map((name) => [foldVietnamese(name), id] as const)),
);
const asked: string[] = [];
function stubResolve(name: string): string | null {
  asked.push(name);
  return stubIndex.get(foldVietnamese(name)) ?? null;
}

function agency(agencyId: string, text: string, role: AssignmentRole): AssignmentEntry {
  return { agencyId, groupId: null, text, role };
}

function group(groupId: string, text: string, role: AssignmentRole): AssignmentEntry {
  return { agencyId: null, groupId, text, role };
}

function read(text: string): AssignmentEntry[] {
  return extractAssignment(text, stubResolve);
}

describe('extractAssignment: the tricky examples of seeds inventory §5.3, verbatim', () => {
  it('ex.1 (000:11): one "Các Sở" prefix covers four departments, the comma inside "Lao động, Thương binh và Xã hội" included', () => {
    expect(
      read('- Các Sở Giáo dục và Đào tạo, Y tế, Lao động, Thương binh và Xã hội, Văn hóa và Thể thao xây dựng và trình UBND tỉnh Đề án'),
    ).toEqual([
      agency('sgddt', 'Giáo dục và Đào tạo', 'implement'),
      agency('syt', 'Y tế', 'implement'),
      agency('sldtbxh', 'Lao động, Thương binh và Xã hội', 'implement'),
      agency('svhtt', 'Văn hóa và Thể thao', 'implement'),
    ]);
  });

  it('ex.2 (000:11): a colon list of two supporters; the agency they partner does the appraising', () => {
    expect(read('- Các Sở: Tài chính, Nội vụ phối hợp với Sở Kế hoạch và Đầu tư thẩm định')).toEqual([
      agency('skhdt', 'Sở Kế hoạch và Đầu tư', 'appraise'),
      agency('stc', 'Tài chính', 'support'),
      agency('snv', 'Nội vụ', 'support'),
    ]);
  });

  it('the whole 000:11 cell: KH&ĐT leads its bullet ("tổng hợp, đôn đốc", no "chủ trì" anywhere) and appraises in the next', () => {
    const cell =
      '- Các Sở Giáo dục và Đào tạo, Y tế, Lao động, Thương binh và Xã hội, Văn hóa và Thể thao xây dựng và trình UBND tỉnh Đề án - Sở Kế hoạch và Đầu tư tổng hợp, đôn đốc - Các Sở: Tài chính, Nội vụ phối hợp với Sở Kế hoạch và Đầu tư thẩm định';
    expect(read(cell)).toEqual([
      agency('sgddt', 'Giáo dục và Đào tạo', 'implement'),
      agency('syt', 'Y tế', 'implement'),
      agency('sldtbxh', 'Lao động, Thương binh và Xã hội', 'implement'),
      agency('svhtt', 'Văn hóa và Thể thao', 'implement'),
      agency('skhdt', 'Sở Kế hoạch và Đầu tư', 'lead'),
      agency('skhdt', 'Sở Kế hoạch và Đầu tư', 'appraise'),
      agency('stc', 'Tài chính', 'support'),
      agency('snv', 'Nội vụ', 'support'),
    ]);
  });

  it('ex.3 (000:55): three bullets flattened with " - "; "Tỉnh ủy" and "Trung ương" are not assignees', () => {
    const cell =
      'Sở Tài chính chủ trì phối hợp với các cơ quan có liên quan tham mưu xây dựng Kế hoạch - Các sở, ngành, địa phương xây dựng Đề án theo tiến độ triển khai của Trung ương và Chương trình hành động số 12-CTr/TU của Tỉnh ủy - Các Sở: Tài chính, Kế hoạch và Đầu tư, Nội vụ thẩm định, trình UBND tỉnh phê duyệt đề án';
    expect(read(cell)).toEqual([
      agency('stc', 'Sở Tài chính', 'lead'),
      group('cac-co-quan-don-vi-lien-quan', 'các cơ quan có liên quan', 'support'),
      group('cac-so-nganh-dia-phuong', 'Các sở, ngành, địa phương', 'implement'),
      agency('stc', 'Tài chính', 'appraise'),
      agency('skhdt', 'Kế hoạch và Đầu tư', 'appraise'),
      agency('snv', 'Nội vụ', 'appraise'),
    ]);
  });

  it('ex.4 (000:70): a lower-case "các sở:" list ending in a generic tail', () => {
    expect(
      read(
        'Sở Nội vụ chủ trì, phối hợp với các sở: Tài chính, Khoa học và Công nghệ, Lao động - Thương binh và Xã hội, các cơ quan, tổ chức có liên quan',
      ),
    ).toEqual([
      agency('snv', 'Sở Nội vụ', 'lead'),
      agency('stc', 'Tài chính', 'support'),
      agency('skhcn', 'Khoa học và Công nghệ', 'support'),
      agency('sldtbxh', 'Lao động - Thương binh và Xã hội', 'support'),
      group('cac-co-quan-don-vi-lien-quan', 'các cơ quan, tổ chức có liên quan', 'support'),
    ]);
  });

  it('ex.5 (000:15): a Party body, an ellipsis, and UBND tỉnh as the one advised', () => {
    expect(
      read(
        'Sở Nội vụ chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy, Sở Kế hoạch và Đầu tư, Sở Lao động - Thương binh và Xã hội, Ban Dân tộc,... tham mưu UBND tỉnh',
      ),
    ).toEqual([
      agency('snv', 'Sở Nội vụ', 'lead'),
      agency('btctu', 'Ban Tổ chức Tỉnh ủy', 'support'),
      agency('skhdt', 'Sở Kế hoạch và Đầu tư', 'support'),
      agency('sldtbxh', 'Sở Lao động - Thương binh và Xã hội', 'support'),
      agency('bdt', 'Ban Dân tộc', 'support'),
    ]);
  });

  it('ex.6 (000:21 + 000:24): a bare list supports; once the verb from the next page is joined, the four implement under the lead', () => {
    const verticals = ['Cục Thuế tỉnh', 'Cục Hải quan tỉnh', 'Kho bạc Nhà nước', 'Bảo hiểm xã hội tỉnh'];
    const ids = ['cuc_thue', 'cuc_hq', 'kbnn', 'bhxh'];
    const firstPage = '- Sở Kế hoạch và Đầu tư chủ trì tham mưu tổ chức - Cục Thuế tỉnh, Cục Hải quan tỉnh, Kho bạc Nhà nước, Bảo hiểm xã hội tỉnh';
    expect(read(firstPage)).toEqual([
      agency('skhdt', 'Sở Kế hoạch và Đầu tư', 'lead'),
      ...verticals.map((name, index) => agency(ids[index] ?? '', name, 'support')),
    ]);
    expect(read(`${firstPage} tham mưu tổ chức`)).toEqual([
      agency('skhdt', 'Sở Kế hoạch và Đầu tư', 'lead'),
      ...verticals.map((name, index) => agency(ids[index] ?? '', name, 'implement')),
    ]);
  });

  it('ex.7 (001:35 + 001:38): the department name split by the page break, once joined', () => {
    const joined = '- Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông, Sở Nội vụ hướng dẫn, tham mưu theo phạm vi phụ trách';
    const expected = [
      agency('vpubnd', 'Văn phòng UBND tỉnh', 'guide'),
      agency('stttt', 'Sở Thông tin và Truyền thông', 'guide'),
      agency('snv', 'Sở Nội vụ', 'guide'),
    ];
    expect(read(joined)).toEqual(expected);
    expect(read('- Văn phòng UBND tỉnh, Sở\nThông tin và Truyền thông, Sở Nội vụ hướng dẫn, tham mưu theo phạm vi phụ trách')).toEqual(expected);
  });

  it('the whole 001:35 cell, joined: three groups implement, three agencies guide', () => {
    const cell =
      '- Các sở, ban, ngành; UBND các huyện, thị xã, thành phố; UBND các xã, phường, thị trấn tổ chức thực hiện - Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông, Sở Nội vụ hướng dẫn, tham mưu theo phạm vi phụ trách';
    expect(read(cell)).toEqual([
      group('cac-so-ban-nganh', 'Các sở, ban, ngành', 'implement'),
      group('ubnd-cap-huyen', 'UBND các huyện, thị xã, thành phố', 'implement'),
      group('ubnd-cap-xa', 'UBND các xã, phường, thị trấn', 'implement'),
      agency('vpubnd', 'Văn phòng UBND tỉnh', 'guide'),
      agency('stttt', 'Sở Thông tin và Truyền thông', 'guide'),
      agency('snv', 'Sở Nội vụ', 'guide'),
    ]);
  });

  it('ex.8 (004:316): "Thông tin và Truyền thông" without "Sở" is resolved as a supporter; the guided "các sở, ban, ngành" are not assignees', () => {
    asked.length = 0;
    expect(read('Sở Tư pháp chủ trì phối hợp với Thông tin và Truyền thông, Sở Nội vụ hướng dẫn các sở, ban, ngành thực hiện')).toEqual([
      agency('stp', 'Sở Tư pháp', 'lead'),
      agency('stttt', 'Thông tin và Truyền thông', 'support'),
      agency('snv', 'Sở Nội vụ', 'support'),
    ]);
    expect(asked).toContain('Sở Thông tin và Truyền thông');
  });

  it('ex.9 (001:156): two co-leads joined by "và", with "và" inside both names', () => {
    expect(read('Sở Nội vụ và Sở Thông tin và Truyền thông chủ trì phối hợp với các cơ quan, đơn vị liên quan')).toEqual([
      agency('snv', 'Sở Nội vụ', 'co_lead'),
      agency('stttt', 'Sở Thông tin và Truyền thông', 'co_lead'),
      group('cac-co-quan-don-vi-lien-quan', 'các cơ quan, đơn vị liên quan', 'support'),
    ]);
  });

  it('ex.10 (001:60): a class leads, "phối hợp" written twice', () => {
    expect(read('Các Trường Đại học và Trường Cao đẳng chủ trì, phối hợp Sở Nội vụ phối hợp xây dựng Phương án')).toEqual([
      group('truong-dai-hoc-cao-dang', 'Các Trường Đại học và Trường Cao đẳng', 'lead'),
      agency('snv', 'Sở Nội vụ', 'support'),
    ]);
  });

  it('ex.11 (004:300): three co-leads and no "chủ trì"', () => {
    expect(read('Các Sở: Kế hoạch và Đầu tư, Tài nguyên và Môi trường, Xây dựng tham mưu tổ chức.')).toEqual([
      agency('skhdt', 'Kế hoạch và Đầu tư', 'co_lead'),
      agency('stnmt', 'Tài nguyên và Môi trường', 'co_lead'),
      agency('sxd', 'Xây dựng', 'co_lead'),
    ]);
  });

  it('ex.12 (001:130): " - ", ";" and "," separators, a central agency among the supporters', () => {
    expect(
      read(
        '- Sở Khoa học và Công nghệ chủ trì - Sở Thông tin và Truyền thông; Tổng cục Tiêu chuẩn Đo lường Chất lượng, các tổ chức tư vấn phối hợp',
      ),
    ).toEqual([
      agency('skhcn', 'Sở Khoa học và Công nghệ', 'lead'),
      agency('stttt', 'Sở Thông tin và Truyền thông', 'support'),
      agency('tcdlcl', 'Tổng cục Tiêu chuẩn Đo lường Chất lượng', 'support'),
      group('to-chuc-tu-van', 'các tổ chức tư vấn', 'support'),
    ]);
  });

  it('ex.13 (000:85): Sở Tài chính, object of "gửi", supports', () => {
    expect(
      read('Các cơ quan, đơn vị liên quan xây dựng danh mục dịch vụ nhà nước đặt hàng gửi Sở Tài chính phối hợp tham mưu UBND tỉnh'),
    ).toEqual([
      group('cac-co-quan-don-vi-lien-quan', 'Các cơ quan, đơn vị liên quan', 'implement'),
      agency('stc', 'Sở Tài chính', 'support'),
    ]);
  });

  it('ex.14 (000:25): only a group, which leads', () => {
    expect(read('Các sở thường trực chương trình tham mưu UBND tỉnh')).toEqual([
      group('so-thuong-truc-chuong-trinh', 'Các sở thường trực chương trình', 'lead'),
    ]);
  });

  it('ex.15 (001:34): groups and an agency before one "phối hợp", separated by ";" and ","', () => {
    expect(read('- Các sở, ban, ngành; UBND các huyện, thị xã, thành phố, Bưu điện tỉnh phối hợp, tổ chức thực hiện')).toEqual([
      group('cac-so-ban-nganh', 'Các sở, ban, ngành', 'support'),
      group('ubnd-cap-huyen', 'UBND các huyện, thị xã, thành phố', 'support'),
      agency('buudien', 'Bưu điện tỉnh', 'support'),
    ]);
  });

  it('ex.16 (004:288): the lower-case sector list in the parenthesis names no department', () => {
    asked.length = 0;
    expect(
      read(
        'Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các ngành, đơn vị liên quan (thuế, đất đai, xây dựng, môi trường, nông nghiệp, công thương, lao động, tín dụng,...) tham mưu UBND tỉnh ban hành và chỉ đạo triển khai thực hiện theo quy chế',
      ),
    ).toEqual([
      agency('skhdt', 'Sở Kế hoạch và Đầu tư', 'lead'),
      group('cac-co-quan-don-vi-lien-quan', 'các ngành, đơn vị liên quan', 'support'),
    ]);
    expect(asked.some((name) => /xây dựng|Xây dựng/.test(name))).toBe(false);
  });
});

describe('extractAssignment: other forms of §5.2', () => {
  it('a bare list after a bullet with no verb supports the lead (001:149)', () => {
    expect(read('- Sở Nội vụ chủ trì - Văn phòng UBND tỉnh, các Sở, ngành, đơn vị, UBND cấp huyện, cấp xã')).toEqual([
      agency('snv', 'Sở Nội vụ', 'lead'),
      agency('vpubnd', 'Văn phòng UBND tỉnh', 'support'),
      group('cac-so-ban-nganh', 'các Sở, ngành, đơn vị', 'support'),
      group('ubnd-cap-huyen', 'UBND cấp huyện', 'support'),
      group('ubnd-cap-xa', 'cấp xã', 'support'),
    ]);
  });

  it('a cell that is only a list names the implementers (004:304)', () => {
    expect(read('Tất cả các cơ quan chuyên môn thuộc UBND tỉnh')).toEqual([
      group('co-quan-chuyen-mon-ubnd-tinh', 'Tất cả các cơ quan chuyên môn thuộc UBND tỉnh', 'implement'),
    ]);
  });

  it('"X tham mưu UBND tỉnh" leads when nobody chairs (004:333); "hướng dẫn triển khai" too (000:56)', () => {
    expect(read('Sở Thông tin và Truyền thông tham mưu UBND tỉnh')).toEqual([agency('stttt', 'Sở Thông tin và Truyền thông', 'lead')]);
    expect(read('- Sở Nội vụ hướng dẫn triển khai - Các sở, ban, ngành, địa phương thực hiện và báo cáo kết quả')).toEqual([
      agency('snv', 'Sở Nội vụ', 'lead'),
      group('cac-so-nganh-dia-phuong', 'Các sở, ban, ngành, địa phương', 'implement'),
    ]);
  });

  it('"gửi Sở Nội vụ thẩm định" makes the recipient the appraiser (000:48); "trình UBND tỉnh" adds nobody', () => {
    expect(read('Các cơ quan, đơn vị, địa phương xây dựng Đề án, gửi Sở Nội vụ thẩm định, trình UBND tỉnh')).toEqual([
      group('cac-co-quan-don-vi-dia-phuong', 'Các cơ quan, đơn vị, địa phương', 'implement'),
      agency('snv', 'Sở Nội vụ', 'appraise'),
    ]);
  });

  it('guide verbs: "hướng dẫn, kiểm tra, đôn đốc" (004:313)', () => {
    expect(
      read(
        '- Các sở, ban, ngành, UBND cấp huyện, cấp xã tổ chức thực hiện theo quy trình đã được UBND tỉnh phê duyệt - Sở Nội vụ hướng dẫn, kiểm tra, đôn đốc',
      ),
    ).toEqual([
      group('cac-so-ban-nganh', 'Các sở, ban, ngành', 'implement'),
      group('ubnd-cap-huyen', 'UBND cấp huyện', 'implement'),
      group('ubnd-cap-xa', 'cấp xã', 'implement'),
      agency('snv', 'Sở Nội vụ', 'guide'),
    ]);
  });

  it('"X chủ trì; Y phối hợp" as two clauses (001:65) and "tham gia" as support (001:148)', () => {
    expect(read('Sở Nội vụ chủ trì; các sở, ngành, địa phương phối hợp')).toEqual([
      agency('snv', 'Sở Nội vụ', 'lead'),
      group('cac-so-nganh-dia-phuong', 'các sở, ngành, địa phương', 'support'),
    ]);
    expect(read('- Sở Nội vụ chủ trì; - Các Sở, ngành, địa phương tham gia')).toEqual([
      agency('snv', 'Sở Nội vụ', 'lead'),
      group('cac-so-nganh-dia-phuong', 'Các Sở, ngành, địa phương', 'support'),
    ]);
  });

  it('a supporter with only groups as partners leads when nobody chairs (004:299), and appraises under a chair (001:88 + 001:93)', () => {
    expect(
      read('- Sở Kế hoạch và Đầu tư phối hợp với các sở, ngành, địa phương, tổ chức hội, hiệp hội xây dựng quy chế trình UBND tỉnh'),
    ).toEqual([
      agency('skhdt', 'Sở Kế hoạch và Đầu tư', 'lead'),
      group('cac-so-nganh-dia-phuong', 'các sở, ngành, địa phương', 'support'),
      group('hoi-hiep-hoi', 'tổ chức hội, hiệp hội', 'support'),
    ]);
    expect(
      read(
        '- Các sở quản lý chuyên ngành chủ trì, hướng dẫn các tổ chức, cá nhân được giao nhiệm vụ cung ứng sản phẩm, dịch vụ công lập phương án giá, tính toán đầy đủ chi phí trong giá dịch vụ - Sở Tài chính phối hợp với các cơ quan liên quan tổ chức thẩm định',
      ),
    ).toEqual([
      group('so-quan-ly-chuyen-nganh', 'Các sở quản lý chuyên ngành', 'lead'),
      agency('stc', 'Sở Tài chính', 'appraise'),
      group('cac-co-quan-don-vi-lien-quan', 'các cơ quan liên quan', 'support'),
    ]);
  });

  it('a paragraph flattened into the next (004:348): "… tham mưu UBND tỉnh Các sở, ngành, địa phương triển khai thực hiện"', () => {
    expect(
      read('Sở Nội vụ chủ trì phối hợp với Sở Thông tin và Truyền thông tham mưu UBND tỉnh Các sở, ngành, địa phương triển khai thực hiện'),
    ).toEqual([
      agency('snv', 'Sở Nội vụ', 'lead'),
      agency('stttt', 'Sở Thông tin và Truyền thông', 'support'),
      group('cac-so-nganh-dia-phuong', 'Các sở, ngành, địa phương', 'implement'),
    ]);
  });

  it('a verb at the start of a bullet is no agency: "Tổ chức Hội nghị …" (004:289), "Xây dựng …"', () => {
    expect(
      read(
        '- Sở Kế hoạch và Đầu tư chủ trì tham mưu ban hành kế hoạch tổng kết; phân công các sở, ngành rà soát, báo cáo đánh giá và đề xuất cơ chế, chính sách, giải pháp - Tổ chức Hội nghị tổng kết để hoàn thiện các đề xuất chính sách trình HĐND tỉnh, UBND tỉnh',
      ),
    ).toEqual([agency('skhdt', 'Sở Kế hoạch và Đầu tư', 'lead')]);
    expect(read('- Xây dựng kế hoạch triển khai')).toEqual([]);
  });

  it('deduplicates one (agency, role) pair and reads an empty cell as nobody', () => {
    expect(
      read(
        'Sở Thông tin và Truyền thông chủ trì phối hợp với Sở Nội vụ, Sở Tư pháp và các sở, ngành, địa phương tham mưu công bố Danh mục thủ tục hành chính trực tuyến; đồng thời chủ trì tham mưu các giải pháp kỹ thuật và hướng dẫn việc tổ chức triển khai thực hiện.',
      ),
    ).toEqual([
      agency('stttt', 'Sở Thông tin và Truyền thông', 'lead'),
      agency('snv', 'Sở Nội vụ', 'support'),
      agency('stp', 'Sở Tư pháp', 'support'),
      group('cac-so-nganh-dia-phuong', 'các sở, ngành, địa phương', 'support'),
    ]);
    expect(read('')).toEqual([]);
  });
});

describe('extractAssignment wired to the agency registry', () => {
  const resolve = (name: string): string | null => matchAgency(name)?.id ?? null;

  it('resolves the bare members of ex.1 and ex.8 to registry ids', () => {
    const ids = (text: string): Array<[string | null, AssignmentRole]> =>
      extractAssignment(text, resolve).map((entry) => [entry.agencyId ?? entry.groupId, entry.role]);
    expect(ids('- Các Sở Giáo dục và Đào tạo, Y tế, Lao động, Thương binh và Xã hội, Văn hóa và Thể thao xây dựng và trình UBND tỉnh Đề án')).toEqual([
      ['so-giao-duc-dao-tao', 'implement'],
      ['so-y-te', 'implement'],
      ['so-lao-dong-tbxh', 'implement'],
      ['so-van-hoa-the-thao', 'implement'],
    ]);
    expect(ids('Sở Tư pháp chủ trì phối hợp với Thông tin và Truyền thông, Sở Nội vụ hướng dẫn các sở, ban, ngành thực hiện')).toEqual([
      ['so-tu-phap', 'lead'],
      ['so-thong-tin-truyen-thong', 'support'],
      ['so-noi-vu', 'support'],
    ]);
  });
});

describe('extractAssignment on the task tables of 004, 000 and 001', () => {
  const resolve = (name: string): string | null => matchAgency(name)?.id ?? null;
  const cells = (['004', '000', '001'] as const).flatMap((key) => {
    const table = tsvTaskTables[key];
    return readTsvTaskTable(readFileSync(table.file, 'utf8'), table.file, table).map((row) => ({
      where: `${key}:${row.provenance.line}`,
      entries: extractAssignment(richTextToPlain(parseRichText(row.assignment)), resolve),
    }));
  });

  it('finds somebody in every cell, and a lead (or co-lead) in all but the cells that name none', () => {
    expect(cells.filter(({ entries }) => entries.length === 0).map(({ where }) => where)).toEqual([]);
    const withoutLead = cells.filter(({ entries }) => !entries.some((entry) => entry.role === 'lead' || entry.role === 'co_lead'));
    expect(withoutLead.map(({ where }) => where)).toEqual([
      '004:304',
      '004:305',
      '004:313',
      '004:321',
      '004:326',
      '004:347',
      '004:360',
      '000:48',
      '000:54',
      '000:85',
      '001:35',
      '001:41',
      '001:46',
      '001:81',
      '001:94',
    ]);
  });

  it('never takes UBND tỉnh or Tỉnh ủy for an assignee', () => {
    for (const { entries } of cells) {
      for (const entry of entries) expect(['UBND tỉnh', 'Tỉnh ủy', 'HĐND tỉnh']).not.toContain(entry.text);
    }
  });
});

describe('agencyGroups', () => {
  it('has unique ids and a member level for every group that names one kind of body', () => {
    expect(new Set(agencyGroups.map((entry) => entry.id)).size).toBe(agencyGroups.length);
    expect(matchAgencyGroup('UBND huyện, thị xã, thành phố')?.memberLevel).toBe('district');
    expect(matchAgencyGroup('UBND cấp xã')?.memberLevel).toBe('commune');
    expect(matchAgencyGroup('Các sở, ban, ngành')?.memberLevel).toBe('department');
    expect(matchAgencyGroup('Các cơ quan, đơn vị, địa phương')).toMatchObject({ id: 'cac-co-quan-don-vi-dia-phuong', memberLevel: null });
    expect(matchAgencyGroup('các tổ chức tư vấn')?.memberLevel).toBe('other');
    expect(matchAgencyGroup('Các Ban quản lý dự án')?.memberLevel).toBe('public_service');
  });

  it.each([
    ['Các sở, ban, ngành', 'cac-so-ban-nganh'],
    ['các Sở, ngành liên quan', 'cac-so-ban-nganh'],
    ['các sở có liên quan', 'cac-so-ban-nganh'],
    ['các sở, ngành, địa phương', 'cac-so-nganh-dia-phuong'],
    ['các sở ban, ngành và địa phương', 'cac-so-nganh-dia-phuong'],
    ['Các cơ quan, đơn vị, địa phương', 'cac-co-quan-don-vi-dia-phuong'],
    ['các cơ quan, địa phương', 'cac-co-quan-don-vi-dia-phuong'],
    ['cơ quan, đơn vị liên quan', 'cac-co-quan-don-vi-lien-quan'],
    ['các ngành, cơ quan liên quan', 'cac-co-quan-don-vi-lien-quan'],
    ['Tất cả các cơ quan chuyên môn thuộc UBND tỉnh', 'co-quan-chuyen-mon-ubnd-tinh'],
    ['Các sở thường trực chương trình', 'so-thuong-truc-chuong-trinh'],
    ['Các sở có đơn vị sự nghiệp kinh tế, sự nghiệp kinh tế khác trực thuộc', 'so-co-don-vi-su-nghiep-kinh-te'],
    ['Các sở quản lý chuyên ngành', 'so-quan-ly-chuyen-nganh'],
    ['Các Ban quản lý dự án', 'ban-quan-ly-du-an'],
    ['Các Trường Đại học và Trường Cao đẳng', 'truong-dai-hoc-cao-dang'],
    ['Các đơn vị sự nghiệp công lập', 'don-vi-su-nghiep-cong-lap'],
    ['UBND cấp huyện', 'ubnd-cap-huyen'],
    ['UBND các huyện, thị xã, thành phố', 'ubnd-cap-huyen'],
    ['UBND các xã, phường, thị trấn', 'ubnd-cap-xa'],
    ['đơn vị tư vấn', 'to-chuc-tu-van'],
    ['các chuyên gia, đơn vị nghiên cứu', 'chuyen-gia-don-vi-nghien-cuu'],
    ['tổ chức hội, hiệp hội', 'hoi-hiep-hoi'],
    ['địa phương liên quan được chọn thí điểm', 'dia-phuong'],
  ])('"%s" is the group %s', (text, id) => {
    expect(matchAgencyGroup(text)?.id).toBe(id);
  });

  it.each(['Tổ chức', 'Các Sở', 'Sở Nội vụ', 'UBND tỉnh', 'Văn phòng UBND tỉnh'])('"%s" is no group', (text) => {
    expect(matchAgencyGroup(text)).toBeNull();
  });
});
