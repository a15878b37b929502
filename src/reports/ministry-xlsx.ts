/** The Ministry list as an Excel workbook: a summary sheet, then one sheet per region. */
import ExcelJS from 'exceljs';
import { DRAFT_MARK, MEMBER_COLUMNS, NO_REPRESENTATION, SUMMARY_COLUMNS, SUMMARY_SHEET, TITLE, APPROVED_BY, CURATOR } from './ministry-headers.ts';
import { approvalDate, type MinistryList, type MinistryRegion } from './ministry-list.ts';

const RED = 'FFC00000';

/** Writes the workbook to `path`. A draft carries the mark on top of every sheet, in its page header and tab colour. */
export async function writeMinistryXlsx(list: MinistryList, path: string, draft: boolean): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Мың жаса!';
  book.title = draft ? `${DRAFT_MARK} — ${TITLE(list.season)}` : TITLE(list.season);
  const summary = sheet(book, SUMMARY_SHEET, draft);
  heading(summary, TITLE(list.season), SUMMARY_COLUMNS.length, draft);
  header(summary, SUMMARY_COLUMNS);
  for (const [i, region] of list.regions.entries()) summary.addRow(summaryRow(i + 1, region));
  widths(summary, [7, 28, 18, 14, 16, 14, 14, 30, 34, 50, 22]);
  const names = new Set<string>([SUMMARY_SHEET]);
  for (const region of list.regions) {
    if (!region.representation) continue;
    const ws = sheet(book, sheetName(region.name.ru, names), draft);
    heading(ws, `${region.name.ru} / ${region.name.kk}`, MEMBER_COLUMNS.length, draft);
    const r = region.representation;
    if (r.approved) ws.addRow([`${APPROVED_BY}: ${r.approved.by.ru} / ${r.approved.by.kk}, ${r.approved.order}, ${approvalDate(r.approved)}`]);
    if (r.curator) ws.addRow([`${CURATOR}: ${[r.curator.name, r.curator.position, r.curator.email, r.curator.phone].filter(Boolean).join(', ')}`]);
    header(ws, MEMBER_COLUMNS);
    for (const m of r.members) ws.addRow([m.number, m.name, m.grade, `${m.role.ru} / ${m.role.kk}`, `${m.heads.ru} / ${m.heads.kk}`]);
    widths(ws, [7, 34, 10, 18, 60]);
  }
  await book.xlsx.writeFile(path);
}

function sheet(book: ExcelJS.Workbook, name: string, draft: boolean): ExcelJS.Worksheet {
  const ws = book.addWorksheet(name, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  if (draft) {
    ws.properties.tabColor = { argb: RED };
    ws.headerFooter.oddHeader = `&C&"Arial,Bold"&14&KC00000${DRAFT_MARK}`;
  }
  return ws;
}

/** The draft mark (when a draft) and the sheet's title, each across the table's width. */
function heading(ws: ExcelJS.Worksheet, title: string, width: number, draft: boolean): void {
  const rows: [string, Partial<ExcelJS.Font>][] = [...(draft ? [[DRAFT_MARK, { bold: true, size: 14, color: { argb: RED } }] as [string, Partial<ExcelJS.Font>]] : []), [title, { bold: true, size: 12 }]];
  for (const [text, font] of rows) {
    const row = ws.addRow([text]);
    row.font = font;
    ws.mergeCells(row.number, 1, row.number, width);
  }
}

function header(ws: ExcelJS.Worksheet, columns: readonly string[]): void {
  const row = ws.addRow([...columns]);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'top' };
  ws.views = [{ state: 'frozen', ySplit: row.number }];
}

function summaryRow(number: number, region: MinistryRegion): (string | number)[] {
  const r = region.representation;
  if (!r) return [number, `${region.name.ru} / ${region.name.kk}`, NO_REPRESENTATION, '', 0, region.units, 0, '', '', '', ''];
  const contacts = r.curator ? [r.curator.email, r.curator.phone].filter(Boolean).join(', ') : '';
  const social = r.social.map((s) => `${s.network}: ${s.url}${s.followers !== undefined ? ` (${s.followers})` : ''}`).join('\n');
  const resubmitted = r.resubmissions.map((x) => `${x.letter}, ${x.date}`).join('; ');
  return [number, `${region.name.ru} / ${region.name.kk}`, r.approved?.order ?? '', approvalDate(r.approved), r.members.length, region.units, region.unitsHeaded, r.curator ? [r.curator.name, r.curator.position].filter(Boolean).join(', ') : '', contacts, social, resubmitted];
}

function widths(ws: ExcelJS.Worksheet, values: number[]): void {
  values.forEach((width, i) => (ws.getColumn(i + 1).width = width));
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\ and unique. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  let candidate = base;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base.slice(0, 28)} ${i}`;
  taken.add(candidate);
  return candidate;
}
