/**
 * A certificate as a printable A4 page: real text in the embedded Montserrat (so it is
 * selectable, searchable and extracts as correct Kazakh and Russian), both languages on one
 * page, the QR code of its check page, the signer once and a place for the seal (М.О. / М.П.).
 *
 * Each kind has its own layout, so a diploma is told from the others across a room, not by its
 * title alone: a diploma is landscape and ceremonial (double frame, ram's-horn ornaments in the
 * corners, a medal with the movement's sun); a certificate is landscape and plain (a navy band
 * with the sun and the QR code, text set to the left); a letter of thanks is a portrait letter
 * with ornamental bands at the top and bottom. Colours are the cards' palette.
 *
 * One document can hold many pages (a region's pack): the fonts are embedded once per document,
 * subset to the letters used.
 */
import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { fontBytes } from '../cards/fonts.ts';
import { formatDate } from '../i18n/dates.ts';
import type { Certificate } from './certificate.ts';
import { sharedFontkit } from './pdf-fontkit.ts';
import { qrPath } from './qr.ts';
import { CERTIFICATE_MESSAGES, CERTIFICATE_TEXT, CertificateError, type AwardKind } from '../i18n/certificates.ts';
import { COLORS, unitRgb } from '../identity/palette.ts';

/** A4 landscape in PDF points. */
export const A4_LANDSCAPE = [841.89, 595.28] as const;
/** A4 portrait in PDF points: the letter of thanks. */
export const A4_PORTRAIT = [595.28, 841.89] as const;
/** The page each kind is printed on. */
export const PAGE_OF: Record<AwardKind, readonly [number, number]> = { diploma: A4_LANDSCAPE, certificate: A4_LANDSCAPE, thanks: A4_PORTRAIT };

// The movement's one palette (src/identity/palette.ts), as the cards and the site use it.
const NAVY = rgb(...unitRgb(COLORS.navy));
const GOLD = rgb(...unitRgb(COLORS.sun));
const WHITE = rgb(...unitRgb(COLORS.white));
/** Secondary text: a grey that prints legibly on school printers. */
const GREY = rgb(0.35, 0.4, 0.45);

interface Fonts {
  regular: PDFFont;
  semibold: PDFFont;
  bold: PDFFont;
}

const KK = CERTIFICATE_TEXT.kk;
const RU = CERTIFICATE_TEXT.ru;

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

/** Draws `text` centred on `cx`. */
function centered(page: PDFPage, text: string, cx: number, y: number, font: PDFFont, size: number, color = NAVY): void {
  page.drawText(text, { x: cx - font.widthOfTextAtSize(text, size) / 2, y, size, font, color });
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

/** A gold rule with a diamond in its middle, under a title. */
function drawRule(page: PDFPage, cx: number, y: number, halfWidth: number): void {
  page.drawLine({ start: { x: cx - halfWidth, y }, end: { x: cx - 9, y }, thickness: 1.2, color: GOLD });
  page.drawLine({ start: { x: cx + 9, y }, end: { x: cx + halfWidth, y }, thickness: 1.2, color: GOLD });
  page.drawSvgPath('M0 -5 L5 0 L0 5 L-5 0 Z', { x: cx, y, color: GOLD, borderWidth: 0 });
}

/**
 * A corner ornament after the Kazakh қошқар мүйіз (ram's horn): two horns curling in from the
 * corner along both edges, and a diamond at the corner. Drawn for the top-left corner and turned.
 */
const HORNS = 'M6 6 C30 6 52 10 56 24 C60 38 44 44 38 34 C33 26 42 20 46 26 M6 6 C6 30 10 52 24 56 C38 60 44 44 34 38 C26 33 20 42 26 46';
function drawCornerOrnaments(page: PDFPage, inset: number, W: number, H: number, scale: number): void {
  const corners: [number, number, number][] = [[inset, H - inset, 0], [W - inset, H - inset, -90], [W - inset, inset, 180], [inset, inset, 90]];
  for (const [x, y, turn] of corners) {
    page.drawSvgPath(HORNS, { x, y, scale, rotate: degrees(turn), borderColor: GOLD, borderWidth: 2.4, borderLineCap: 1 });
    page.drawSvgPath('M14 6 L22 14 L14 22 L6 14 Z', { x, y, scale, rotate: degrees(turn), color: GOLD, borderWidth: 0 });
  }
}

/** A row of small gold diamonds (an ою band) across the page at `y`. */
function drawDiamondRow(page: PDFPage, y: number, from: number, to: number): void {
  for (let x = from; x <= to; x += 18) page.drawSvgPath('M0 -4 L4 0 L0 4 L-4 0 Z', { x, y, color: GOLD, borderWidth: 0 });
}

/** The movement, both languages, and the recipient's region. */
function drawIssuer(page: PDFPage, fonts: Fonts, c: Certificate, cx: number, y: number, color = NAVY, muted = GREY): void {
  centered(page, KK.movement, cx, y, fonts.semibold, 12, color);
  centered(page, RU.movement, cx, y - 15, fonts.semibold, 12, color);
  centered(page, bilingual(c.regionName.kk, c.regionName.ru), cx, y - 31, fonts.regular, 10, muted);
}

/**
 * The reason in both languages, each up to `maxLines` lines (smaller type down to 9 pt first);
 * returns the next free y. A reason that does not fit even then is refused, never cut.
 */
function drawReason(page: PDFPage, fonts: Fonts, c: Certificate, at: { x: number; align: 'center' | 'left' }, y: number, width: number, maxLines: number): number {
  for (const [lang, text, largest, color] of [['kk', c.reason.kk, 14, NAVY], ['ru', c.reason.ru, 12, GREY]] as const) {
    let size: number = largest;
    while (size > 9 && wrap(text, fonts.regular, size, width).length > maxLines) size -= 0.5;
    const lines = wrap(text, fonts.regular, size, width);
    if (lines.length > maxLines) throw new CertificateError(CERTIFICATE_MESSAGES.reasonTooLong(c.id, lang));
    for (const line of lines) {
      if (at.align === 'center') centered(page, line, at.x, y, fonts.regular, size, color);
      else page.drawText(line, { x: at.x, y, size, font: fonts.regular, color });
      y -= size * 1.35;
    }
    y -= 6;
  }
  return y;
}

/**
 * The project the award rewards, under the recipient: `Жоба: «…»` and `Проект: «…»` (one line
 * when the titles are the same), each on one line, the type shrinking to 8 pt; a title that still
 * does not fit is refused (kk/ru), never cut. Returns the next free y.
 */
function drawProject(page: PDFPage, fonts: Fonts, c: Certificate, at: { x: number; align: 'center' | 'left' }, y: number, width: number): number {
  if (!c.project) return y;
  const { kk, ru } = c.project.title;
  const lines =
    kk === ru
      ? [['kk', `${KK.project} · ${RU.project}: «${kk}»`, fonts.semibold, 12, NAVY] as const]
      : ([['kk', `${KK.project}: «${kk}»`, fonts.semibold, 12, NAVY], ['ru', `${RU.project}: «${ru}»`, fonts.regular, 11, GREY]] as const);
  for (const [lang, text, font, largest, color] of lines) {
    const size = fitSize(text, font, largest, width);
    if (size < 8) throw new CertificateError(CERTIFICATE_MESSAGES.projectTooLong(c.id, c.project.id, lang));
    if (at.align === 'center') centered(page, text, at.x, y, font, size, color);
    else page.drawText(text, { x: at.x, y, size, font, color });
    y -= size * 1.35;
  }
  return y - 8;
}

/** The reason's lines per language: one fewer when the project's lines take their room above it. */
const reasonLines = (c: Certificate, lines: number) => (c.project ? lines - 1 : lines);

/** Number and date of issue, in both languages, from (x, y) downwards. */
function drawNumberAndDate(page: PDFPage, fonts: Fonts, c: Certificate, x: number, y: number): void {
  page.drawText(`${KK.number} · ${RU.number}`, { x, y, size: 8, font: fonts.regular, color: GREY });
  page.drawText(`№ ${c.id}`, { x, y: y - 18, size: 15, font: fonts.bold, color: NAVY });
  page.drawText(`${KK.date} · ${RU.date}`, { x, y: y - 42, size: 8, font: fonts.regular, color: GREY });
  page.drawText(formatDate(c.date, 'kk'), { x, y: y - 58, size: 11, font: fonts.semibold, color: NAVY });
  page.drawText(formatDate(c.date, 'ru'), { x, y: y - 73, size: 11, font: fonts.semibold, color: NAVY });
}

/**
 * The signature: a line to sign on, the signer's name once (a person signs with one name) and the
 * position in both languages; left of the line, a dashed circle where the seal goes (М.О. / М.П.).
 */
function drawSignature(page: PDFPage, fonts: Fonts, c: Certificate, cx: number, y: number): void {
  page.drawLine({ start: { x: cx - 110, y }, end: { x: cx + 110, y }, thickness: 0.8, color: GREY });
  centered(page, c.signer.name, cx, y - 18, fonts.semibold, 11);
  const positions = c.signer.position.kk === c.signer.position.ru ? [c.signer.position.kk] : [c.signer.position.kk, c.signer.position.ru];
  positions.forEach((position, i) => centered(page, position, cx, y - 34 - i * 13, fonts.regular, fitSize(position, fonts.regular, 9.5, 240), GREY));
  const seal = { x: cx - 152, y: y + 6 };
  page.drawCircle({ ...seal, size: 32, borderColor: GREY, borderWidth: 0.8, borderDashArray: [3, 3] });
  centered(page, KK.seal, seal.x, seal.y + 2, fonts.regular, 9, GREY);
  centered(page, RU.seal, seal.x, seal.y - 10, fonts.regular, 9, GREY);
}

/** The QR code of the check page, `size` points square with its top-left at (x, top), captions above. */
function drawQr(page: PDFPage, fonts: Fonts, c: Certificate, x: number, top: number, size: number, captionColor = GREY, gap = 6): void {
  const qr = qrPath(c.verifyUrl);
  page.drawSvgPath(qr.path, { x, y: top, scale: size / qr.size, color: rgb(0, 0, 0), borderWidth: 0 });
  const caption = (text: string, y: number) => centered(page, text, x + size / 2, y, fonts.regular, 7.5, captionColor);
  caption(KK.verify, top + gap + 10);
  caption(RU.verify, top + gap);
}

/** The check page's address, small, right-aligned at `right`: for a reader without a phone. */
function drawUrl(page: PDFPage, fonts: Fonts, c: Certificate, right: number, y: number): void {
  const url = c.verifyUrl.replace(/^https?:\/\//, '');
  page.drawText(url, { x: right - fonts.regular.widthOfTextAtSize(url, 6.5), y, size: 6.5, font: fonts.regular, color: GREY });
}

/** Diploma: landscape, ceremonial — double frame, ram's-horn corners, a medal with the sun, centred text. */
function diplomaPage(doc: PDFDocument, fonts: Fonts, c: Certificate): void {
  const [W, H] = A4_LANDSCAPE;
  const page = doc.addPage([W, H]);
  page.drawRectangle({ x: 18, y: 18, width: W - 36, height: H - 36, borderColor: NAVY, borderWidth: 7 });
  page.drawRectangle({ x: 31, y: 31, width: W - 62, height: H - 62, borderColor: GOLD, borderWidth: 1.5 });
  drawCornerOrnaments(page, 36, W, H, 1);

  // The medal: ribbons behind a navy disc with the gold sun.
  page.drawSvgPath('M-20 0 L-30 44 L-20 37 L-11 47 L-4 0 Z M20 0 L30 44 L20 37 L11 47 L4 0 Z', { x: W / 2, y: H - 92, color: NAVY, borderWidth: 0 });
  page.drawCircle({ x: W / 2, y: H - 84, size: 31, color: NAVY, borderColor: GOLD, borderWidth: 2 });
  drawSun(page, W / 2, H - 84, 24);
  drawIssuer(page, fonts, c, W / 2, H - 160);

  centered(page, KK.kind.diploma.toUpperCase(), W / 2, H - 240, fonts.bold, 48);
  drawRule(page, W / 2, H - 256, 150);
  centered(page, `${KK.lead.diploma} · ${RU.lead.diploma}`, W / 2, H - 280, fonts.regular, 13, GREY);
  centered(page, c.recipient, W / 2, H - 322, fonts.bold, fitSize(c.recipient, fonts.bold, 34, 600));
  drawReason(page, fonts, c, { x: W / 2, align: 'center' }, drawProject(page, fonts, c, { x: W / 2, align: 'center' }, H - 352, 520), 520, reasonLines(c, 3));

  // Clear of the corner ornaments (60 pt from the inner frame).
  drawNumberAndDate(page, fonts, c, 110, 150);
  drawSignature(page, fonts, c, W / 2 + 50, 116);
  const qr = { x: W - 110 - 88, top: 160, size: 88 };
  drawQr(page, fonts, c, qr.x, qr.top, qr.size);
  const url = c.verifyUrl.replace(/^https?:\/\//, '');
  centered(page, url, qr.x + qr.size / 2, qr.top - qr.size - 10, fonts.regular, 6.5, GREY);
}

/** Certificate: landscape, plain — a navy band with the sun and the QR code, the text set to the left. */
function certificatePage(doc: PDFDocument, fonts: Fonts, c: Certificate): void {
  const [W, H] = A4_LANDSCAPE;
  const page = doc.addPage([W, H]);
  const band = 190;
  page.drawRectangle({ x: 0, y: 0, width: band, height: H, color: NAVY });
  page.drawRectangle({ x: band, y: 0, width: 4, height: H, color: GOLD });
  drawSun(page, band / 2, H - 92, 40);
  centered(page, '«Мың жаса!»', band / 2, H - 160, fonts.bold, 20, WHITE);
  const words = [...wrap(KK.movement.replace('«Мың жаса!» ', ''), fonts.regular, 9, 150), ...wrap(RU.movement.replace(' «Мың жаса!»', ''), fonts.regular, 9, 150)];
  words.forEach((line, i) => centered(page, line, band / 2, H - 180 - i * 12, fonts.regular, 9, WHITE));
  // The QR code on a white square inside the band (a scanner needs dark on light).
  page.drawRectangle({ x: band / 2 - 56, y: 48, width: 112, height: 112, color: WHITE });
  drawQr(page, fonts, c, band / 2 - 50, 154, 100, WHITE, 14);

  const left = band + 46;
  const width = W - left - 60;
  page.drawText(bilingual(c.regionName.kk, c.regionName.ru), { x: left, y: H - 62, size: 10, font: fonts.regular, color: GREY });
  page.drawText(KK.kind.certificate.toUpperCase(), { x: left, y: H - 130, size: 46, font: fonts.bold, color: NAVY });
  page.drawRectangle({ x: left, y: H - 150, width: 110, height: 4, color: GOLD });
  page.drawText(`${KK.lead.certificate} · ${RU.lead.certificate}`, { x: left, y: H - 182, size: 13, font: fonts.regular, color: GREY });
  page.drawText(c.recipient, { x: left, y: H - 226, size: fitSize(c.recipient, fonts.bold, 32, width), font: fonts.bold, color: NAVY });
  drawReason(page, fonts, c, { x: left, align: 'left' }, drawProject(page, fonts, c, { x: left, align: 'left' }, H - 262, width), width, reasonLines(c, 3));

  drawNumberAndDate(page, fonts, c, left, 140);
  drawSignature(page, fonts, c, W - 200, 110);
  drawUrl(page, fonts, c, W - 40, 28);
}

/** Letter of thanks: portrait, a letter — ornamental bands at the top and bottom, the sun across the top band. */
function thanksPage(doc: PDFDocument, fonts: Fonts, c: Certificate): void {
  const [W, H] = A4_PORTRAIT;
  const page = doc.addPage([W, H]);
  page.drawRectangle({ x: 0, y: H - 48, width: W, height: 48, color: NAVY });
  drawDiamondRow(page, H - 60, 18, W - 18);
  page.drawRectangle({ x: 0, y: 0, width: W, height: 30, color: NAVY });
  drawDiamondRow(page, 42, 18, W - 18);
  page.drawCircle({ x: W / 2, y: H - 48, size: 30, color: WHITE, borderColor: GOLD, borderWidth: 1.5 });
  drawSun(page, W / 2, H - 48, 26);

  drawIssuer(page, fonts, c, W / 2, H - 106);
  centered(page, KK.kind.thanks.toUpperCase(), W / 2, H - 200, fonts.bold, 36);
  centered(page, RU.kind.thanks.toUpperCase(), W / 2, H - 228, fonts.bold, fitSize(RU.kind.thanks.toUpperCase(), fonts.bold, 18, W - 120));
  drawRule(page, W / 2, H - 246, 120);
  centered(page, `${KK.lead.thanks} · ${RU.lead.thanks}`, W / 2, H - 282, fonts.regular, 12, GREY);
  centered(page, c.recipient, W / 2, H - 326, fonts.bold, fitSize(c.recipient, fonts.bold, 28, W - 120));
  drawReason(page, fonts, c, { x: W / 2, align: 'center' }, drawProject(page, fonts, c, { x: W / 2, align: 'center' }, H - 368, W - 150), W - 150, reasonLines(c, 4));

  drawSignature(page, fonts, c, W / 2 + 80, 300);
  drawNumberAndDate(page, fonts, c, 60, 175);
  drawQr(page, fonts, c, W - 60 - 90, 170, 90);
  drawUrl(page, fonts, c, W - 60, 64);
}

const LAYOUTS: Record<AwardKind, (doc: PDFDocument, fonts: Fonts, c: Certificate) => void> = { diploma: diplomaPage, certificate: certificatePage, thanks: thanksPage };

/** A PDF with one page per certificate, in the given order, each in its kind's layout. */
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
  for (const certificate of certificates) LAYOUTS[certificate.kind](doc, fonts, certificate);
  return doc.save();
}
