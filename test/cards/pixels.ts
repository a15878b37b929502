/** Pixel helpers for card tests: decode a PNG and find where two renderings differ. */
import sharp from 'sharp';
import type { Rect } from '../../src/cards/templates/text.ts';

export interface Raster {
  width: number;
  height: number;
  channels: number;
  data: Buffer;
}

/** Decodes a PNG into raw pixels (throws if the bytes are not a decodable image). */
export async function decode(png: Buffer): Promise<Raster> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels, data };
}

/** The bounding box of the pixels that differ between two rasters of one size, or undefined. */
export function differenceBox(a: Raster, b: Raster): Rect | undefined {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -1, -1];
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * a.channels;
      let same = true;
      for (let c = 0; c < a.channels; c++) if (a.data[i + c] !== b.data[i + c]) same = false;
      if (same) continue;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return maxX < 0 ? undefined : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}

/** True when `inner` lies wholly inside `outer`. */
export function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}
