/**
 * Reads who does what from the "Phân công và cách thức thực hiện" cell
 * (seeds inventory §5.2, §5.3).
 *
 * A cell is cut into bullets (" - ", line breaks) and clauses (";", ". ").
 * A clause opens with its subjects, a list of agencies and groups, and goes
 * on with a verb that gives them their role:
 *   "chủ trì"                                  lead (co_lead when several subjects share it)
 *   "tham mưu", "tổng hợp", "hướng dẫn triển khai"
 *                                              lead when nobody in the cell "chủ trì", else implement
 *   "thẩm định"                                appraise
 *   "hướng dẫn", "kiểm tra", "đôn đốc"         guide
 *   "phối hợp", "tham gia"                     support
 *   "xây dựng", "triển khai", "thực hiện", …   implement
 *   no verb at all (a bare list)               support when someone in the cell "chủ trì", else implement
 * Inside the clause, the names after "phối hợp (với)" support, and the names
 * after "gửi" take the role of the verb that follows them ("gửi Sở Nội vụ
 * thẩm định" → appraise). When the subjects are themselves the ones who
 * "phối hợp với" a named agency, that agency is the one acting: it takes the
 * following verb's role (appraise or guide) or leads. When the partners are
 * all groups, the subjects lead if nobody in the cell "chủ trì" ("Sở Kế
 * hoạch và Đầu tư phối hợp với các sở, ngành, địa phương … xây dựng quy
 * chế"), and otherwise take the following verb's role when it is appraise or
 * guide ("Sở Tài chính phối hợp với các cơ quan liên quan tổ chức thẩm định").
 *
 * Names are found longest first, so a comma or "và" inside a name ("Lao động,
 * Thương binh và Xã hội", "Sở Thông tin và Truyền thông") never splits it.
 * "UBND tỉnh" and "Tỉnh ủy" are recipients or authors of documents here, never
 * assignees. Extraction is a reading aid: the raw cell stays searchable.
 */
import type { AssignmentEntry, AssignmentRole } from '@/domain/dataset/schema';
import { foldVietnamese } from '@/domain/text/fold';
import { matchAgencyGroup } from './agencyGroups';

export type ResolveAgency = (name: string) => string | null;

type VerbClass = 'lead' | 'lead_unless_chaired' | 'appraise' | 'guide' | 'support' | 'implement' | 'none' | 'other';

interface NameHit {
  text: string;
  agencyId: string | null;
  groupId: string | null;
}

interface NameList {
  names: NameHit[];
  end: number;
}

const maxNameWords = 16;

/** Words a provincial body's name starts with; a name without one is a bare department ("Tài chính"). */
const agencyHead =
  /^(?:Sở|Ban|Văn phòng|Thanh tra|Cục|Chi cục|Tổng cục|Kho bạc|Bảo hiểm|Bưu điện|Phòng|UBND|Ủy ban|Chi nhánh|Trường|Trung tâm|Đài|Công an|Ngân hàng|Bộ|Hội|Liên đoàn|Liên minh|Tỉnh đoàn|Quỹ)\s/u;

/** Named in most cells as the one advised or the author of a document, never as an assignee (§5.1). */
const notAssignees = new Set(['ubnd tinh', 'uy ban nhan dan tinh', 'tinh uy', 'hdnd tinh', 'chu tich ubnd tinh', 'trung uong']);

/** "Các Sở: A, B" / "Các Sở A, B": the members that follow are department names without "Sở". */
const departmentListPrefix = /^(?:các|những) sở\s*:?\s+/iu;

const separator = /^(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)/u;

const verbClasses: Array<[string, VerbClass]> = [
  ['chu tri', 'lead'],
  ['huong dan trien khai', 'lead_unless_chaired'],
  ['tham muu', 'lead_unless_chaired'],
  ['tong hop', 'lead_unless_chaired'],
  ['to chuc tham dinh', 'appraise'],
  ['tham dinh', 'appraise'],
  ['huong dan', 'guide'],
  ['kiem tra', 'guide'],
  ['don doc', 'guide'],
  ['theo doi', 'guide'],
  ['phoi hop', 'support'],
  ['tham gia', 'support'],
  ['xay dung', 'implement'],
  ['trien khai', 'implement'],
  ['thuc hien', 'implement'],
  ['to chuc', 'implement'],
  ['ra soat', 'implement'],
  ['lap ', 'implement'],
  ['hoan thien', 'implement'],
  ['bao cao', 'implement'],
  ['de xuat', 'implement'],
  ['trinh', 'implement'],
  ['ban hanh', 'implement'],
  ['cap nhat', 'implement'],
];

/** Adverbs that may stand between the subjects and their verb. */
const leadingAdverbs = /^(?:chu dong|dong thoi|truc tiep|tiep tuc)\s+/;

function classifyVerb(text: string): VerbClass {
  let folded = foldVietnamese(text).replace(/^[\s,.;:-]+/, '');
  if (folded === '') return 'none';
  folded = folded.replace(leadingAdverbs, '');
  const found = verbClasses.find(([verb]) => folded.startsWith(verb));
  return found ? found[1] : 'other';
}

function normaliseCell(text: string): string {
  return text
    .normalize('NFC')
    .replace(/…/g, '...')
    .replace(/[ \t\u00a0]+/g, ' ');
}

/** Word ends after `start`, furthest first, with trailing punctuation trimmed off the span. */
function candidateSpans(text: string, start: number): Array<{ span: string; end: number }> {
  const spans: Array<{ span: string; end: number }> = [];
  const wordEnd = /\S+/gu;
  wordEnd.lastIndex = start;
  for (let count = 0; count < maxNameWords; count += 1) {
    const word = wordEnd.exec(text);
    if (!word) break;
    const raw = text.slice(start, word.index + word[0].length);
    const span = raw.replace(/[\s,;:.]+$/u, '');
    if (span !== '') spans.push({ span, end: start + span.length });
  }
  return spans.reverse();
}

interface NameOptions {
  /** Department names written without "Sở" are accepted (object lists, "Các Sở:" lists). */
  bare: boolean;
}

function nameAt(text: string, start: number, options: NameOptions, resolveAgency: ResolveAgency): { hit: NameHit; end: number } | null {
  for (const { span, end } of candidateSpans(text, start)) {
    if (/\s(?:và|với|của)$/u.test(span)) continue;
    if (notAssignees.has(foldVietnamese(span))) continue;
    const group = matchAgencyGroup(span);
    if (group) return { hit: { text: span, agencyId: null, groupId: group.id }, end };
    let agencyId: string | null = null;
    if (agencyHead.test(`${span} `)) agencyId = resolveAgency(span);
    else if (options.bare && /^\p{Lu}/u.test(span)) agencyId = resolveAgency(span) ?? resolveAgency(`Sở ${span}`);
    if (agencyId) return { hit: { text: span, agencyId, groupId: null }, end };
  }
  return null;
}

/** The list of names that opens at `start` ("Sở Nội vụ và Sở Thông tin và Truyền thông", "Các Sở: Tài chính, Nội vụ"). */
function namesAt(text: string, start: number, options: NameOptions, resolveAgency: ResolveAgency): NameList {
  const names: NameHit[] = [];
  let position = start;
  let bare = options.bare;
  let end = start;
  for (;;) {
    let at = position;
    if (names.length > 0) {
      const gap = separator.exec(text.slice(position));
      if (!gap) break;
      at = position + gap[0].length;
    }
    let found = nameAt(text, at, { bare }, resolveAgency);
    if (!found) {
      const prefix = departmentListPrefix.exec(text.slice(at));
      if (prefix) {
        bare = true;
        found = nameAt(text, at + prefix[0].length, { bare }, resolveAgency);
      }
    }
    if (!found) break;
    names.push(found.hit);
    position = found.end;
    end = found.end;
  }
  return { names, end };
}

/**
 * A line that opens in lower case, or follows a line cut after "Sở", "và",
 * "với", "của", "các" or a comma, continues that line: a name or list broken
 * by a page break ("Văn phòng UBND tỉnh, Sở" / "Thông tin và Truyền thông").
 */
const continuesLine = (previous: string, line: string): boolean =>
  /^\p{Ll}/u.test(line) || /(?:\s(?:Sở|và|với|của|các)|[,-])$/iu.test(previous);

/** Bullets: lines (one per paragraph or list item) and " - " before a capital, but not the dash inside "Lao động - Thương binh". */
function splitBullets(cell: string): string[] {
  const lines: string[] = [];
  for (const raw of cell.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const previous = lines[lines.length - 1];
    if (previous !== undefined && !/^[-–—+•]\s/u.test(line) && continuesLine(previous, line)) {
      lines[lines.length - 1] = `${previous} ${line}`;
    } else {
      lines.push(line);
    }
  }
  return lines
    .flatMap(splitInlineBullets)
    .map((bullet) => bullet.replace(/^[-–—+•]\s*/u, '').trim())
    .filter((bullet) => bullet !== '');
}

const dashInsideName = /(?:lao động|văn hóa)$/iu;

function splitInlineBullets(line: string): string[] {
  const pieces: string[] = [];
  const dash = /\s[-–—+]\s+(?=\p{Lu})/gu;
  let from = 0;
  for (let match = dash.exec(line); match; match = dash.exec(line)) {
    if (dashInsideName.test(line.slice(0, match.index))) continue;
    pieces.push(line.slice(from, match.index));
    from = match.index + match[0].length;
  }
  pieces.push(line.slice(from));
  return pieces;
}

/** Clauses of a bullet: ";", ". " before a capital, and a capital "Các"/"Tất cả" mid-sentence (a paragraph flattened). */
function splitClauses(bullet: string): string[] {
  return bullet
    .split(/\s*;\s*|\.\s+(?=\p{Lu})|(?<=[\p{Ll}\p{N}])\s+(?=(?:Các|Tất cả)\s)/u)
    .map((text) => text.trim())
    .filter((text) => text !== '');
}

/** Lower-case asides ("(thuế, đất đai, …)", 004:288), "trên cơ sở hướng dẫn của bộ, ngành" and ellipses carry no assignee. */
function dropAsides(clause: string): string {
  return clause
    .replace(/\s*\((?=\p{Ll})[^)]*\)/gu, '')
    .replace(/\s*trên cơ sở hướng dẫn của bộ, ngành,?/giu, '')
    .replace(/\s*,?\s*\.{3}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Collector {
  add(hit: NameHit, role: AssignmentRole): void;
  entries: AssignmentEntry[];
}

function collector(): Collector {
  const entries: AssignmentEntry[] = [];
  const seen = new Set<string>();
  return {
    entries,
    add(hit, role) {
      const key = `${hit.agencyId ?? `group:${hit.groupId ?? ''}`}|${role}`;
      if (seen.has(key)) return;
      seen.add(key);
      entries.push({ agencyId: hit.agencyId, groupId: hit.groupId, text: hit.text, role });
    },
  };
}

const chaired = /chủ trì/iu;

interface ClauseContext {
  /** Someone in the cell "chủ trì": the others advise, compile or partner under that lead. */
  cellChaired: boolean;
  resolveAgency: ResolveAgency;
  out: Collector;
}

function roleOfVerb(verb: VerbClass, subjectCount: number, context: ClauseContext): AssignmentRole {
  const leadRole: AssignmentRole = subjectCount > 1 ? 'co_lead' : 'lead';
  switch (verb) {
    case 'lead':
      return leadRole;
    case 'lead_unless_chaired':
      return context.cellChaired ? 'implement' : leadRole;
    case 'appraise':
    case 'guide':
    case 'support':
    case 'implement':
    case 'other':
      return verb;
    case 'none':
      return context.cellChaired ? 'support' : 'implement';
  }
}

const partnerVerb = /(?:^|\s)(phối hợp(?:\s+với)?|gửi)\s+/giu;

interface PartnerList {
  kind: 'partner' | 'recipient';
  names: NameHit[];
  verbAfter: VerbClass;
  /** Offset of "phối hợp" in the verb phrase: 0 when it is the subjects' own verb. */
  offset: number;
}

function partnerLists(phrase: string, resolveAgency: ResolveAgency): PartnerList[] {
  const lists: PartnerList[] = [];
  partnerVerb.lastIndex = 0;
  for (let match = partnerVerb.exec(phrase); match; match = partnerVerb.exec(phrase)) {
    const start = match.index + match[0].length;
    const { names, end } = namesAt(phrase, start, { bare: true }, resolveAgency);
    if (names.length === 0) continue;
    const verb = (match[1] ?? '').toLowerCase();
    lists.push({
      kind: verb === 'gửi' ? 'recipient' : 'partner',
      names,
      verbAfter: classifyVerb(phrase.slice(end)),
      offset: phrase.slice(0, match.index).trim().length,
    });
    partnerVerb.lastIndex = end;
  }
  return lists;
}

function readClause(clause: string, context: ClauseContext): void {
  const { resolveAgency, out } = context;
  const text = dropAsides(clause);
  const subjects = namesAt(text, 0, { bare: false }, resolveAgency);
  const phrase = text.slice(subjects.end);
  const verb = classifyVerb(phrase);
  const partners = partnerLists(phrase, resolveAgency);
  const ownPartners = verb === 'support' ? partners.find((list) => list.kind === 'partner' && list.offset === 0) : undefined;

  let subjectRole = roleOfVerb(verb, subjects.names.length, context);
  if (ownPartners) {
    const partnersAreAgencies = ownPartners.names.some((name) => name.agencyId !== null);
    if (partnersAreAgencies) {
      const acting = ownPartners.verbAfter === 'appraise' || ownPartners.verbAfter === 'guide' ? ownPartners.verbAfter : 'lead';
      for (const name of ownPartners.names) out.add(name, name.agencyId !== null ? acting : 'support');
    } else if (!context.cellChaired) {
      subjectRole = subjects.names.length > 1 ? 'co_lead' : 'lead';
    } else if (ownPartners.verbAfter === 'appraise' || ownPartners.verbAfter === 'guide') {
      subjectRole = ownPartners.verbAfter;
    }
  }
  for (const name of subjects.names) out.add(name, subjectRole);

  for (const list of partners) {
    if (list === ownPartners && list.names.some((name) => name.agencyId !== null)) continue;
    if (list.kind === 'partner') {
      for (const name of list.names) out.add(name, 'support');
      continue;
    }
    const recipientRole = roleOfRecipient(list.verbAfter);
    if (recipientRole) for (const name of list.names) out.add(name, recipientRole);
  }
}

/** "gửi Sở Nội vụ thẩm định" → appraise; "gửi Sở Tài chính phối hợp" → support; a bare "gửi X" assigns nothing. */
function roleOfRecipient(verb: VerbClass): AssignmentRole | null {
  if (verb === 'appraise' || verb === 'guide' || verb === 'support') return verb;
  return null;
}

export function extractAssignment(text: string, resolveAgency: ResolveAgency): AssignmentEntry[] {
  const cell = normaliseCell(text);
  const out = collector();
  const cellChaired = chaired.test(cell);
  const context: ClauseContext = { cellChaired, resolveAgency, out };
  for (const bullet of splitBullets(cell)) {
    let pendingSubjects = '';
    for (const clause of splitClauses(bullet)) {
      const joined = pendingSubjects === '' ? clause : `${pendingSubjects}, ${clause}`;
      const cleaned = dropAsides(joined);
      const subjects = namesAt(cleaned, 0, { bare: false }, resolveAgency);
      const onlyNames = subjects.names.length > 0 && cleaned.slice(subjects.end).replace(/[\s,.;:]/gu, '') === '';
      if (onlyNames) {
        pendingSubjects = cleaned;
        continue;
      }
      pendingSubjects = '';
      readClause(joined, context);
    }
    if (pendingSubjects !== '') readClause(pendingSubjects, context);
  }
  return out.entries;
}
