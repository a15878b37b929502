/**
 * Where a regional representation's `curator:` block stands in its file: the one place whose
 * contacts (the adult curator's official phone and e-mail) are allowed.
 *
 * Found from the text, not by parsing: region files are block mappings at the top level, so the
 * block runs from a line starting `curator:` to the next line that starts at column 0 (the next
 * key, or a top-level comment). A curator written some other way (a flow mapping for the whole
 * file) is simply not recognised, and its contacts are reported: the safe direction.
 */
import type { SourceFile } from '../../content/load.ts';

const CURATOR_KEY = /^curator[ \t]*:/m;
const TOP_LEVEL_LINE = /\n(?=[^\s])/g;

/** The `[start, end)` offsets into `file.text` of the curator key and its value, if any. */
export function curatorBlock(file: SourceFile): [number, number] | undefined {
  const text = file.yaml.text;
  const key = CURATOR_KEY.exec(text);
  if (!key) return undefined;
  TOP_LEVEL_LINE.lastIndex = key.index + key[0].length;
  const next = TOP_LEVEL_LINE.exec(text);
  return [file.yaml.offset + key.index, file.yaml.offset + (next ? next.index : text.length)];
}
