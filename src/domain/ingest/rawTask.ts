import type { Provenance } from '../dataset/schema';

/**
 * A task row as read from a report, before deadlines, assignments and status
 * are interpreted. Cells are HTML fragments: as printed in the TSV reports, or
 * rebuilt from the PDF-text report's lines; `parseRichText` turns them into structure.
 */
export interface RawTaskRow {
  /** Roman numeral of the section as printed ("VI I" already read as "VII"). */
  sectionNumeral: string;
  /** Section heading, verbatim (tags stripped). */
  sectionHeading: string;
  /** 1-based position of the section in the plan. */
  sectionPosition: number;
  /** Number as printed in the TT cell ("" for an unnumbered task). */
  number: string;
  task: string;
  deliverable: string;
  deadline: string;
  assignment: string;
  result: string;
  provenance: Provenance;
  notes: string[];
}
