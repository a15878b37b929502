/** The QR code printed on a certificate: the address of its check page, as a PNG. */
import QRCode from 'qrcode';

/**
 * A PNG of the QR code of `url`: medium error correction (a folded or stained paper still
 * scans), a quiet zone of 2 modules, 8 px per module so the PDF scales it down crisply.
 */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 8, color: { dark: '#000000ff', light: '#ffffffff' } });
}
