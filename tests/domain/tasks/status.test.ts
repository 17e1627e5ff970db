import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyResult } from '@/domain/tasks/status';
import { applyStatusOverride, statusOverrideSchema, type StatusOverride } from '@/domain/tasks/statusOverrides';

function reading(text: string): { status: string; evidence: string | null } {
  const { status, evidence } = classifyResult(text);
  return { status, evidence };
}

describe('classifyResult: the signals of seeds inventory §8.1, verbatim', () => {
  it('an empty cell has no result', () => {
    expect(classifyResult('')).toEqual({ status: 'no_result', evidence: null, subResults: [] });
    expect(reading(' \n ')).toEqual({ status: 'no_result', evidence: null });
  });

  it.each([
    ['Sở Nội vụ chưa nhận báo cáo.', 'chưa nhận báo cáo'],
    ['Sở Kế hoạch và Đầu tư chưa báo cáo cập nhật.', 'chưa báo cáo cập nhật'],
    ['Sở Xây dựng chưa báo cáo cập nhật.', 'chưa báo cáo cập nhật'],
  ])('not reported: "%s"', (text, evidence) => {
    expect(reading(text)).toEqual({ status: 'not_reported', evidence });
  });

  it.each([
    ['Trong năm 2020 không phát sinh cổ phần hóa đơn vị sự nghiệp công lập', 'không phát sinh'],
    ['Trong năm 2022 không phát sinh hồ sơ phương án giá sản phẩm, dịch vụ sự nghiệp công của các cơ quan, đơn vị', 'không phát sinh'],
    ['Chưa phát sinh trong 6 tháng đầu năm 2020', 'Chưa phát sinh'],
  ])('nothing arose: "%s"', (text, evidence) => {
    expect(reading(text)).toEqual({ status: 'not_applicable', evidence });
  });

  it('"Chưa thực hiện." is not started (004:300)', () => {
    expect(reading('Chưa thực hiện.')).toEqual({ status: 'not_started', evidence: 'Chưa thực hiện' });
  });

  it.each([
    ['Chưa có Nghị định mới của Trung ương.', 'Chưa có Nghị định mới của Trung ương'],
    ['Trung ương chưa ban hành Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức.', 'Trung ương chưa ban hành'],
    [
      '- Hiện nay, Trung ương đang xây dựng và lấy ý kiến dự thảo Đề án sắp xếp đơn vị hành chính các cấp giai đoạn 2022-2025, định hướng đến năm 2030.\n- Sau khi Trung ương có văn bản hướng dẫn, Sở Nội vụ sẽ phối hợp với các cơ quan, đơn vị, địa phương tham mưu UBND tỉnh triển khai thực hiện theo quy định.',
      'Sau khi Trung ương có văn bản hướng dẫn',
    ],
    [
      '- Đến cuối năm 2022, Bộ Khoa học và Công nghệ chưa có văn bản hướng dẫn về mô hình áp dụng công nghệ thông tin trong xây dựng và áp dụng HTQLCL (mô hình ISO điện tử).',
      'chưa có văn bản hướng dẫn',
    ],
  ])('central guidance missing or awaited blocks: "%s"', (text, evidence) => {
    expect(reading(text)).toEqual({ status: 'blocked', evidence });
  });

  it('blocked outranks a document issued in the same cell (001:34)', () => {
    const text =
      '- Ngày 23/5/2022, Văn phòng UBND tỉnh đã tham mưu UBND tỉnh ban hành Công văn số 4555/UBND-KSTT về việc nâng cao hiệu quả việc hướng dẫn, tiếp nhận, số hóa, trả kết quả giải quyết TTHC.\n- Văn phòng UBND tỉnh đã phối hợp với Sở Thông tin và Truyền thông tham mưu UBND tỉnh báo cáo Bộ Thông tin và Truyền thông về một số khó khăn, vướng mắc. Hiện đang chờ hướng dẫn của Bộ Thông tin và Truyền thông để thực hiện các bước tiếp theo.';
    expect(reading(text)).toEqual({
      status: 'blocked',
      evidence: 'đang chờ hướng dẫn của Bộ Thông tin và Truyền thông để thực hiện các bước tiếp theo',
    });
  });

  it.each([
    [
      '- Sở Nội vụ đã ban hành Công văn số 3764/SNV-CCHC ngày 06/12/2022, báo cáo UBND tỉnh cho phép tạm dừng triển khai nhiệm vụ này trong năm 2022.',
      'tạm dừng triển khai',
    ],
    [
      '- Sở Thông tin và Truyền thông đã ban hành Công văn số 3286/STTTT-VP ngày 01/11/2022 về việc đề nghị điều chỉnh kinh phí các nhiệm vụ thực hiện kế hoạch CCHC năm 2022 gửi Sở Nội vụ, theo đó đề nghị không thực hiện nhiệm vụ này.',
      'đề nghị không thực hiện nhiệm vụ này',
    ],
    [
      'Do đó, UBND tỉnh sẽ tổng hợp các nội dung của Chương trình xúc tiến đầu tư năm 2023 vào Chương trình xúc tiến đầu tư năm 2024, báo cáo Bộ Kế hoạch và Đầu tư cho ý kiến.',
      'sẽ tổng hợp các nội dung của Chương trình xúc tiến đầu tư năm 2023 vào Chương trình xúc tiến đầu tư năm 2024',
    ],
  ])('suspended, cancelled or merged into a later year: "%s"', (text, evidence) => {
    expect(reading(text)).toEqual({ status: 'suspended', evidence });
  });

  it.each([
    ['Đang thực hiện', 'Đang thực hiện'],
    ['Đang thực hiện.', 'Đang thực hiện'],
    ['Đang nghiên cứu thực hiện', 'Đang nghiên cứu'],
    ['Đang triển khai theo tiến độ.', 'Đang triển khai'],
    [
      'Sở Nội vụ đang tiếp tục hoàn thiện dự thảo để trình UBND tỉnh phê duyệt Đề án thí điểm định lượng hóa công việc.',
      'đang tiếp tục hoàn thiện',
    ],
    ['Sở Nội vụ đang thẩm định đề cương và dự toán chi tiết', 'đang thẩm định'],
    ['Hiện đang tiếp tục triển khai thực hiện.', 'Hiện đang tiếp tục'],
    ['Thực hiện thường xuyên', 'Thực hiện thường xuyên'],
  ])('in progress: "%s"', (text, evidence) => {
    expect(reading(text)).toEqual({ status: 'in_progress', evidence });
  });

  it('a critical "tuy nhiên … chưa …" keeps the task open (004:289)', () => {
    expect(reading('Sở Kế hoạch và Đầu tư tổng hợp báo cáo đầy đủ cho Trung ương, tuy nhiên việc chủ trì triển khai tại tỉnh chưa cụ thể.')).toEqual({
      status: 'in_progress',
      evidence: 'tuy nhiên việc chủ trì triển khai tại tỉnh chưa cụ thể',
    });
  });

  it('a completion scheduled later keeps the task open, even after a document issued (001:148)', () => {
    expect(
      reading('UBND tỉnh đã ban hành văn bản số 12143/UBND ngày 07/12/2022, theo đó giao Sở Nội vụ chủ trì, phối hợp Sở, ban, ngành tham mưu triển khai, thời gian hoàn thành trong quý I/2023.'),
    ).toEqual({ status: 'in_progress', evidence: 'thời gian hoàn thành trong quý I/2023' });
  });

  it.each([
    ['Đã thực hiện', 'Đã thực hiện'],
    ['- Đã ban hành Danh mục dự án kêu gọi vốn đầu tư ngoài ngân sách (2017 - 2020).', 'ban hành Danh mục'],
    ['Sở Nội vụ đã tham mưu UBND tỉnh tổ chức thành công Hội nghị Sơ kết hoạt động của Trung tâm Dịch vụ hành chính công trực tuyến tỉnh Khánh Hòa.', 'tổ chức thành công'],
    ['Hệ thống Hội nghị trực tuyến của tỉnh được triển khai và đưa vào sử dụng năm 2022.', 'đưa vào sử dụng'],
    ['Theo tiến độ triển khai của Trung ương, đến thời điểm này, UBND tỉnh đã ban hành hướng dẫn chức năng, nhiệm vụ, quyền hạn của 08 cơ quan chuyên môn thuộc UBND cấp huyện (đạt tỷ lệ 100%).', 'đạt tỷ lệ 100%'],
    ['Đã hoàn thành triển khai kết nối, tích hợp Trung tâm Dịch vụ hành chính công trực tuyến với Cổng Dịch vụ công quốc gia.', 'Đã hoàn thành'],
    [
      'Sở Kế hoạch và Đầu tư đã tham mưu UBND tỉnh ban hành Quyết định số 2286/QĐ-UBND ngày 17/8/2022 về việc ban hành Chương trình hành động nâng cao Chỉ số PCI năm 2022 của tỉnh Khánh Hòa.',
      'đã tham mưu UBND tỉnh ban hành',
    ],
    ['Sở Nội vụ tham mưu UBND tỉnh ban hành kế hoạch triển khai Chương trình phát triển nguồn nhân lực tỉnh Khánh Hòa năm 2020.', 'ban hành kế hoạch'],
    ['Sở Nội vụ:\n- Báo cáo chuyên đề phục vụ xây dựng báo cáo tổng kết 10 năm thực hiện công tác CCHC theo Chương trình tổng thể của Chính phủ;', 'Báo cáo chuyên đề phục vụ xây'],
  ])('done: "%s"', (text, evidence) => {
    expect(reading(text)).toEqual({ status: 'done', evidence });
  });
});

describe('classifyResult: the rule order on whole cells', () => {
  it('a named output outweighs an "đang" clause (the documented rule)', () => {
    const text =
      '- Văn phòng UBND tỉnh tham mưu UBND tỉnh báo cáo, đề xuất đơn giản hóa 02 TTHC lĩnh vực giao thông vận tải, thông tin và truyền thông;\n- UBND huyện Khánh Vĩnh đang triển khai tích hợp, tinh gọn một số tờ khai đất đai.';
    expect(reading(text)).toEqual({ status: 'done', evidence: 'tham mưu UBND tỉnh báo cáo' });
  });

  it('"… để trình UBND tỉnh phê duyệt" is an intention, not an approval (000:70)', () => {
    expect(reading('Sở Nội vụ đang tiếp tục hoàn thiện dự thảo để trình UBND tỉnh phê duyệt Đề án.').status).toBe('in_progress');
  });

  it('a missing guideline in parentheses qualifies a done result without blocking it (001:41)', () => {
    expect(
      reading(
        'Theo tiến độ triển khai của Trung ương, trong năm 2022, UBND tỉnh đã ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn của 15 cơ quan chuyên môn (Thanh tra tỉnh và Sở Nông nghiệp và Phát triển nông thôn chưa có hướng dẫn của Trung ương), đảm bảo sát với tiến độ triển khai của Trung ương.',
      ),
    ).toEqual({ status: 'done', evidence: 'ban hành Quyết định' });
  });

  it('"trong khi chờ hướng dẫn" is work done while waiting, not a block (001:73)', () => {
    expect(
      reading(
        '1. Tính đến thời điểm hiện tại, Sở Nội vụ đã tham mưu UBND tỉnh tạm phê duyệt danh mục vị trí việc làm của tất cả đơn vị sự nghiệp công lập trong khi chờ hướng dẫn của Trung ương (đạt tỷ lệ 100%).',
      ),
    ).toEqual({ status: 'done', evidence: 'đạt tỷ lệ 100%' });
  });

  it('"nothing arose" outranks work done in the same cell (001:94; see the override 2022:V.4)', () => {
    expect(
      reading(
        '1. Trong năm 2022, chưa phát sinh danh mục dịch vụ nhà nước đặt hàng đối với các sản phẩm dịch vụ công ích.\n2. Sở Tài chính đã:\n  - Ban hành Công văn số 2120/STC-TCHCSN ngày 13/6/2022 về việc đặt hàng hoạt động cung ứng tưới, cấp nước.',
      ),
    ).toEqual({ status: 'not_applicable', evidence: 'chưa phát sinh' });
  });

  it('"thực hiện" is not "Hiện": the evidence starts at the real "hiện đang"', () => {
    expect(reading('Thực hiện chỉ đạo của UBND tỉnh, hiện đang tiếp tục nghiên cứu, phối hợp, hoàn thiện 02 Đề án.')).toEqual({
      status: 'in_progress',
      evidence: 'hiện đang tiếp tục',
    });
  });
});

describe('classifyResult: per-agency sub-results', () => {
  const midYearI1 =
    '- Sở Giáo dục và Đào tạo: Chưa báo cáo cập nhật.\n- Sở Y tế: Đã giao quyền tự chủ cho Trung tâm Chăm sóc sức khỏe giai đoạn 2019 - 2021.\n- Sở Lao động - Thương binh và Xã hội: Thực hiện chỉ đạo của UBND tỉnh, hiện đang tiếp tục nghiên cứu, phối hợp, hoàn thiện 02 Đề án “Tiếp nhận, chăm sóc đối tượng tự nguyện”.';

  it('reads each agency of a "- Sở X: …" cell on its own (003:79-105)', () => {
    const result = classifyResult(midYearI1);
    expect(result.subResults).toEqual([
      { agencyText: 'Sở Giáo dục và Đào tạo', status: 'not_reported', evidence: 'Chưa báo cáo cập nhật' },
      { agencyText: 'Sở Y tế', status: 'done', evidence: 'Đã giao' },
      { agencyText: 'Sở Lao động - Thương binh và Xã hội', status: 'in_progress', evidence: 'hiện đang tiếp tục' },
    ]);
    expect(result.status).toBe('in_progress');
    expect(result.evidence).toBe('hiện đang tiếp tục');
  });

  it('the cell is done when every agency that reported is done', () => {
    const result = classifyResult('1. Sở Y tế: Đã thực hiện.\n2. Sở Tài chính: Đã ban hành Công văn số 1/STC ngày 02/3/2020.');
    expect(result.subResults.map((sub) => sub.status)).toEqual(['done', 'done']);
    expect(result.status).toBe('done');
  });

  it('the cell is not reported when no agency reported', () => {
    const result = classifyResult('- Sở Giáo dục và Đào tạo: Chưa báo cáo cập nhật.\n- Sở Xây dựng: chưa báo cáo cập nhật.');
    expect(result.status).toBe('not_reported');
  });

  it('one agency heading, or a report heading with a verb ("Sở Nội vụ đã:"), gives no sub-results', () => {
    expect(classifyResult('Sở Nội vụ:\n- Đã tham mưu UBND tỉnh ban hành Công văn.').subResults).toEqual([]);
    expect(classifyResult('Sở Nội vụ đã:\n- Tham mưu UBND tỉnh ban hành Công văn.\nSở Tài chính đã:\n- Ban hành Công văn.').subResults).toEqual([]);
  });
});

describe('classifyResult: properties', () => {
  const words = fc.constantFrom(
    'Sở Nội vụ',
    'đã',
    'đang',
    'chưa',
    'Hiện',
    'thực hiện',
    'tham mưu UBND tỉnh',
    'ban hành',
    'Quyết định số 1/QĐ-UBND',
    'phát sinh',
    'chờ hướng dẫn',
    'tạm dừng',
    'tuy nhiên',
    '(',
    ')',
    ':',
    '\n- ',
    '1.',
    'Sở Y tế:',
  );
  const cellText = fc.oneof(fc.string(), fc.array(fc.oneof(words, fc.string({ maxLength: 5 })), { maxLength: 20 }).map((parts) => parts.join(' ')));

  it('never throws, and its evidence is always a phrase of the text', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const result = classifyResult(text);
        const normalised = text.normalize('NFC');
        for (const reading of [result, ...result.subResults]) {
          if (reading.evidence !== null) expect(normalised.includes(reading.evidence)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('applyStatusOverride', () => {
  const overrides: StatusOverride[] = [
    { taskId: '2022:V.4', status: 'done', reason: 'Rule: not_applicable on «chưa phát sinh»; item 2 reports the ordering done.' },
  ];

  it('keeps the rule when no override names the task', () => {
    expect(applyStatusOverride('2022:V.3', { status: 'not_applicable', evidence: 'không phát sinh' }, overrides)).toEqual({
      status: 'not_applicable',
      evidence: 'không phát sinh',
      statusSource: 'rule',
    });
  });

  it('gives the reviewed status with its reason as evidence', () => {
    expect(applyStatusOverride('2022:V.4', { status: 'not_applicable', evidence: 'chưa phát sinh' }, overrides)).toEqual({
      status: 'done',
      evidence: 'Rule: not_applicable on «chưa phát sinh»; item 2 reports the ordering done.',
      statusSource: 'override',
    });
  });

  it('accepts task ids of every period and rejects malformed ones', () => {
    for (const taskId of ['2017-Q1:I.3', '2020-H1:VIII.6', '2020:IX', '2022:VII.12']) {
      expect(statusOverrideSchema.safeParse({ taskId, status: 'done', reason: 'x' }).success).toBe(true);
    }
    for (const taskId of ['2022-VII.3', '2022:7.3', 'VII.3', '2022:VII.3:x']) {
      expect(statusOverrideSchema.safeParse({ taskId, status: 'done', reason: 'x' }).success).toBe(false);
    }
    expect(statusOverrideSchema.safeParse({ taskId: '2022:VII.3', status: 'finished', reason: 'x' }).success).toBe(false);
  });
});
