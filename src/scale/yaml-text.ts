/**
 * A minimal YAML writer for generated content: block maps and lists, with chosen values written
 * as one-line flow collections (`{ kk: …, ru: … }`) the way CONTENT-MODEL.md shows them.
 *
 * Why not eemeli's `yaml`: the national dataset is ≈ 12 MB and must generate in seconds; this
 * writer only ever sees the plain shapes the generator builds, so it stays tiny and fast. Every
 * string is written plain only when it cannot change type or break a flow collection; anything
 * else is double-quoted with JSON escaping (a valid YAML double-quoted scalar).
 */
export type YamlScalar = string | number | boolean;
export type YamlValue = YamlScalar | YamlValue[] | { [key: string]: YamlValue | undefined } | Flow;

const FLOW = Symbol('flow');
export interface Flow {
  readonly [FLOW]: YamlValue;
}

/** Marks a map or list to be written on one line: `{ a: 1, b: [x, y] }`. */
export function flow(value: YamlValue): Flow {
  return { [FLOW]: value };
}

function isFlow(value: unknown): value is Flow {
  return typeof value === 'object' && value !== null && FLOW in value;
}

/** Dates and date-times are written plain on purpose: YAML (and so the build) reads them as dates. */
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?[+-]\d{2}:\d{2})?$/;
/** Letters first, then only characters that are inert in both block and flow context. */
const PLAIN_SAFE = /^\p{L}(?:[\p{L}\p{M}\p{N} .'()/-]*[\p{L}\p{M}\p{N}.)])?$/u;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n)$/i;

function scalar(value: YamlScalar): string {
  if (typeof value !== 'string') return String(value);
  if (DATE_LIKE.test(value) || (PLAIN_SAFE.test(value) && !RESERVED.test(value))) return value;
  return JSON.stringify(value);
}

function inline(value: YamlValue): string {
  if (isFlow(value)) return inline(value[FLOW]);
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object') {
    const pairs = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{ ${pairs.map(([k, v]) => `${k}: ${inline(v!)}`).join(', ')} }`;
  }
  return scalar(value);
}

function isBlockCollection(value: YamlValue): value is YamlValue[] | { [key: string]: YamlValue | undefined } {
  return typeof value === 'object' && !isFlow(value) && !(Array.isArray(value) && value.length === 0);
}

function blockMap(map: { [key: string]: YamlValue | undefined }, indent: string, out: string[]): void {
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    if (!isBlockCollection(value)) {
      out.push(`${indent}${key}: ${inline(value)}`);
      continue;
    }
    out.push(`${indent}${key}:`);
    if (Array.isArray(value)) blockSeq(value, `${indent}  `, out);
    else blockMap(value, `${indent}  `, out);
  }
}

function blockSeq(items: YamlValue[], indent: string, out: string[]): void {
  for (const item of items) {
    if (!isBlockCollection(item)) {
      out.push(`${indent}- ${inline(item)}`);
    } else if (Array.isArray(item)) {
      throw new Error('a list directly inside a list is not written in block style; wrap it in flow()');
    } else {
      const start = out.length;
      blockMap(item, `${indent}  `, out);
      out[start] = `${indent}- ${out[start]!.slice(indent.length + 2)}`;
    }
  }
}

/** A YAML document (block style at the top) followed by a newline. */
export function toYamlText(value: YamlValue): string {
  const out: string[] = [];
  if (Array.isArray(value)) blockSeq(value, '', out);
  else if (typeof value === 'object' && !isFlow(value)) blockMap(value, '', out);
  else out.push(inline(value));
  return `${out.join('\n')}\n`;
}
