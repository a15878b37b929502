/**
 * Schema family: every file is read (YAML syntax), placed (is it where CONTENT-MODEL.md says such
 * files live?) and parsed by its zod schema. zod issues become findings with the field's path,
 * in the spirit of Starlight's error map: the field first, then what is expected. Values are
 * never echoed: a CI log is public and the value may be a child's personal data.
 */
import type { z } from 'zod';
import type { SourceFile, ContentTree } from '../content/load.ts';
import type { Content } from '../content/model.ts';
import { KINDS } from '../content/kinds.ts';
import { isCalendarDate } from '../content/schema.ts';
import { YAML_ALIAS, type DataPath } from '../content/yaml.ts';
import { assembleContent } from './assemble.ts';
import { quickParser, UNSURE } from './schema-fast.ts';
import { EVENT_TEXTS } from './translations.ts';
import { fieldPath, type Finding, type Params } from './types.ts';

export { assembleContent };
// The rules' ids and messages live apart from the schemas, so the cached validator can render them without loading zod.
export { rules } from './schema-rules.ts';

/** Names a pattern by what it checks, so the message can say which form is wanted. */
function formatOf(issue: z.core.$ZodIssue, path: DataPath): string {
  const last = String(path.at(-1) ?? '');
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'email';
  const pattern = issue.code === 'invalid_format' && 'pattern' in issue ? String(issue.pattern) : '';
  if (pattern.includes('T\\d{2}')) return 'datetime';
  if (pattern.includes('\\d{9}')) return 'kato';
  if (pattern.includes('national')) return 'organizer';
  if (pattern.includes('\\d{4}-\\d{6}')) return 'award';
  if (pattern.includes('\\d{4}\\/')) return 'event';
  if (pattern.startsWith('/^@')) return 'maintainer';
  if (pattern.includes('[a-z0-9]+')) return 'slug';
  if (pattern.includes('\\d{4}-\\d{2}-\\d{2}$')) return 'date';
  if (last === 'url' || last.endsWith('_url')) return 'https';
  return 'pattern';
}

function valueAt(data: unknown, path: DataPath): unknown {
  let node = data;
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
  return node;
}

/** Translates one zod issue into findings (unknown keys: one per key). */
function issueFindings(file: SourceFile, issue: z.core.$ZodIssue): Finding[] {
  const path = issue.path as (string | number)[];
  const params: Params = { path: fieldPath(path) };
  const custom = issue.code === 'custom' ? (issue.params as Params | undefined) : undefined;
  const missing = ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code) && path.length > 0 && valueAt(file.data, path) === undefined;
  if (missing) {
    const expected = issue.code === 'invalid_type' ? issue.expected : 'value';
    return [{ rule: 'schema-required', file, path: path.slice(0, -1), at: 'key', params: { ...params, field: String(path.at(-1)), expected } }];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ rule: 'schema-unknown-key', file, path: [...path, key], at: 'key' as const, params: { path: fieldPath([...path, key]), key } }));
    case 'invalid_type':
      return [{ rule: 'schema-type', file, path, params: { ...params, expected: issue.expected } }];
    case 'invalid_value':
      return [{ rule: 'schema-enum', file, path, params: { ...params, values: issue.values.map(String).join(', ') } }];
    case 'invalid_format':
      return [{ rule: 'schema-format', file, path, params: { ...params, format: formatOf(issue, path) } }];
    case 'invalid_union': {
      const code = (issue.errors.flat().find((i) => i.code === 'custom')?.params as Params | undefined)?.['code'];
      return [{ rule: 'schema-format', file, path, params: { ...params, format: code === 'expected-datetime' ? 'datetime' : 'date' } }];
    }
    case 'too_big':
    case 'too_small': {
      const unit = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'chars' : 'value';
      const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const inLocaleMap = ['kk', 'ru', 'en'].includes(String(path.at(-1)));
      if (unit === 'chars' && bound === 1 && inLocaleMap) return [{ rule: 'locale-empty', file, path: path.slice(0, -1), params: { path: fieldPath(path.slice(0, -1)) } }];
      return [{ rule: 'schema-range', file, path, params: { ...params, bound, unit, direction: issue.code === 'too_big' ? 'max' : 'min' } }];
    }
    case 'custom':
      switch (custom?.['code']) {
        case 'locale-empty':
          return [{ rule: 'locale-empty', file, path, params }];
        case 'summary-too-long':
          return [{ rule: 'summary-too-long', file, path, params: { ...params, max: Number(custom['max']) } }];
        case 'range-order':
          return [{ rule: 'schema-range-order', file, path, params }];
        case 'expected-datetime':
          return [{ rule: 'schema-format', file, path, params: { ...params, format: 'datetime' } }];
        case 'expected-https':
          return [{ rule: 'schema-format', file, path, params: { ...params, format: 'https' } }];
        default:
          return [{ rule: 'schema-format', file, path, params: { ...params, format: 'date' } }];
      }
    default:
      return [{ rule: 'schema-type', file, path, params: { ...params, expected: 'value' } }];
  }
}

/** Locale maps that lack kk or ru: a warning, since the site is published in both. */
function missingLocales(file: SourceFile, data: unknown, path: (string | number)[] = [], out: Finding[] = [], seen = new Set<object>()): Finding[] {
  // `seen`: each object once, so a value shared by aliases (refused by parseYaml) could never make this walk exponential.
  if (!data || typeof data !== 'object' || data instanceof Date || seen.has(data)) return out;
  seen.add(data);
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      path.push(i);
      missingLocales(file, data[i], path, out, seen);
      path.pop();
    }
    return out;
  }
  const map = data as Record<string, unknown>;
  let keys = 0;
  let isLocaleMap = true;
  for (const key in map) {
    keys++;
    if (key !== 'kk' && key !== 'ru' && key !== 'en') isLocaleMap = false;
  }
  if (isLocaleMap && keys > 0) {
    for (const locale of ['kk', 'ru'] as const) {
      if (!map[locale]) out.push({ rule: 'locale-missing', file, path: [...path], at: 'key', params: { path: fieldPath(path), locale } });
    }
    return out;
  }
  for (const key in map) {
    path.push(key);
    missingLocales(file, map[key], path, out, seen);
    path.pop();
  }
  return out;
}

/** An unquoted date-like scalar: js-yaml turns it into a Date silently, so the source is checked. */
const DATE_TOKEN = /(?<![\w.:-])(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(\s*(?:Z|[+-]\d{2}(?::?\d{2})?))?)?(?![\w:+-]|\.\d)/g;

/**
 * Date problems js-yaml hides: 2026-02-30 becomes 2 March, and a date-time without an offset
 * becomes UTC (five hours off in Kazakhstan). Scans the YAML source, so both are caught.
 */
function sourceDateFindings(file: SourceFile): Finding[] {
  const findings: Finding[] = [];
  for (const match of file.yaml.text.matchAll(DATE_TOKEN)) {
    const [, date, time, offset] = match;
    const at = file.yaml.offset + match.index;
    if (!isCalendarDate(date!)) {
      findings.push({ rule: 'date-invalid', file, offset: at });
    } else if (time && !offset) {
      findings.push({ rule: 'datetime-offset', file, offset: at });
    }
  }
  return findings;
}

/** The kind-specific schema errors of one file, each zod issue once per path. */
function schemaFindings(file: SourceFile, error: z.ZodError): Finding[] {
  const seen = new Set<string>();
  return error.issues
    .filter((issue) => {
      const key = issue.path.join('\u0000') + (issue.code === 'unrecognized_keys' ? `\u0001${issue.keys.join()}` : '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .flatMap((issue) => issueFindings(file, issue));
}

/** One file's schema result: its typed value when valid, and what is wrong with it. */
export interface ParsedFile {
  file: SourceFile;
  /** The schema's output; undefined when the file could not be read or failed its schema. */
  parsed: unknown;
  findings: Finding[];
}


/** Reads one file through its schema; pure and per-file, so check:pr reparses only the files a pull request changed. */
export function parseFile(file: SourceFile): ParsedFile {
  if (file.refused) return { file, parsed: undefined, findings: [{ rule: 'file-symlink', file, position: { line: 1, column: 1 } }] };
  if (!file.place) return { file, parsed: undefined, findings: [{ rule: 'file-unexpected', file, position: { line: 1, column: 1 } }] };
  if (file.syntaxError) {
    const { message } = file.syntaxError;
    const rule = message === 'frontmatter-missing' || message === 'frontmatter-delimiter' || message === YAML_ALIAS ? message : 'yaml-syntax';
    return { file, parsed: undefined, findings: [{ rule, file, position: file.syntaxError.position, params: { detail: file.syntaxError.message.split('\n')[0] ?? '' } }] };
  }
  const findings = sourceDateFindings(file);
  const schema = KINDS[file.place.kind].schema;
  // The clean case without zod's per-value work; zod parses (and reports) whatever the quick parse is unsure of.
  const quick = quickParser(schema)(file.data);
  const result = quick === UNSURE ? schema.safeParse(file.data) : { success: true as const, data: quick };
  if (!result.success) return { file, parsed: undefined, findings: [...findings, ...schemaFindings(file, result.error)] };
  // A translation's fields are all errors of their own (`event-translation-fields`): no language warnings on them.
  const missing = file.place.kind === 'event-translation' ? [] : missingLocales(file, file.data, [], []);
  // An event's title and summary have their own rule (`event-translation-missing`, an error for a new event in check:pr).
  const own = file.place.kind === 'event' ? missing.filter((f) => !(f.path?.length === 1 && EVENT_TEXTS.has(String(f.path[0])))) : missing;
  return { file, parsed: result.data, findings: [...findings, ...own] };
}

/**
 * Parses every file of the tree by its schema: the typed content the other families check, and
 * the schema findings. Each file is parsed once.
 */
export function parseContent(tree: ContentTree): { content: Content; findings: Finding[] } {
  const files = tree.files.map(parseFile);
  return { content: assembleContent(tree, files), findings: files.flatMap((f) => f.findings) };
}
