/**
 * The QR code printed on a certificate: the address of its check page, drawn as vector shapes
 * (sharp at any print size, and no image to encode and decode per certificate).
 */
import QRCode from 'qrcode';

/** Modules of white around the code, as scanners need (the standard asks for 4; 2 is plenty on a white page). */
export const QR_QUIET_ZONE = 2;

/**
 * The dark modules of the QR code of `url` as one SVG path, in module units with the quiet zone
 * included (`size` modules square). Medium error correction: a folded or stained paper still scans.
 */
export function qrPath(url: string): { size: number; path: string } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const runs: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      // One rectangle per run of dark modules in a row.
      runs.push(`M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return { size: modules.size + 2 * QR_QUIET_ZONE, path: runs.join('') };
}
