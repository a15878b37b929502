/**
 * The Ministry list as CSV: one row per regional member. UTF-8 with a BOM and `;` between
 * fields, which is what Excel with a Russian or Kazakh locale opens correctly on a double click.
 */
import { writeFile } from 'node:fs/promises';
import { CSV_COLUMNS, DRAFT_MARK } from './ministry-headers.ts';
import { approvalDate, type MinistryList } from './ministry-list.ts';

const BOM = '\uFEFF';

/** The CSV text; a draft starts with a row carrying the draft mark. */
export function ministryCsv(list: MinistryList, draft: boolean): string {
  const rows: (string | number)[][] = [];
  if (draft) rows.push([DRAFT_MARK]);
  rows.push([...CSV_COLUMNS]);
  for (const region of list.regions) {
    const r = region.representation;
    if (!r) continue;
    for (const m of r.members) {
      rows.push([`${region.name.ru} / ${region.name.kk}`, m.number, m.name, m.grade, `${m.role.ru} / ${m.role.kk}`, `${m.heads.ru} / ${m.heads.kk}`, r.approved?.order ?? '', approvalDate(r.approved)]);
    }
  }
  return BOM + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

export async function writeMinistryCsv(list: MinistryList, path: string, draft: boolean): Promise<void> {
  await writeFile(path, ministryCsv(list, draft), 'utf8');
}

/**
 * Every field quoted, quotes doubled (RFC 4180), so `;`, commas and line breaks are safe; and a
 * field a spreadsheet would take for a formula is written as text (`formulaSafe`).
 */
function cell(value: string | number): string {
  return `"${formulaSafe(String(value)).replace(/"/g, '""')}"`;
}

/**
 * CSV formula injection (OWASP): Excel and LibreOffice run a cell that starts with `=`, `+`, `-`
 * or `@` (or a TAB or CR before one) as a formula — `=HYPERLINK("…"&C2&C3)` in an order number
 * would send the row's names away. Such a cell gets a leading `'`, which both show as text.
 */
export function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
