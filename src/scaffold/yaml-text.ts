/**
 * Writing YAML the way coordinators' files are written (flow maps for members, `[a, b]` lists)
 * and inserting into a file without reformatting the rest: the new text goes in at a position
 * found with eemeli's `yaml` source ranges, every other byte of the file stays as it was.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { BilingualError } from '../cli/bilingual.ts';

/** A date written unquoted (`2027-06-01`), as coordinators write them; YAML reads it as a date. */
export class PlainDate {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

export type FlowValue = string | number | boolean | PlainDate | FlowValue[] | { [key: string]: FlowValue | undefined };

/** A value as one line of flow YAML: `{ id: aru-a, name: Ару А., heads: [zhezkazgan] }`. */
export function flow(value: FlowValue): string {
  if (value instanceof PlainDate) return value.text;
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined) as [string, FlowValue][];
    return `{ ${entries.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
  }
  if (typeof value !== 'string') return String(value);
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

/**
 * Words, digits, spaces, dots, hyphens, apostrophes and slashes (ids such as `turkistan/sayram`),
 * not read by YAML as anything but text.
 */
function isPlainSafe(text: string): boolean {
  if (!/^[\p{L}\p{N}][\p{L}\p{N} .'’/-]*$/u.test(text) || text.endsWith(' ')) return false;
  return !/^(true|false|yes|no|on|off|null|~|[-+]?[\d.]+([eE][-+]?\d+)?|\d{4}-\d{2}-\d{2}.*)$/i.test(text);
}

/**
 * Appends `item` (flow YAML, or block YAML whose later lines are indented relative to the item)
 * to the block or empty sequence at `path`, matching the indentation of its items. Throws when
 * the path is not a sequence.
 */
export function appendToSequence(text: string, path: (string | number)[], item: string): string {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const seq = doc.getIn(path, true);
  if (!isSeq(seq)) throw shapeError(path.join('.'), 'тізім', 'список');
  const pair = pairAt(doc.contents, path);
  if (seq.items.length > 0 && !seq.flow) {
    const first = seq.items[0] as { range?: [number, number, number] };
    const last = seq.items.at(-1) as { range?: [number, number, number] };
    const indent = text.slice(lineStart(text, first.range![0]), first.range![0]).replace(/-\s*$/, '');
    const at = lineEnd(text, last.range![1]);
    return `${text.slice(0, at)}\n${indent}- ${indented(item, indent)}${text.slice(at)}`;
  }
  if (seq.items.length > 0 || !pair) throw shapeError(path.join('.'), 'әр элементі жеке жолда тұрған тізім («- …»)', 'список, где каждый элемент на своей строке («- …»)');
  // An empty `[]`: becomes a block list under its key.
  const keyStart = (pair.key as { range: [number, number, number] }).range[0];
  const indent = ' '.repeat(keyStart - lineStart(text, keyStart) + 2);
  const [start, end] = (seq as YAMLSeq & { range: [number, number, number] }).range;
  return `${text.slice(0, start).trimEnd()}\n${indent}- ${indented(item, indent)}${text.slice(end)}`;
}

function indented(item: string, indent: string): string {
  return item.split('\n').join(`\n${indent}  `);
}

/**
 * Adds `value` to the flow list `key` of the map at `path` (`coordinates: [a]` → `[a, b]`), or
 * adds the key with a one-item list when the map has none. Works on flow and block maps.
 */
export function addToListField(text: string, path: (string | number)[], key: string, value: string): string {
  const doc = parseDocument(text);
  const map = doc.getIn(path, true);
  if (!isMap(map)) throw shapeError(path.join('.'), 'кілт: мән жазбасы', 'запись «ключ: значение»');
  const list = map.get(key, true);
  if (isSeq(list)) {
    if (!list.flow) throw shapeError(`${path.join('.')}.${key}`, 'бір жолдағы тізім ([a, b])', 'список в одну строку ([a, b])');
    const close = text.lastIndexOf(']', (list as YAMLSeq & { range: [number, number, number] }).range[1]);
    return `${text.slice(0, close)}${list.items.length ? ', ' : ''}${flow(value)}${text.slice(close)}`;
  }
  const [start, end] = (map as YAMLMap & { range: [number, number, number] }).range;
  if (map.flow) {
    const close = text.lastIndexOf('}', end);
    return `${text.slice(0, close).trimEnd()}, ${key}: [${flow(value)}] ${text.slice(close)}`;
  }
  const indent = ' '.repeat(start - lineStart(text, start));
  const at = lineEnd(text, end);
  return `${text.slice(0, at)}\n${indent}${key}: [${flow(value)}]${text.slice(at)}`;
}

/** Appends `key:` with a block list of one `item` (as for `appendToSequence`) at the end of the document. */
export function appendKey(text: string, key: string, item: string): string {
  return `${text.replace(/\s*$/, '\n')}${key}:\n  - ${indented(item, '  ')}\n`;
}

function pairAt(root: unknown, path: (string | number)[]): Pair | undefined {
  let node = root;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      pair = (node as YAMLMap).items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      node = pair?.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = (node as YAMLSeq).items[segment];
      pair = undefined;
    } else return undefined;
  }
  return pair;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', Math.max(offset - 1, 0));
  return end === -1 ? text.length : end;
}

/** The file is not shaped as the scaffolder expects at `where`: named, with the shape it needs (kk, ru). */
function shapeError(where: string, kk: string, ru: string): BilingualError {
  return new BilingualError({
    kk: `${where}: мұнда ${kk} күтілді. Файлды қолмен түзетіңіз немесе осы пішінге келтіріп, қайта іске қосыңыз.`,
    ru: `${where}: здесь ожидается ${ru}. Исправьте файл вручную или приведите его к этому виду и запустите снова.`,
  });
}
