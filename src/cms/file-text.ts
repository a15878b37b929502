/**
 * The text of a content file as the web editor saves it, and its value as the editor reads it:
 * the editor's custom file formats (src/cms/browser/editor.ts) and the tests use these, so what a
 * coordinator saves is what `npm run validate` reads.
 *
 * Written the way the scaffolders write (src/scaffold/yaml-text.ts `flow`): keys in the schema's
 * order, texts in two languages and small records of plain values on one line
 * (`title: { kk: …, ru: … }`, `consent: { name: initial, photo: false }`), lists of plain values as
 * `[a, b]`, dates and date-times unquoted (`2027-06-12T15:00:00+05:00`, always Kazakhstan time),
 * a string quoted only when YAML would read it as something else. YAML comments of a file are
 * not kept (the editor works on values).
 */
import { jsonSchemaOf, type JsonSchema } from '../content/json-schema.ts';
import { KINDS, type FileKind } from '../content/kinds.ts';
import { splitFrontmatter } from '../content/load.ts';
import { parseYaml } from '../content/yaml.ts';
import { KZ_OFFSET } from '../season/calendar.ts';
import { flow, PlainDate, type FlowValue } from '../scaffold/yaml-text.ts';

/**
 * Keys the editor's form holds beside a file's fields, derived from the file when it is read and
 * never written back: a project's `region` (the region select a new project's folder comes from,
 * src/cms/config.ts), read from its `representation` (`<region>[/<unit>[/<rural>]]`).
 */
export const FORM_KEYS: Partial<Record<FileKind, Record<string, (data: Record<string, unknown>) => unknown>>> = {
  project: { region: (data) => (typeof data['representation'] === 'string' ? data['representation'].split('/')[0] : undefined) },
};

/** The value without the editor-only keys of its kind (a file never holds them). */
function withoutFormKeys(kind: FileKind, value: unknown): unknown {
  const keys = FORM_KEYS[kind];
  if (!keys || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !(key in keys)));
}

/** The record with its kind's editor-only keys derived from it. */
function withFormKeys(kind: FileKind, data: Record<string, unknown>): Record<string, unknown> {
  const keys = FORM_KEYS[kind];
  return keys ? { ...Object.fromEntries(Object.entries(keys).map(([key, derive]) => [key, derive(data)])), ...data } : data;
}

const schemas = new Map<FileKind, JsonSchema>();
/** A kind's file schema as JSON Schema with the fields' meta (computed once per kind). */
function schemaOf(kind: FileKind): JsonSchema {
  let schema = schemas.get(kind);
  if (!schema) schemas.set(kind, (schema = jsonSchemaOf(KINDS[kind].schema)));
  return schema;
}

const KZ_OFFSET_MS = 5 * 3_600_000;
/** `2027-06-12T15:00:00+05:00` of an instant, or of a date-time written with any offset. */
export function kazakhstanIso(value: Date | string): string {
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return String(value);
  return `${new Date(instant.getTime() + KZ_OFFSET_MS).toISOString().slice(0, 19)}${KZ_OFFSET}`;
}

/** `YYYY-MM-DD` of a date value (js-yaml reads an unquoted date as midnight UTC). */
const isoDay = (value: Date | string) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && Object.values(value as object).every(isEmpty));

/** The value ready for `flow`/block writing: dates as plain dates, keys in the schema's order, empty optional parts dropped. */
function prepare(value: unknown, schema: JsonSchema | undefined, required: boolean): FlowValue | undefined {
  if (!required && isEmpty(value)) return undefined;
  if (value === undefined || value === null) return undefined;
  if (schema?.widget === 'date' && (typeof value === 'string' || value instanceof Date)) return new PlainDate(isoDay(value));
  if (schema?.widget === 'datetime' && (typeof value === 'string' || value instanceof Date)) return new PlainDate(kazakhstanIso(value));
  if (Array.isArray(value)) return value.map((item) => prepare(item, schema?.items, true)).filter((item): item is FlowValue => item !== undefined);
  if (value instanceof Date) return new PlainDate(isoDay(value));
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const properties = schema?.properties ?? {};
    const required = new Set((schema as { required?: string[] } | undefined)?.required ?? []);
    const extra = typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined;
    // The schema's order first, then any key it does not name (the validator will report it).
    const keys = [...Object.keys(properties).filter((key) => key in record), ...Object.keys(record).filter((key) => !(key in properties))];
    const out: Record<string, FlowValue> = {};
    for (const key of keys) {
      const prepared = prepare(record[key], properties[key] ?? extra, required.has(key));
      if (prepared !== undefined) out[key] = prepared;
    }
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

type Prepared = Exclude<FlowValue, string | number | boolean | PlainDate>;
const isRecord = (value: FlowValue): value is Record<string, FlowValue> => typeof value === 'object' && !Array.isArray(value) && !(value instanceof PlainDate);
const isPlain = (value: FlowValue | undefined) => value !== undefined && !isRecord(value) && !(Array.isArray(value) && value.some((item) => isRecord(item) || Array.isArray(item)));

/** A record written on one line: texts in languages, and records of plain values and plain lists. */
function isFlowRecord(value: Record<string, FlowValue>, schema: JsonSchema | undefined): boolean {
  return schema?.widget === 'locale-text' || Object.values(value).every(isPlain);
}

/** Block YAML lines of `key: value` pairs at `indent`. */
function blockLines(record: Record<string, FlowValue>, schema: JsonSchema | undefined, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    const inner = schema?.properties?.[key] ?? (typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    lines.push(...entryLines(`${indent}${key}:`, value, inner, indent));
  }
  return lines;
}

/** `head` (`key:` or `-`) followed by its value: inline when flow, else nested lines. */
function entryLines(head: string, value: FlowValue, schema: JsonSchema | undefined, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.every(isPlain)) return [`${head} ${flow(value)}`];
    return [`${head}`, ...value.flatMap((item) => itemLines(item, schema?.items, `${indent}  `))];
  }
  if (isRecord(value)) {
    if (isFlowRecord(value, schema)) return [`${head} ${flow(value)}`];
    return [`${head}`, ...blockLines(value, schema, `${indent}  `)];
  }
  return [`${head} ${flow(value)}`];
}

/** One list item: `- { … }` or `- key: value` with the rest of its keys below. */
function itemLines(item: FlowValue, schema: JsonSchema | undefined, indent: string): string[] {
  if (!isRecord(item) || isFlowRecord(item, schema)) return [`${indent}- ${flow(item)}`];
  const lines = blockLines(item, schema, `${indent}  `);
  return lines.length ? [`${indent}- ${lines[0]!.trimStart()}`, ...lines.slice(1)] : [`${indent}- {}`];
}

/** The YAML of a value by its kind's schema (a whole file, or an event's frontmatter). */
export function yamlText(kind: FileKind, value: unknown): string {
  const schema = schemaOf(kind);
  const prepared = prepare(withoutFormKeys(kind, value), schema, true) as Prepared | undefined;
  if (Array.isArray(prepared)) return `${prepared.flatMap((item) => itemLines(item, schema.items, '')).join('\n')}\n`;
  if (!prepared || !isRecord(prepared)) return '';
  return `${blockLines(prepared, schema, '').join('\n')}\n`;
}

/**
 * A file of a frontmatter kind (an event, a project): its frontmatter between `---` lines, then its
 * body. A value with nothing but a body (an event's Russian body, `<slug>.ru.mdx`, which the editor
 * saves with the event's format) is written as the body alone, as CONTENT-MODEL.md has it.
 */
export function frontmatterFileText(kind: FileKind, value: Record<string, unknown>): string {
  const { body, ...data } = value;
  const text = typeof body === 'string' ? body.replace(/\r\n/g, '\n') : '';
  const ending = text.endsWith('\n') || text === '' ? text : `${text}\n`;
  if (Object.values(data).every(isEmpty)) return ending;
  return `---\n${yamlText(kind, data)}---\n${ending}`;
}

/** Dates and date-times as the editor's date fields hold them (strings), by the schema. */
function forEditor(value: unknown, schema: JsonSchema | undefined): unknown {
  if (value instanceof Date) return schema?.widget === 'datetime' ? kazakhstanIso(value) : isoDay(value);
  if (Array.isArray(value)) return value.map((item) => forEditor(item, schema?.items));
  if (value && typeof value === 'object') {
    const extra = typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined;
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, forEditor(inner, schema?.properties?.[key] ?? extra)]));
  }
  return value;
}

/** A YAML file's value for the editor (js-yaml, as the validator and the build read it). */
export function readYamlFile(kind: FileKind, text: string): unknown {
  return forEditor(parseYaml(text), schemaOf(kind));
}

/** A frontmatter file's fields and body for the editor (an event, a project). */
export function readFrontmatterFile(kind: FileKind, text: string): Record<string, unknown> {
  const parts = splitFrontmatter(text);
  if (typeof parts === 'string') return { body: text };
  return { ...withFormKeys(kind, forEditor(parseYaml(parts.yaml.text), schemaOf(kind)) as Record<string, unknown>), body: parts.body.text };
}
