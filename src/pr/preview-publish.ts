/**
 * The trusted side of the preview (pr-comment.yml's `render` job, the base branch's code): reads
 * the preview folder the untrusted pull-request job uploaded, accepts its manifest only through
 * the strict schema (`parseManifest`) and each image only if it is a regular file holding a PNG
 * of bounded size and dimensions, and copies the accepted images under the head commit's SHA for
 * the `publish` job. Nothing but PNG bytes is ever published: no HTML, SVG or script from a
 * fork reaches any origin. Any fault rejects the whole preview (the comment says so).
 */
import { copyFileSync, lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { manifestImages, parseManifest, PreviewError, type PreviewManifest } from './preview.ts';

export const MANIFEST_FILE = 'manifest.json';
const MAX_MANIFEST_BYTES = 64 * 1024;
/** A story card is 1080×1920; a page picture 1280 wide, cut at 4000. */
export const MAX_IMAGE_WIDTH = 2560;
export const MAX_IMAGE_HEIGHT = 8000;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_PREVIEW_BYTES = 80 * 1024 * 1024;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG (from its IHDR chunk, the first one), or undefined for anything else. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (bytes.readUInt32BE(8) !== 13 || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A SHA the event gave: 40 hex digits (the folder the images are published under). */
export const HEAD_SHA = /^[0-9a-f]{40}$/;

/** Validates a preview folder; returns its manifest and the images it names (preview-folder paths). */
export function validatePreview(dir: string): { manifest: PreviewManifest; images: string[] } {
  const manifestPath = join(dir, MANIFEST_FILE);
  const manifest = parseManifest(readRegularFile(manifestPath, MAX_MANIFEST_BYTES, 'manifest').toString('utf8'));
  const images = manifestImages(manifest);
  let total = 0;
  for (const [i, image] of images.entries()) {
    const bytes = readRegularFile(join(dir, image), MAX_IMAGE_BYTES, `image.${i}`);
    const size = pngSize(bytes);
    if (!size || size.width < 1 || size.height < 1 || size.width > MAX_IMAGE_WIDTH || size.height > MAX_IMAGE_HEIGHT) throw new PreviewError(`image.${i}.png`);
    total += bytes.length;
    if (total > MAX_PREVIEW_BYTES) throw new PreviewError('size');
  }
  return { manifest, images };
}

/** Copies the accepted images to `out/<sha>/…`, the tree the publish job commits. */
export function stagePreview(dir: string, images: string[], out: string, sha: string): void {
  if (!HEAD_SHA.test(sha)) throw new PreviewError('sha');
  for (const image of images) {
    const target = join(out, sha, image);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(dir, image), target);
  }
}

/** A regular file (never a link or a folder) no larger than `max`. */
function readRegularFile(path: string, max: number, where: string): Buffer {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    throw new PreviewError(`${where}.missing`);
  }
  if (!stat.isFile() || stat.size > max) throw new PreviewError(`${where}.file`);
  return readFileSync(path);
}
