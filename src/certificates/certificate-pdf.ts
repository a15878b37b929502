/**
 * A certificate as a printable A4 landscape page: real text in the embedded Montserrat (so it is
 * selectable, searchable and extracts as correct Kazakh and Russian), both languages on one
 * page, and the QR code of its check page. One document can hold many pages (a region's pack):
 * the fonts are embedded once per document, subset to the letters used.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { fontBytes } from '../cards/fonts.ts';
import { formatDate } from '../i18n/dates.ts';
import type { Certificate } from './certificate.ts';
import { sharedFontkit } from './pdf-fontkit.ts';
import { qrPath } from './qr.ts';
import { CERTIFICATE_TEXT } from '../i18n/certificates.ts';
import { COLORS, unitRgb } from '../identity/palette.ts';

/** A4 landscape in PDF points. */
export const A4_LANDSCAPE = [841.89, 595.28] as const;
const [W, H] = A4_LANDSCAPE;
// The movement's one palette (src/identity/palette.ts), as the cards and the site use it.
const NAVY = rgb(...unitRgb(COLORS.navy));
const GOLD = rgb(...unitRgb(COLORS.sun));
const GREY = rgb(0.35, 0.4, 0.45);

interface Fonts {
  regular: PDFFont;
  semibold: PDFFont;
  bold: PDFFont;
}

/** Splits `text` into lines no wider than `width` at `size`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest size up to `size` at which `text` fits `width` on one line. */
function fitSize(text: string, font: PDFFont, size: number, width: number): number {
  return Math.min(size, (size * width) / Math.max(1, font.widthOfTextAtSize(text, size)));
}

function centered(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = NAVY): void {
  page.drawText(text, { x: (W - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color });
}

/** One text, or `kk · ru` when the languages differ. */
function bilingual(kk: string, ru: string): string {
  return kk === ru ? kk : `${kk} · ${ru}`;
}

/** The movement's sun: a disc and twelve rays, as on the cards. */
function drawSun(page: PDFPage, x: number, y: number, radius: number): void {
  page.drawCircle({ x, y, size: radius * 0.5, color: GOLD });
  for (let i = 0; i < 12; i++) {
    const a = (i * Math.PI) / 6;
    page.drawLine({
      start: { x: x + Math.cos(a) * radius * 0.68, y: y + Math.sin(a) * radius * 0.68 },
      end: { x: x + Math.cos(a) * radius * 0.95, y: y + Math.sin(a) * radius * 0.95 },
      thickness: radius * 0.14,
      color: GOLD,
      lineCap: 1,
    });
  }
}

function addPage(doc: PDFDocument, fonts: Fonts, c: Certificate): void {
  const page = doc.addPage([W, H]);
  const kk = CERTIFICATE_TEXT.kk;
  const ru = CERTIFICATE_TEXT.ru;
  page.drawRectangle({ x: 18, y: 18, width: W - 36, height: H - 36, borderColor: NAVY, borderWidth: 3 });
  page.drawRectangle({ x: 27, y: 27, width: W - 54, height: H - 54, borderColor: GOLD, borderWidth: 1.2 });

  drawSun(page, W / 2, H - 76, 22);
  centered(page, kk.movement, H - 118, fonts.semibold, 12);
  centered(page, ru.movement, H - 134, fonts.semibold, 12);
  centered(page, bilingual(c.regionName.kk, c.regionName.ru), H - 151, fonts.regular, 10, GREY);

  if (kk.kind[c.kind] === ru.kind[c.kind]) {
    centered(page, kk.kind[c.kind].toUpperCase(), H - 212, fonts.bold, 46);
  } else {
    centered(page, kk.kind[c.kind].toUpperCase(), H - 200, fonts.bold, 36);
    centered(page, ru.kind[c.kind].toUpperCase(), H - 228, fonts.bold, 20);
  }
  centered(page, `${kk.lead[c.kind]} · ${ru.lead[c.kind]}`, H - 260, fonts.regular, 13, GREY);
  centered(page, c.recipient, H - 305, fonts.bold, fitSize(c.recipient, fonts.bold, 34, 640));

  let y = H - 345;
  for (const [text, largest, color] of [[c.reason.kk, 14, NAVY], [c.reason.ru, 12, GREY]] as const) {
    // A long reason gets a smaller size, down to 9 pt, to stay within three lines.
    let size: number = largest;
    while (size > 9 && wrap(text, fonts.regular, size, 620).length > 3) size -= 0.5;
    for (const line of wrap(text, fonts.regular, size, 620).slice(0, 3)) {
      centered(page, line, y, fonts.regular, size, color);
      y -= size * 1.35;
    }
    y -= 6;
  }

  const left = 70;
  page.drawText(`${kk.number} · ${ru.number}`, { x: left, y: 138, size: 8, font: fonts.regular, color: GREY });
  page.drawText(`№ ${c.id}`, { x: left, y: 120, size: 15, font: fonts.bold, color: NAVY });
  page.drawText(`${kk.date} · ${ru.date}`, { x: left, y: 96, size: 8, font: fonts.regular, color: GREY });
  page.drawText(formatDate(c.date, 'kk'), { x: left, y: 80, size: 11, font: fonts.semibold, color: NAVY });
  page.drawText(formatDate(c.date, 'ru'), { x: left, y: 65, size: 11, font: fonts.semibold, color: NAVY });

  page.drawLine({ start: { x: W / 2 - 120, y: 118 }, end: { x: W / 2 + 120, y: 118 }, thickness: 0.8, color: GREY });
  centered(page, bilingual(c.signer.name.kk, c.signer.name.ru), 100, fonts.semibold, 11);
  const positions = c.signer.position.kk === c.signer.position.ru ? [c.signer.position.kk] : [c.signer.position.kk, c.signer.position.ru];
  positions.forEach((position, i) => centered(page, position, 84 - i * 13, fonts.regular, fitSize(position, fonts.regular, 9.5, 300), GREY));

  const qrSize = 92;
  const qrX = W - 70 - qrSize;
  const qr = qrPath(c.verifyUrl);
  page.drawSvgPath(qr.path, { x: qrX, y: 62 + qrSize, scale: qrSize / qr.size, color: rgb(0, 0, 0), borderWidth: 0 });
  const caption = (text: string, y: number, size: number) =>
    page.drawText(text, { x: qrX + (qrSize - fonts.regular.widthOfTextAtSize(text, size)) / 2, y, size, font: fonts.regular, color: GREY });
  caption(kk.verify, 168, 7.5);
  caption(ru.verify, 158, 7.5);
  const url = c.verifyUrl.replace(/^https?:\/\//, '');
  page.drawText(url, { x: W - 70 - fonts.regular.widthOfTextAtSize(url, 6.5), y: 50, size: 6.5, font: fonts.regular, color: GREY });
}

/** A PDF with one page per certificate, in the given order. */
export async function certificatesPdf(certificates: Certificate[], title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(sharedFontkit);
  doc.setTitle(title);
  doc.setCreator('«Мың жаса!» — npm run certificates');
  const fonts: Fonts = {
    regular: await doc.embedFont(fontBytes(400), { subset: true }),
    semibold: await doc.embedFont(fontBytes(600), { subset: true }),
    bold: await doc.embedFont(fontBytes(800), { subset: true }),
  };
  for (const certificate of certificates) addPage(doc, fonts, certificate);
  return doc.save();
}
