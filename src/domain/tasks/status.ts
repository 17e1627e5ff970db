/**
 * Reads a task's status from its result cell ("Kết quả" / "Tiến độ, kết
 * quả"; seeds inventory §8.1). "đã" alone decides nothing: it is in 55 of the
 * 60 results of 2022. Rules are tried in this order and the first that
 * matches decides, keeping the matched phrase, verbatim, as evidence:
 *
 *  1. empty cell                                           no_result
 *  2. "chưa nhận báo cáo", "chưa báo cáo cập nhật"          not_reported
 *  3. "không/chưa phát sinh"                               not_applicable
 *  4. "tạm dừng", "không thực hiện nhiệm vụ này", the work
 *     merged into a later year's programme                 suspended
 *  5. a cell that opens "Chưa thực hiện", or "chưa sửa đổi
 *     và ban hành" (the province did not produce it)       not_started
 *  6. central guidance missing or awaited ("Chưa có Nghị
 *     định", "chưa có văn bản hướng dẫn", "đang chờ hướng
 *     dẫn", "sau khi Trung ương có văn bản hướng dẫn", "gặp
 *     vướng mắc")                                          blocked
 *  7. the result says the task is still open: "Hiện …
 *     đang …", "tuy nhiên … chưa …", completion scheduled
 *     later ("thời gian hoàn thành trong quý I/2023"), or
 *     the whole cell is "Thực hiện thường xuyên"           in_progress
 *  8. a completed output ("Đã hoàn thành", "đưa vào sử
 *     dụng", "(đạt tỷ lệ 100%)", "tổ chức thành công",
 *     "đã tham mưu UBND tỉnh ban hành …", a document
 *     issued or passed, "đã" + an action, a reported action
 *     opening a line: "Trình UBND tỉnh …", "Thẩm định …")  done
 *  9. work under way ("Đang thực hiện", "đang hoàn thiện",
 *     "tiếp tục nghiên cứu") with no completed output       in_progress
 * 10. anything else: activity reported, completion not
 *     stated                                               in_progress, evidence null
 *
 * Rules 5 and 6 ignore text in parentheses: "(Thanh tra tỉnh … chưa có
 * hướng dẫn của Trung ương)" qualifies a done result, it does not block it.
 * "trong khi chờ hướng dẫn" is work done while waiting, not a block.
 *
 * A cell that reports several agencies under "1. Sở X:" / "- Sở X:" headings
 * (003:79-105) is also read agency by agency; the cell's status is then the
 * agencies' common status, `done` when every agency that reported is done (or
 * had nothing arise), and otherwise `in_progress` with the first unfinished
 * agency's evidence. Agencies that have not reported do not count, unless no
 * agency reported at all.
 */
import type { TaskStatus } from '@/domain/dataset/schema';

export interface StatusReading {
  status: TaskStatus;
  /** The phrase that decided, verbatim from the text; null when no phrase did. */
  evidence: string | null;
}

export interface AgencyResult extends StatusReading {
  agencyText: string;
}

export interface ClassifiedResult extends StatusReading {
  subResults: AgencyResult[];
}

/**
 * A case-insensitive pattern written with plain spaces, each matching any run
 * of white space, that starts at a word boundary ("hiện" in "thực hiện" is
 * not "Hiện").
 */
function phrase(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source.replace(/ /g, '\\s+')})`, 'iu');
}

interface Rule {
  status: TaskStatus;
  patterns: RegExp[];
  /** Matches inside "( … )" are asides and do not count. */
  outsideParentheses?: boolean;
  /** Matches that follow a purpose or a negation ("để trình UBND tỉnh phê duyệt") do not count. */
  factualOnly?: boolean;
}

/**
 * "để trình UBND tỉnh phê duyệt", "sẽ xem xét ban hành", "chưa … ban hành",
 * "trình Trung ương phê duyệt": an intention, a negation or a request for
 * approval, not the approval itself.
 */
const intentBefore = /(?<![\p{L}\p{N}])(?:để|sẽ|chưa|nhằm|không|xem xét|đề nghị|dự kiến|trước khi|khi có|trình)(?:\s+[\p{L}]+){0,3}\s*$/iu;

const notReported: Rule = {
  status: 'not_reported',
  patterns: [phrase('chưa nhận (?:được )?báo cáo'), phrase('chưa báo cáo(?: cập nhật)?')],
};

const notApplicable: Rule = { status: 'not_applicable', patterns: [phrase('(?:không|chưa) phát sinh')] };

const suspended: Rule = {
  status: 'suspended',
  patterns: [
    phrase('tạm dừng(?: triển khai)?'),
    phrase('(?:đề nghị )?không thực hiện nhiệm vụ này'),
    phrase('sẽ (?:tổng hợp|lồng ghép|gộp)[^.;\\n]{0,160}? vào [^.;\\n]{0,80}?năm \\d{4}'),
  ],
};

const notStarted: Rule = {
  status: 'not_started',
  outsideParentheses: true,
  patterns: [phrase('^\\s*chưa (?:thực hiện|triển khai)'), phrase('chưa sửa đổi(?:,| và) ban hành')],
};

const centralActor = '(?:Trung ương|Chính phủ|Thủ tướng(?: Chính phủ)?|Bộ [\\p{L}]+(?: [\\p{L}]+){0,6}?)';

const blocked: Rule = {
  status: 'blocked',
  outsideParentheses: true,
  patterns: [
    phrase('chưa có (?:Nghị định|Thông tư|Luật|văn bản hướng dẫn|hướng dẫn)(?: mới)?(?: của [^.;,\\n]{2,60})?'),
    phrase('(?<!trong khi )(?:đang )?chờ (?:hướng dẫn|ý kiến|văn bản)(?: của [^.;,\\n]{2,60})?'),
    phrase(`${centralActor} chưa (?:ban hành|hướng dẫn|sửa đổi)`),
    phrase(`sau khi ${centralActor} (?:có văn bản hướng dẫn|có hướng dẫn|ban hành)`),
    phrase('sau khi (?:Thông tư|Nghị định|Luật)[^.;\\n]{0,40}? được ban hành'),
    phrase('(?:gặp|còn) (?:khó khăn, )?vướng mắc'),
  ],
};

const stillOpen: Rule = {
  status: 'in_progress',
  patterns: [
    phrase('^\\s*thực hiện thường xuyên\\.?\\s*$'),
    phrase('(?<=(?:^|[\\n.,;:(-])\\s*)Hiện(?: nay)?,? (?:[^.;\\n]{0,80}? )?đang [\\p{L}]+(?: [\\p{L}]+)?'),
    phrase('tuy nhiên,? [^.;\\n]*?chưa [^.;\\n]*'),
    phrase('(?:thời gian|dự kiến) hoàn thành (?:trong )?(?:quý|năm|tháng) [^.;,\\n]+'),
  ],
};

const documentKinds =
  '(?:Quyết định|Công văn|Kế hoạch|Nghị quyết|Thông báo|Báo cáo|Chỉ thị|Hướng dẫn|văn bản|Quy định|Quy chế|Chương trình|Danh mục|Đề án|Tờ trình)';
const documentReference = `${documentKinds}(?: số [^\\s,;]+)?(?: ngày \\d{1,2}/\\d{1,2}/\\d{4})?`;
const actionVerbs =
  '(?:tham mưu|chủ trì|ban hành|thực hiện|tổ chức|thẩm định|trình|báo cáo|phê duyệt|công bố|xây dựng|triển khai|phối hợp|cập nhật|kết nối|gửi|rà soát|hoàn thiện|tổng hợp|giao|đăng ký|nghiên cứu)';
const issuingVerbs = '(?:ban hành|thông qua|phê duyệt|công bố|tổ chức|báo cáo|quyết định)';
const reportedActions = '(?:Trình|Ban hành|Thẩm định|Tổ chức|Báo cáo|Tham mưu|Gửi|Giao|Phê duyệt|Công bố|Cử)';
/** An agency named as the subject, word by word, stopping before any tense or verb word. */
const agencySubject =
  '(?:Sở|Văn phòng|Ban|Thanh tra|UBND)(?: (?!(?:đang|để|sẽ|chưa|đã|không|trình|thẩm)(?![\\p{L}]))[\\p{L}&-]+){1,8}';

/** In order of how plainly they say the work is finished; the first that matches gives the evidence. */
const done: Rule = {
  status: 'done',
  factualOnly: true,
  patterns: [
    phrase('đã hoàn thành'),
    phrase('(?:tổ chức|kết nối|triển khai) thành công'),
    phrase('đưa vào (?:sử dụng|hoạt động)'),
    phrase('đạt tỷ lệ 100%'),
    phrase('^\\s*Đã thực hiện'),
    phrase(`đã tham mưu (?:UBND tỉnh )?(?:trình HĐND tỉnh )?${issuingVerbs}`),
    phrase(`(?:ban hành|thông qua|phê duyệt|công bố) ${documentReference}`),
    phrase(`tham mưu (?:UBND tỉnh|Ban cán sự Đảng(?: UBND tỉnh)?|Chủ tịch UBND tỉnh)(?: trình HĐND tỉnh)? ${issuingVerbs}`),
    phrase(`đã ${actionVerbs}`),
    phrase(`(?:^|\\n)\\s*(?:[-+]|\\d+\\.)?\\s*(${reportedActions}(?: [^\\s,.;:]+){1,5})`),
    phrase(`(${agencySubject} (?:trình UBND tỉnh ${issuingVerbs}|thẩm định(?: [\\p{L}]+){1,3}))`),
  ],
};

const underWay: Rule = {
  status: 'in_progress',
  patterns: [
    phrase('đang (?:tiếp tục )?[\\p{L}]+(?: [\\p{L}]+)?'),
    phrase('tiếp tục (?:nghiên cứu|hoàn thiện|hoàn chỉnh|rà soát|triển khai|thực hiện)'),
  ],
};

/** Rules that decide on their own, in order; `done` and `underWay` are weighed against each other after them. */
const decisiveRules: Rule[] = [notReported, notApplicable, suspended, notStarted, blocked, stillOpen];

function parenthesisedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const pattern = /\([^()]*\)/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/**
 * The rule's evidence: the first of its patterns, in the rule's order, that
 * matches outside any aside the rule ignores. A pattern's first group, when
 * it has one, is the phrase without the list marker before it.
 */
function firstMatch(text: string, rule: Rule): string | null {
  const asides = rule.outsideParentheses ? parenthesisedSpans(text) : [];
  for (const pattern of rule.patterns) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    for (let match = global.exec(text); match; match = global.exec(text)) {
      const index = match.index;
      const value = (match[1] ?? match[0]).trim();
      const aside = asides.some(([start, end]) => index >= start && index < end);
      const intended = rule.factualOnly === true && intentBefore.test(text.slice(Math.max(0, index - 40), index));
      if (value !== '' && !aside && !intended) return value;
      if (match[0] === '') global.lastIndex += 1;
    }
  }
  return null;
}

/** One text, one status: the rule order above. */
function classifyText(text: string): StatusReading {
  const normalised = text.normalize('NFC');
  if (normalised.trim() === '') return { status: 'no_result', evidence: null };
  for (const rule of decisiveRules) {
    const evidence = firstMatch(normalised, rule);
    if (evidence) return { status: rule.status, evidence };
  }
  const completed = firstMatch(normalised, done);
  if (completed) return { status: 'done', evidence: completed };
  const ongoing = firstMatch(normalised, underWay);
  return { status: 'in_progress', evidence: ongoing };
}

const agencyHead = '(?:Sở|Văn phòng|Ban|UBND|Ủy ban nhân dân|Thanh tra|Cục|Kho bạc|Bảo hiểm xã hội|Bưu điện|Trung tâm)';
/** "1. Sở Giáo dục và Đào tạo:", "- Sở Kế hoạch và Đầu tư: Trình …", "… nông thôn mới Sở Nông nghiệp và Phát triển nông thôn:". */
const agencyHeading = new RegExp(`(?:^|\\s)(${agencyHead} [^:\\n]{1,60}?):(?!\\S)`, 'gu');
/** A heading names an agency, not a sentence: "Sở Nội vụ đã:" or "… đã chủ trì:" is the start of a report. */
const verbInName = /(?:^|\s)(?:đã|đang|sẽ|chủ trì|tham mưu|ban hành|trình|thực hiện|triển khai|tổ chức|phối hợp|tham gia|với|cho|tại|về|theo)(?:\s|$)/iu;

interface Heading {
  agencyText: string;
  start: number;
}

function agencyHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  agencyHeading.lastIndex = 0;
  for (let match = agencyHeading.exec(text); match; match = agencyHeading.exec(text)) {
    const name = (match[1] ?? '').trim();
    if (!verbInName.test(name)) headings.push({ agencyText: name, start: match.index + match[0].indexOf(name) });
  }
  return headings;
}

function splitByAgency(text: string): AgencyResult[] {
  const headings = agencyHeadings(text);
  const distinct = new Set(headings.map((heading) => heading.agencyText));
  if (distinct.size < 2) return [];
  return headings.map((heading, index) => {
    const end = headings[index + 1]?.start ?? text.length;
    const body = text.slice(heading.start + heading.agencyText.length, end).replace(/^\s*:/, '');
    const bodyWithoutNextNumber = body.replace(/(?:\n|\s)+(?:\d+\.|-|\+)?\s*$/u, '');
    return { agencyText: heading.agencyText, ...classifyText(bodyWithoutNextNumber) };
  });
}

const settled: TaskStatus[] = ['done', 'not_applicable'];

function combine(subResults: AgencyResult[]): StatusReading {
  const reported = subResults.filter((sub) => sub.status !== 'not_reported' && sub.status !== 'no_result');
  const first = subResults[0];
  if (reported.length === 0) return first ? { status: first.status, evidence: first.evidence } : { status: 'no_result', evidence: null };
  const statuses = new Set(reported.map((sub) => sub.status));
  const only = reported[0];
  if (statuses.size === 1 && only) return { status: only.status, evidence: only.evidence };
  const unfinished = reported.find((sub) => !settled.includes(sub.status));
  if (!unfinished) {
    const doneSub = reported.find((sub) => sub.status === 'done');
    return { status: 'done', evidence: doneSub?.evidence ?? null };
  }
  return { status: 'in_progress', evidence: unfinished.evidence };
}

export function classifyResult(resultText: string): ClassifiedResult {
  const text = resultText.normalize('NFC');
  const subResults = splitByAgency(text);
  if (subResults.length === 0) return { ...classifyText(text), subResults };
  return { ...combine(subResults), subResults };
}
