/** Reads certificates back the way a person's PDF viewer does: pdfjs-dist text and pixels. */
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument } from 'pdf-lib';

async function open(bytes: Uint8Array) {
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
}

/** The text of every page, as extraction (copy, search) gives it. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdf = await open(bytes);
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  return pages;
}

/** Each page's size in points. */
export async function pdfPageSizes(bytes: Uint8Array): Promise<{ width: number; height: number }[]> {
  return (await PDFDocument.load(bytes)).getPages().map((page) => page.getSize());
}

/** A page rasterised by pdfjs-dist at `scale` pixels per point. */
async function pdfImage(bytes: Uint8Array, pageNumber: number, scale: number): Promise<ImageData> {
  const pdf = await open(bytes);
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  // pdfjs-dist's own canvas factory (on Node it draws with @napi-rs/canvas, its optional dependency).
  const factory = (pdf as unknown as { canvasFactory: { create(w: number, h: number): { canvas: { width: number; height: number }; context: CanvasRenderingContext2D } } }).canvasFactory;
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvas: canvas as never, canvasContext: context, viewport }).promise;
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** Rasterises a page with pdfjs-dist and decodes the QR code on it (undefined if none scans). */
export async function pdfQr(bytes: Uint8Array, pageNumber = 1): Promise<string | undefined> {
  const image = await pdfImage(bytes, pageNumber, 2);
  return jsQR(new Uint8ClampedArray(image.data.buffer), image.width, image.height)?.data;
}

/** The colour `[r, g, b]` a viewer shows at each point (PDF coordinates: x from the left, y from the bottom) of a page. */
export async function pdfColours(bytes: Uint8Array, points: [number, number][], pageNumber = 1): Promise<[number, number, number][]> {
  const scale = 1;
  const image = await pdfImage(bytes, pageNumber, scale);
  return points.map(([x, y]) => {
    const i = (Math.round(image.height - y * scale) * image.width + Math.round(x * scale)) * 4;
    return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
  });
}
